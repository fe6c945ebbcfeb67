CREATE TABLE "carriers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"webhook_secret" text,
	"tracking_url" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carriers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "charter_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "device_returns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"device_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"handover_id" uuid,
	"reason" text NOT NULL,
	"comment" text,
	"to_location_id" uuid NOT NULL,
	"stock_event_id" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"mime_type" text NOT NULL,
	"data_base64" text NOT NULL,
	"sha256" text NOT NULL,
	"byte_size" integer NOT NULL,
	"structure_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handover_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handover_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"asked_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"usage" text,
	"enough_data" boolean,
	"training_wanted" boolean,
	"comment" text,
	CONSTRAINT "handover_follow_ups_handover_id_unique" UNIQUE("handover_id")
);
--> statement-breakpoint
CREATE TABLE "handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"device_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"shipment_unit_id" uuid,
	"request_line_id" uuid,
	"form" text NOT NULL,
	"price_cents" bigint,
	"return_due_on" date,
	"handed_over_on" date NOT NULL,
	"charter_method" text NOT NULL,
	"signature_id" uuid,
	"photo_id" uuid,
	"charter_code_id" uuid,
	"charter_accepted_at" timestamp with time zone NOT NULL,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"return_comment" text,
	"loan_reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "handovers_form_ck" CHECK (("handovers"."form" = 'gift' AND "handovers"."price_cents" IS NULL AND "handovers"."return_due_on" IS NULL)
        OR ("handovers"."form" = 'loan' AND "handovers"."price_cents" IS NULL AND "handovers"."return_due_on" > "handovers"."handed_over_on")
        OR ("handovers"."form" = 'sale' AND "handovers"."price_cents" >= 0 AND "handovers"."return_due_on" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "shipment_accessories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"stock_event_id" bigint NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "shipment_accessories_quantity_ck" CHECK ("shipment_accessories"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "shipment_discrepancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"unit_id" uuid,
	"device_id" uuid,
	"code" text,
	"kind" text NOT NULL,
	"comment" text,
	"photo_id" uuid,
	"reported_by" uuid,
	"reported_at" timestamp with time zone NOT NULL,
	"resolution" text,
	"resolution_comment" text,
	"resend_shipment_id" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "shipment_parcels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"weight_grams" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipment_parcels_weight_ck" CHECK ("shipment_parcels"."weight_grams" IS NULL OR "shipment_parcels"."weight_grams" > 0)
);
--> statement-breakpoint
CREATE TABLE "shipment_tracking_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"shipment_id" uuid NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"tracking_number" text,
	"at" timestamp with time zone NOT NULL,
	"payload" jsonb,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"allocation_id" uuid NOT NULL,
	"request_line_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"substituted_device_id" uuid,
	"parcel_id" uuid,
	"packed_at" timestamp with time zone,
	"packed_by" uuid,
	"reception_result" text,
	"reception_comment" text,
	"received_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"wave_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"warehouse_location_id" uuid NOT NULL,
	"delivery" jsonb NOT NULL,
	"delivery_key" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_on" date,
	"postpone_reason" text,
	"merged_into_id" uuid,
	"carrier_id" uuid,
	"service" text,
	"tracking_numbers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cost_cents" bigint,
	"cost_grant_id" uuid,
	"cost_charge_id" uuid,
	"packed_at" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"shipped_by" uuid,
	"delivered_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"received_by" uuid,
	"cancelled_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipments_number_unique" UNIQUE("number"),
	CONSTRAINT "shipments_cost_ck" CHECK ("shipments"."cost_cents" IS NULL OR "shipments"."cost_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "charter_codes" ADD CONSTRAINT "charter_codes_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_codes" ADD CONSTRAINT "charter_codes_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_codes" ADD CONSTRAINT "charter_codes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_returns" ADD CONSTRAINT "device_returns_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_returns" ADD CONSTRAINT "device_returns_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_returns" ADD CONSTRAINT "device_returns_handover_id_handovers_id_fk" FOREIGN KEY ("handover_id") REFERENCES "public"."handovers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_returns" ADD CONSTRAINT "device_returns_to_location_id_locations_id_fk" FOREIGN KEY ("to_location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_returns" ADD CONSTRAINT "device_returns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover_follow_ups" ADD CONSTRAINT "handover_follow_ups_handover_id_handovers_id_fk" FOREIGN KEY ("handover_id") REFERENCES "public"."handovers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover_follow_ups" ADD CONSTRAINT "handover_follow_ups_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover_follow_ups" ADD CONSTRAINT "handover_follow_ups_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_shipment_unit_id_shipment_units_id_fk" FOREIGN KEY ("shipment_unit_id") REFERENCES "public"."shipment_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_request_line_id_request_lines_id_fk" FOREIGN KEY ("request_line_id") REFERENCES "public"."request_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_signature_id_evidence_files_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."evidence_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_photo_id_evidence_files_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."evidence_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_charter_code_id_charter_codes_id_fk" FOREIGN KEY ("charter_code_id") REFERENCES "public"."charter_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_accessories" ADD CONSTRAINT "shipment_accessories_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_accessories" ADD CONSTRAINT "shipment_accessories_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_accessories" ADD CONSTRAINT "shipment_accessories_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_discrepancies" ADD CONSTRAINT "shipment_discrepancies_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_discrepancies" ADD CONSTRAINT "shipment_discrepancies_unit_id_shipment_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."shipment_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_discrepancies" ADD CONSTRAINT "shipment_discrepancies_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_discrepancies" ADD CONSTRAINT "shipment_discrepancies_photo_id_evidence_files_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."evidence_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_discrepancies" ADD CONSTRAINT "shipment_discrepancies_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_discrepancies" ADD CONSTRAINT "shipment_discrepancies_resend_shipment_id_shipments_id_fk" FOREIGN KEY ("resend_shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_discrepancies" ADD CONSTRAINT "shipment_discrepancies_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_parcels" ADD CONSTRAINT "shipment_parcels_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_parcels" ADD CONSTRAINT "shipment_parcels_parent_id_shipment_parcels_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."shipment_parcels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_tracking_events" ADD CONSTRAINT "shipment_tracking_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_units" ADD CONSTRAINT "shipment_units_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_units" ADD CONSTRAINT "shipment_units_allocation_id_device_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."device_allocations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_units" ADD CONSTRAINT "shipment_units_request_line_id_request_lines_id_fk" FOREIGN KEY ("request_line_id") REFERENCES "public"."request_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_units" ADD CONSTRAINT "shipment_units_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_units" ADD CONSTRAINT "shipment_units_substituted_device_id_devices_id_fk" FOREIGN KEY ("substituted_device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_units" ADD CONSTRAINT "shipment_units_parcel_id_shipment_parcels_id_fk" FOREIGN KEY ("parcel_id") REFERENCES "public"."shipment_parcels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_units" ADD CONSTRAINT "shipment_units_packed_by_users_id_fk" FOREIGN KEY ("packed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_wave_id_allocation_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."allocation_waves"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_warehouse_location_id_locations_id_fk" FOREIGN KEY ("warehouse_location_id") REFERENCES "public"."locations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_merged_into_id_shipments_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_carrier_id_carriers_id_fk" FOREIGN KEY ("carrier_id") REFERENCES "public"."carriers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_cost_grant_id_grants_id_fk" FOREIGN KEY ("cost_grant_id") REFERENCES "public"."grants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_cost_charge_id_grant_charges_id_fk" FOREIGN KEY ("cost_charge_id") REFERENCES "public"."grant_charges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_shipped_by_users_id_fk" FOREIGN KEY ("shipped_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "charter_codes_beneficiary_idx" ON "charter_codes" USING btree ("beneficiary_id");--> statement-breakpoint
CREATE INDEX "device_returns_structure_idx" ON "device_returns" USING btree ("structure_id","created_at");--> statement-breakpoint
CREATE INDEX "handover_follow_ups_due_idx" ON "handover_follow_ups" USING btree ("due_on","asked_at");--> statement-breakpoint
CREATE INDEX "handovers_structure_idx" ON "handovers" USING btree ("structure_id","handed_over_on");--> statement-breakpoint
CREATE INDEX "handovers_beneficiary_idx" ON "handovers" USING btree ("beneficiary_id");--> statement-breakpoint
CREATE UNIQUE INDEX "handovers_device_live_uq" ON "handovers" USING btree ("device_id") WHERE "handovers"."returned_at" IS NULL;--> statement-breakpoint
CREATE INDEX "shipment_accessories_shipment_idx" ON "shipment_accessories" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "shipment_discrepancies_shipment_idx" ON "shipment_discrepancies" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "shipment_discrepancies_open_idx" ON "shipment_discrepancies" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "shipment_parcels_shipment_idx" ON "shipment_parcels" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "shipment_tracking_events_shipment_idx" ON "shipment_tracking_events" USING btree ("shipment_id","at");--> statement-breakpoint
CREATE INDEX "shipment_units_shipment_idx" ON "shipment_units" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "shipment_units_device_idx" ON "shipment_units" USING btree ("device_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipment_units_allocation_uq" ON "shipment_units" USING btree ("allocation_id");--> statement-breakpoint
CREATE INDEX "shipments_wave_idx" ON "shipments" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "shipments_structure_idx" ON "shipments" USING btree ("structure_id","status");--> statement-breakpoint
CREATE INDEX "shipments_warehouse_idx" ON "shipments" USING btree ("warehouse_location_id","status");