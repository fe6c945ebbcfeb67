CREATE TABLE "organisation_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"label" text NOT NULL,
	"line1" text NOT NULL,
	"line2" text,
	"postal_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"commune_name" text NOT NULL,
	"departement_code" text NOT NULL,
	"region_code" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"is_delivery" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"legal_id" text,
	"structure_type" text,
	"email" text,
	"phone" text,
	"departement_code" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"public_served" text,
	"expected_beneficiaries" integer,
	"details_confirmed_at" timestamp with time zone,
	"coordinator_user_id" uuid,
	"coordinator_name" text,
	"coordinator_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "structure_networks" (
	"structure_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	CONSTRAINT "structure_networks_structure_id_network_id_pk" PRIMARY KEY("structure_id","network_id")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_time_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"membership_id" uuid,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"locale" text DEFAULT 'fr' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_membership_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "device_drives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"device_id" uuid NOT NULL,
	"serial" text,
	"name" text,
	"position" integer DEFAULT 0 NOT NULL,
	"type" text NOT NULL,
	"size_gb" integer,
	"model" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_tag" text NOT NULL,
	"serial" text,
	"donor_asset_tag" text,
	"kind" text NOT NULL,
	"brand" text,
	"model" text,
	"cpu" text,
	"ram_mb" integer,
	"storage_type" text,
	"storage_gb" integer,
	"screen_inches" real,
	"battery_health_pct" integer,
	"os_name" text,
	"os_licence_ref" text,
	"accessories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"origin_type" text DEFAULT 'other' NOT NULL,
	"origin_id" uuid,
	"donor_organisation_id" uuid,
	"funder_organisation_id" uuid,
	"earmark_network_id" uuid,
	"location_id" uuid,
	"shelf_code" text,
	"state" text NOT NULL,
	"appearance_grade" text,
	"function_grade" text,
	"grade" text,
	"spec_tier_id" uuid,
	"spec_tier_number" integer,
	"recycler_receipt_ref" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "devices_asset_tag_unique" UNIQUE("asset_tag"),
	CONSTRAINT "devices_ram_ck" CHECK ("devices"."ram_mb" IS NULL OR "devices"."ram_mb" >= 0),
	CONSTRAINT "devices_storage_ck" CHECK ("devices"."storage_gb" IS NULL OR "devices"."storage_gb" >= 0),
	CONSTRAINT "devices_battery_ck" CHECK ("devices"."battery_health_pct" IS NULL OR "devices"."battery_health_pct" BETWEEN 0 AND 100),
	CONSTRAINT "devices_screen_ck" CHECK ("devices"."screen_inches" IS NULL OR "devices"."screen_inches" > 0)
);
--> statement-breakpoint
CREATE TABLE "items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"unit" text DEFAULT 'unit' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "items_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"shelf_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spec_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"min_ram_mb" integer,
	"min_storage_gb" integer,
	"storage_type" text DEFAULT 'any' NOT NULL,
	"min_battery_pct" integer,
	"min_screen_inches" real,
	"version" integer DEFAULT 1 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spec_tiers_number_ck" CHECK ("spec_tiers"."number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "item_stock_levels" (
	"location_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "item_stock_levels_location_id_item_id_pk" PRIMARY KEY("location_id","item_id"),
	CONSTRAINT "item_stock_levels_quantity_ck" CHECK ("item_stock_levels"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_count_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"count_id" uuid NOT NULL,
	"scan_key" text NOT NULL,
	"code" text NOT NULL,
	"device_id" uuid,
	"item_id" uuid,
	"quantity" integer,
	"scanned_by" uuid,
	"scanned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "stock_count_scans_key_uq" UNIQUE("count_id","scan_key"),
	CONSTRAINT "stock_count_scans_quantity_ck" CHECK ("stock_count_scans"."quantity" IS NULL OR "stock_count_scans"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"location_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"reason" text,
	"result" jsonb
);
--> statement-breakpoint
CREATE TABLE "stock_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"type" text NOT NULL,
	"device_id" uuid,
	"item_id" uuid,
	"quantity" integer,
	"from_location_id" uuid,
	"to_location_id" uuid,
	"from_state" text,
	"to_state" text,
	"device_kind" text,
	"tier" integer,
	"grade" text,
	"earmark_network_id" uuid,
	"reason" text,
	"linked_type" text,
	"linked_id" text,
	"evidence" jsonb,
	CONSTRAINT "stock_events_subject_ck" CHECK (("stock_events"."device_id" IS NOT NULL AND "stock_events"."item_id" IS NULL AND "stock_events"."to_state" IS NOT NULL AND "stock_events"."device_kind" IS NOT NULL)
        OR ("stock_events"."device_id" IS NULL AND "stock_events"."item_id" IS NOT NULL AND "stock_events"."quantity" > 0
            AND ("stock_events"."from_location_id" IS NOT NULL OR "stock_events"."to_location_id" IS NOT NULL)))
);
--> statement-breakpoint
CREATE TABLE "stock_levels" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"location_id" uuid,
	"kind" text NOT NULL,
	"tier" integer,
	"grade" text,
	"earmark_network_id" uuid,
	"state" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "stock_levels_key_uq" UNIQUE NULLS NOT DISTINCT("location_id","kind","tier","grade","earmark_network_id","state"),
	CONSTRAINT "stock_levels_count_ck" CHECK ("stock_levels"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "erasure_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"donor_organisation_id" uuid,
	"hash" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	"device_count" integer NOT NULL,
	"drive_count" integer NOT NULL,
	"cleared_count" integer NOT NULL,
	CONSTRAINT "erasure_reports_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"device_id" uuid NOT NULL,
	"drive_id" uuid NOT NULL,
	"method" text NOT NULL,
	"standard" text NOT NULL,
	"tool" text NOT NULL,
	"tool_version" text,
	"passes" integer,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"result" text NOT NULL,
	"operator_user_id" uuid,
	"tool_report_ref" text,
	"notes" text,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "erasures_dates_ck" CHECK ("erasures"."ended_at" >= "erasures"."started_at")
);
--> statement-breakpoint
CREATE TABLE "probe_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"device_id" uuid,
	"status" text NOT NULL,
	"system_serial" text,
	"drive_serials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"payload" jsonb NOT NULL,
	"source" text NOT NULL,
	"token_id" uuid,
	"uploaded_by" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"applied_at" timestamp with time zone,
	"match_note" text
);
--> statement-breakpoint
CREATE TABLE "workshop_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"device_id" uuid NOT NULL,
	"step" text NOT NULL,
	"result" text NOT NULL,
	"operator_user_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"minutes_spent" integer,
	"notes" text,
	"parts_used" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "workshop_steps_minutes_ck" CHECK ("workshop_steps"."minutes_spent" IS NULL OR "workshop_steps"."minutes_spent" >= 0)
);
--> statement-breakpoint
CREATE TABLE "workshop_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "workshop_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "beneficiaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"age_band" text NOT NULL,
	"situation" text NOT NULL,
	"school_level" text,
	"departement_code" text NOT NULL,
	"household_size" integer NOT NULL,
	"lacks" jsonb NOT NULL,
	"consent_at" date NOT NULL,
	"consent_recorded_by" uuid,
	"parental_consent_at" date,
	"parental_consent_by" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_quotas" (
	"campaign_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "campaign_quotas_campaign_id_network_id_pk" PRIMARY KEY("campaign_id","network_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"goal_people" integer DEFAULT 0 NOT NULL,
	"goals_by_kind" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"offered_kinds" jsonb NOT NULL,
	"eligible_network_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"max_per_beneficiary" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duplicate_allowances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"message" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "request_line_beneficiaries" (
	"line_id" uuid NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	CONSTRAINT "request_line_beneficiaries_line_id_beneficiary_id_pk" PRIMARY KEY("line_id","beneficiary_id")
);
--> statement-breakpoint
CREATE TABLE "request_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"quantity" integer NOT NULL,
	"min_tier" integer,
	"approved_quantity" integer,
	"decision_reason" text,
	"weight_override" integer,
	"weight_override_reason" text,
	"allocated_quantity" integer DEFAULT 0 NOT NULL,
	"fulfilled_quantity" integer DEFAULT 0 NOT NULL,
	"handed_over_quantity" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "request_lines_quantity_ck" CHECK ("request_lines"."quantity" BETWEEN 1 AND 500),
	CONSTRAINT "request_lines_approved_ck" CHECK ("request_lines"."approved_quantity" IS NULL OR ("request_lines"."approved_quantity" >= 0 AND "request_lines"."approved_quantity" <= "request_lines"."quantity")),
	CONSTRAINT "request_lines_weight_ck" CHECK ("request_lines"."weight_override" IS NULL OR "request_lines"."weight_override" BETWEEN 1 AND 1000)
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"structure_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"network_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"urgency_reason" text,
	"urgency_text" text,
	"delivery_address_id" uuid,
	"delivery" jsonb NOT NULL,
	"delivery_departement_code" text NOT NULL,
	"delivery_lat" double precision,
	"delivery_lon" double precision,
	"preferred_from" date NOT NULL,
	"preferred_to" date NOT NULL,
	"comment" text,
	"status_reason" text,
	"quota_override_reason" text,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "structure_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"name" text NOT NULL,
	"structure_type" text NOT NULL,
	"legal_id" text,
	"email" text,
	"phone" text,
	"network_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"address" jsonb NOT NULL,
	"contacts" jsonb NOT NULL,
	"public_served" text NOT NULL,
	"expected_beneficiaries" integer NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"coordinator_message" text,
	"rejection_reason" text,
	"structure_id" uuid,
	"edit_token_hash" text,
	"edit_token_expires_at" timestamp with time zone,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "structure_applications_edit_token_hash_unique" UNIQUE("edit_token_hash")
);
--> statement-breakpoint
CREATE TABLE "structure_confirmation_reminders" (
	"structure_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "structure_confirmation_reminders_structure_id_due_on_kind_pk" PRIMARY KEY("structure_id","due_on","kind")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"organisation_id" uuid,
	"created_by_user_id" uuid NOT NULL,
	"created_by_membership_id" uuid,
	"csv" text NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_counters" (
	"scope" text NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "document_counters_scope_year_pk" PRIMARY KEY("scope","year"),
	CONSTRAINT "document_counters_ck" CHECK ("document_counters"."last_value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "donation_lot_devices" (
	"device_id" uuid PRIMARY KEY NOT NULL,
	"lot_id" uuid NOT NULL,
	"line_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "donation_lot_discrepancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"expected_count" integer NOT NULL,
	"received_count" integer NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "donation_lot_discrepancies_line_uq" UNIQUE("lot_id","line_id"),
	CONSTRAINT "donation_lot_discrepancies_diff_ck" CHECK ("donation_lot_discrepancies"."expected_count" <> "donation_lot_discrepancies"."received_count")
);
--> statement-breakpoint
CREATE TABLE "donation_lot_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"lot_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "donation_lot_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"count" integer NOT NULL,
	"brand" text,
	"model" text,
	"age_years" integer NOT NULL,
	"condition" text NOT NULL,
	"drives" text NOT NULL,
	"asset_tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	CONSTRAINT "donation_lot_lines_position_uq" UNIQUE("lot_id","position"),
	CONSTRAINT "donation_lot_lines_count_ck" CHECK ("donation_lot_lines"."count" > 0),
	CONSTRAINT "donation_lot_lines_age_ck" CHECK ("donation_lot_lines"."age_years" >= 0)
);
--> statement-breakpoint
CREATE TABLE "donation_lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"donor_organisation_id" uuid NOT NULL,
	"declared_by" uuid,
	"status" text NOT NULL,
	"expected_count" integer NOT NULL,
	"pickup_line1" text NOT NULL,
	"pickup_line2" text,
	"pickup_postal_code" text NOT NULL,
	"pickup_commune_code" text NOT NULL,
	"pickup_commune_name" text NOT NULL,
	"pickup_departement_code" text NOT NULL,
	"pickup_region_code" text NOT NULL,
	"available_from" date NOT NULL,
	"available_until" date NOT NULL,
	"site_contact_name" text NOT NULL,
	"site_contact_phone" text NOT NULL,
	"site_contact_email" text,
	"notes" text,
	"decision_reason" text,
	"pickup_date" date,
	"pickup_time_slot" text,
	"pickup_carrier" text,
	"pickup_workshop_id" uuid,
	"collected_on" date,
	"received_at" timestamp with time zone,
	"received_location_id" uuid,
	"processed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "donation_lots_reference_unique" UNIQUE("reference"),
	CONSTRAINT "donation_lots_expected_ck" CHECK ("donation_lots"."expected_count" > 0),
	CONSTRAINT "donation_lots_availability_ck" CHECK ("donation_lots"."available_until" >= "donation_lots"."available_from")
);
--> statement-breakpoint
CREATE TABLE "grant_charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"category" text NOT NULL,
	"linked_type" text,
	"linked_id" text,
	"charged_on" date NOT NULL,
	"description" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "grant_charges_amount_ck" CHECK ("grant_charges"."amount_cents" <> 0)
);
--> statement-breakpoint
CREATE TABLE "grant_instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"received_on" date NOT NULL,
	"reference" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "grant_instalments_amount_ck" CHECK ("grant_instalments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funder_id" uuid NOT NULL,
	"name" text NOT NULL,
	"reference" text,
	"pledged_cents" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"restriction_network_id" uuid,
	"restriction_region_code" text,
	"restriction_departement_code" text,
	"restriction_device_kind" text,
	"restriction_campaign_id" uuid,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grants_pledged_ck" CHECK ("grants"."pledged_cents" >= 0),
	CONSTRAINT "grants_period_ck" CHECK ("grants"."ends_on" >= "grants"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "purchase_order_grants" (
	"order_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "purchase_order_grants_order_id_grant_id_pk" PRIMARY KEY("order_id","grant_id"),
	CONSTRAINT "purchase_order_grants_amount_ck" CHECK ("purchase_order_grants"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "purchase_order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"spec_tier_id" uuid NOT NULL,
	"spec_tier_number" integer NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"vat_rate_bp" integer NOT NULL,
	"net_cents" bigint NOT NULL,
	"vat_cents" bigint NOT NULL,
	"gross_cents" bigint NOT NULL,
	"description" text,
	CONSTRAINT "purchase_order_lines_position_uq" UNIQUE("order_id","position"),
	CONSTRAINT "purchase_order_lines_qty_ck" CHECK ("purchase_order_lines"."quantity" > 0),
	CONSTRAINT "purchase_order_lines_vat_ck" CHECK ("purchase_order_lines"."vat_rate_bp" BETWEEN 0 AND 10000),
	CONSTRAINT "purchase_order_lines_totals_ck" CHECK ("purchase_order_lines"."net_cents" = "purchase_order_lines"."unit_price_cents" * "purchase_order_lines"."quantity" AND "purchase_order_lines"."gross_cents" = "purchase_order_lines"."net_cents" + "purchase_order_lines"."vat_cents")
);
--> statement-breakpoint
CREATE TABLE "purchase_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"supplier_id" uuid NOT NULL,
	"supplier_reference" text,
	"status" text NOT NULL,
	"expected_delivery_on" date,
	"notes" text,
	"net_cents" bigint NOT NULL,
	"vat_cents" bigint NOT NULL,
	"gross_cents" bigint NOT NULL,
	"earmark_network_id" uuid,
	"funder_organisation_id" uuid,
	"status_reason" text,
	"created_by" uuid,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "purchase_orders_number_unique" UNIQUE("number"),
	CONSTRAINT "purchase_orders_totals_ck" CHECK ("purchase_orders"."net_cents" >= 0 AND "purchase_orders"."vat_cents" >= 0 AND "purchase_orders"."gross_cents" = "purchase_orders"."net_cents" + "purchase_orders"."vat_cents")
);
--> statement-breakpoint
CREATE TABLE "purchase_receptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"delivery_note_ref" text,
	"units_received" integer NOT NULL,
	"units_returned" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_by" uuid
);
--> statement-breakpoint
CREATE TABLE "purchase_returns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reception_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"serial" text,
	"specs" jsonb NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"shortfalls" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tax_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"status" text NOT NULL,
	"lot_id" uuid,
	"donor_organisation_id" uuid NOT NULL,
	"donor_siren" text NOT NULL,
	"gift_date" date NOT NULL,
	"form" text NOT NULL,
	"valuation_cents" bigint NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	"replaces_receipt_id" uuid,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	CONSTRAINT "tax_receipts_number_unique" UNIQUE("number"),
	CONSTRAINT "tax_receipts_year_sequence_uq" UNIQUE("year","sequence"),
	CONSTRAINT "tax_receipts_valuation_ck" CHECK ("tax_receipts"."valuation_cents" >= 0),
	CONSTRAINT "tax_receipts_cancel_ck" CHECK (("tax_receipts"."status" = 'cancelled') = ("tax_receipts"."cancelled_at" IS NOT NULL AND "tax_receipts"."cancel_reason" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "organisation_addresses" ADD CONSTRAINT "organisation_addresses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structure_networks" ADD CONSTRAINT "structure_networks_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structure_networks" ADD CONSTRAINT "structure_networks_network_id_organisations_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_time_tokens" ADD CONSTRAINT "one_time_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_drives" ADD CONSTRAINT "device_drives_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_donor_organisation_id_organisations_id_fk" FOREIGN KEY ("donor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_funder_organisation_id_organisations_id_fk" FOREIGN KEY ("funder_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_earmark_network_id_organisations_id_fk" FOREIGN KEY ("earmark_network_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_spec_tier_id_spec_tiers_id_fk" FOREIGN KEY ("spec_tier_id") REFERENCES "public"."spec_tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spec_tiers" ADD CONSTRAINT "spec_tiers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_stock_levels" ADD CONSTRAINT "item_stock_levels_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_stock_levels" ADD CONSTRAINT "item_stock_levels_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_scans" ADD CONSTRAINT "stock_count_scans_count_id_stock_counts_id_fk" FOREIGN KEY ("count_id") REFERENCES "public"."stock_counts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_scans" ADD CONSTRAINT "stock_count_scans_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_scans" ADD CONSTRAINT "stock_count_scans_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_counts" ADD CONSTRAINT "stock_counts_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_events" ADD CONSTRAINT "stock_events_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_events" ADD CONSTRAINT "stock_events_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_events" ADD CONSTRAINT "stock_events_from_location_id_locations_id_fk" FOREIGN KEY ("from_location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_events" ADD CONSTRAINT "stock_events_to_location_id_locations_id_fk" FOREIGN KEY ("to_location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_reports" ADD CONSTRAINT "erasure_reports_donor_organisation_id_organisations_id_fk" FOREIGN KEY ("donor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_reports" ADD CONSTRAINT "erasure_reports_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasures" ADD CONSTRAINT "erasures_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasures" ADD CONSTRAINT "erasures_drive_id_device_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."device_drives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasures" ADD CONSTRAINT "erasures_operator_user_id_users_id_fk" FOREIGN KEY ("operator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probe_snapshots" ADD CONSTRAINT "probe_snapshots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probe_snapshots" ADD CONSTRAINT "probe_snapshots_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probe_snapshots" ADD CONSTRAINT "probe_snapshots_token_id_workshop_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."workshop_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "probe_snapshots" ADD CONSTRAINT "probe_snapshots_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_steps" ADD CONSTRAINT "workshop_steps_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_steps" ADD CONSTRAINT "workshop_steps_operator_user_id_users_id_fk" FOREIGN KEY ("operator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_tokens" ADD CONSTRAINT "workshop_tokens_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_tokens" ADD CONSTRAINT "workshop_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_quotas" ADD CONSTRAINT "campaign_quotas_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_quotas" ADD CONSTRAINT "campaign_quotas_network_id_organisations_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_allowances" ADD CONSTRAINT "duplicate_allowances_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_allowances" ADD CONSTRAINT "duplicate_allowances_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_line_beneficiaries" ADD CONSTRAINT "request_line_beneficiaries_line_id_request_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."request_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_line_beneficiaries" ADD CONSTRAINT "request_line_beneficiaries_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_lines" ADD CONSTRAINT "request_lines_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_network_id_organisations_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structure_applications" ADD CONSTRAINT "structure_applications_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structure_confirmation_reminders" ADD CONSTRAINT "structure_confirmation_reminders_structure_id_organisations_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lot_devices" ADD CONSTRAINT "donation_lot_devices_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lot_devices" ADD CONSTRAINT "donation_lot_devices_lot_id_donation_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."donation_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lot_devices" ADD CONSTRAINT "donation_lot_devices_line_id_donation_lot_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."donation_lot_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lot_discrepancies" ADD CONSTRAINT "donation_lot_discrepancies_lot_id_donation_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."donation_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lot_discrepancies" ADD CONSTRAINT "donation_lot_discrepancies_line_id_donation_lot_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."donation_lot_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lot_events" ADD CONSTRAINT "donation_lot_events_lot_id_donation_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."donation_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lot_lines" ADD CONSTRAINT "donation_lot_lines_lot_id_donation_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."donation_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lots" ADD CONSTRAINT "donation_lots_donor_organisation_id_organisations_id_fk" FOREIGN KEY ("donor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lots" ADD CONSTRAINT "donation_lots_declared_by_users_id_fk" FOREIGN KEY ("declared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lots" ADD CONSTRAINT "donation_lots_pickup_workshop_id_organisations_id_fk" FOREIGN KEY ("pickup_workshop_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donation_lots" ADD CONSTRAINT "donation_lots_received_location_id_locations_id_fk" FOREIGN KEY ("received_location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_charges" ADD CONSTRAINT "grant_charges_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_instalments" ADD CONSTRAINT "grant_instalments_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_funder_id_organisations_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_restriction_network_id_organisations_id_fk" FOREIGN KEY ("restriction_network_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_restriction_campaign_id_campaigns_id_fk" FOREIGN KEY ("restriction_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_grants" ADD CONSTRAINT "purchase_order_grants_order_id_purchase_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_grants" ADD CONSTRAINT "purchase_order_grants_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_order_id_purchase_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_order_lines" ADD CONSTRAINT "purchase_order_lines_spec_tier_id_spec_tiers_id_fk" FOREIGN KEY ("spec_tier_id") REFERENCES "public"."spec_tiers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_supplier_id_organisations_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_earmark_network_id_organisations_id_fk" FOREIGN KEY ("earmark_network_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_funder_organisation_id_organisations_id_fk" FOREIGN KEY ("funder_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_orders" ADD CONSTRAINT "purchase_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_receptions" ADD CONSTRAINT "purchase_receptions_order_id_purchase_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_receptions" ADD CONSTRAINT "purchase_receptions_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_returns" ADD CONSTRAINT "purchase_returns_reception_id_purchase_receptions_id_fk" FOREIGN KEY ("reception_id") REFERENCES "public"."purchase_receptions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_returns" ADD CONSTRAINT "purchase_returns_order_id_purchase_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."purchase_orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "purchase_returns" ADD CONSTRAINT "purchase_returns_line_id_purchase_order_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."purchase_order_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tax_receipts" ADD CONSTRAINT "tax_receipts_lot_id_donation_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."donation_lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tax_receipts" ADD CONSTRAINT "tax_receipts_donor_organisation_id_organisations_id_fk" FOREIGN KEY ("donor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tax_receipts" ADD CONSTRAINT "tax_receipts_replaces_receipt_id_tax_receipts_id_fk" FOREIGN KEY ("replaces_receipt_id") REFERENCES "public"."tax_receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_addresses_org_idx" ON "organisation_addresses" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "structure_networks_network_idx" ON "structure_networks" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "login_attempts_email_idx" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_user_org_role_uq" ON "memberships" USING btree ("user_id","organisation_id","role");--> statement-breakpoint
CREATE INDEX "memberships_org_idx" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE INDEX "mails_created_idx" ON "mails" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "device_drives_device_idx" ON "device_drives" USING btree ("device_id");--> statement-breakpoint
CREATE INDEX "device_drives_serial_idx" ON "device_drives" USING btree ("serial");--> statement-breakpoint
CREATE INDEX "devices_serial_idx" ON "devices" USING btree ("serial");--> statement-breakpoint
CREATE INDEX "devices_donor_asset_tag_idx" ON "devices" USING btree ("donor_asset_tag");--> statement-breakpoint
CREATE INDEX "devices_location_state_idx" ON "devices" USING btree ("location_id","state");--> statement-breakpoint
CREATE INDEX "devices_origin_idx" ON "devices" USING btree ("origin_type","origin_id");--> statement-breakpoint
CREATE INDEX "devices_state_idx" ON "devices" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "locations_org_name_uq" ON "locations" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "locations_org_idx" ON "locations" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "spec_tiers_kind_number_version_uq" ON "spec_tiers" USING btree ("kind","number","version");--> statement-breakpoint
CREATE UNIQUE INDEX "spec_tiers_active_uq" ON "spec_tiers" USING btree ("kind","number") WHERE "spec_tiers"."is_active";--> statement-breakpoint
CREATE INDEX "stock_counts_location_idx" ON "stock_counts" USING btree ("location_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_counts_one_open_uq" ON "stock_counts" USING btree ("location_id") WHERE "stock_counts"."status" = 'open';--> statement-breakpoint
CREATE INDEX "stock_events_device_idx" ON "stock_events" USING btree ("device_id","id");--> statement-breakpoint
CREATE INDEX "stock_events_item_idx" ON "stock_events" USING btree ("item_id","id");--> statement-breakpoint
CREATE INDEX "stock_events_at_idx" ON "stock_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "stock_events_linked_idx" ON "stock_events" USING btree ("linked_type","linked_id");--> statement-breakpoint
CREATE INDEX "erasure_reports_lot_idx" ON "erasure_reports" USING btree ("lot_id");--> statement-breakpoint
CREATE INDEX "erasures_drive_idx" ON "erasures" USING btree ("drive_id");--> statement-breakpoint
CREATE INDEX "erasures_device_idx" ON "erasures" USING btree ("device_id");--> statement-breakpoint
CREATE INDEX "probe_snapshots_org_status_idx" ON "probe_snapshots" USING btree ("organisation_id","status","received_at");--> statement-breakpoint
CREATE INDEX "probe_snapshots_device_idx" ON "probe_snapshots" USING btree ("device_id");--> statement-breakpoint
CREATE INDEX "workshop_steps_device_idx" ON "workshop_steps" USING btree ("device_id","at");--> statement-breakpoint
CREATE INDEX "workshop_tokens_org_idx" ON "workshop_tokens" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "beneficiaries_structure_reference_uq" ON "beneficiaries" USING btree ("structure_id","reference");--> statement-breakpoint
CREATE INDEX "duplicate_allowances_idx" ON "duplicate_allowances" USING btree ("campaign_id","beneficiary_id","kind");--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "request_line_beneficiaries_beneficiary_idx" ON "request_line_beneficiaries" USING btree ("beneficiary_id");--> statement-breakpoint
CREATE INDEX "request_lines_request_idx" ON "request_lines" USING btree ("request_id","position");--> statement-breakpoint
CREATE INDEX "requests_structure_idx" ON "requests" USING btree ("structure_id","created_at");--> statement-breakpoint
CREATE INDEX "requests_campaign_status_idx" ON "requests" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "requests_status_submitted_idx" ON "requests" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "structure_applications_status_idx" ON "structure_applications" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "import_jobs_created_idx" ON "import_jobs" USING btree ("created_by_user_id","created_at");--> statement-breakpoint
CREATE INDEX "donation_lot_devices_lot_idx" ON "donation_lot_devices" USING btree ("lot_id","line_id");--> statement-breakpoint
CREATE INDEX "donation_lot_events_lot_idx" ON "donation_lot_events" USING btree ("lot_id","id");--> statement-breakpoint
CREATE INDEX "donation_lots_donor_idx" ON "donation_lots" USING btree ("donor_organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "donation_lots_status_idx" ON "donation_lots" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "grant_charges_grant_idx" ON "grant_charges" USING btree ("grant_id","charged_on");--> statement-breakpoint
CREATE INDEX "grant_charges_linked_idx" ON "grant_charges" USING btree ("linked_type","linked_id");--> statement-breakpoint
CREATE INDEX "grant_instalments_grant_idx" ON "grant_instalments" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "grants_funder_idx" ON "grants" USING btree ("funder_id");--> statement-breakpoint
CREATE INDEX "purchase_order_grants_grant_idx" ON "purchase_order_grants" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "purchase_orders_supplier_idx" ON "purchase_orders" USING btree ("supplier_id","created_at");--> statement-breakpoint
CREATE INDEX "purchase_orders_status_idx" ON "purchase_orders" USING btree ("status");--> statement-breakpoint
CREATE INDEX "purchase_receptions_order_idx" ON "purchase_receptions" USING btree ("order_id","received_at");--> statement-breakpoint
CREATE INDEX "purchase_returns_order_idx" ON "purchase_returns" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "tax_receipts_donor_idx" ON "tax_receipts" USING btree ("donor_organisation_id","issued_at");--> statement-breakpoint
CREATE INDEX "tax_receipts_lot_idx" ON "tax_receipts" USING btree ("lot_id");