CREATE TABLE "allocation_waves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"campaign_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"options" jsonb NOT NULL,
	"problem" jsonb NOT NULL,
	"plan" jsonb NOT NULL,
	"context" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	CONSTRAINT "allocation_waves_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "device_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wave_id" uuid NOT NULL,
	"request_line_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"reserved_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone,
	"release_reason" text
);
--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "departement_code" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "lon" double precision;--> statement-breakpoint
ALTER TABLE "allocation_waves" ADD CONSTRAINT "allocation_waves_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_waves" ADD CONSTRAINT "allocation_waves_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_waves" ADD CONSTRAINT "allocation_waves_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_waves" ADD CONSTRAINT "allocation_waves_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_allocations" ADD CONSTRAINT "device_allocations_wave_id_allocation_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."allocation_waves"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_allocations" ADD CONSTRAINT "device_allocations_request_line_id_request_lines_id_fk" FOREIGN KEY ("request_line_id") REFERENCES "public"."request_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_allocations" ADD CONSTRAINT "device_allocations_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_waves_campaign_idx" ON "allocation_waves" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "device_allocations_wave_idx" ON "device_allocations" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "device_allocations_line_idx" ON "device_allocations" USING btree ("request_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "device_allocations_device_live_uq" ON "device_allocations" USING btree ("device_id") WHERE "device_allocations"."released_at" IS NULL;