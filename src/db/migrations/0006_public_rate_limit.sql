CREATE TABLE "public_submissions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "public_submissions_action_ip_idx" ON "public_submissions" USING btree ("action","ip","at");