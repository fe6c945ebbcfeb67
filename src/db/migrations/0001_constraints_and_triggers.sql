-- Constraints, triggers and data that drizzle-kit cannot express from the schema.
-- Custom SQL (issue 5): the stock ledger is append-only. UPDATE and DELETE raise; corrections are new events.
CREATE OR REPLACE FUNCTION stock_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'stock_events is append-only: % refused; record a correcting event instead', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stock_events_no_update_delete BEFORE UPDATE OR DELETE ON "stock_events"
  FOR EACH ROW EXECUTE FUNCTION stock_events_append_only();
--> statement-breakpoint
-- Custom (needs area): a network's coordinator user; the user may be deleted, the contact stays empty.
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_coordinator_user_id_users_id_fk" FOREIGN KEY ("coordinator_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
-- Custom (needs area): first run of the daily job reminding structures to re-confirm their details; the job re-schedules itself.
INSERT INTO "jobs" ("name", "payload", "run_at") VALUES ('structures.confirmation_reminders', '{}'::jsonb, now());
--> statement-breakpoint
-- Custom SQL (issue 4): issued tax receipts are never edited. The only UPDATE allowed is
-- issued → cancelled (with date, author and reason); DELETE is refused. A correction cancels
-- and re-issues under a new number.
CREATE OR REPLACE FUNCTION tax_receipts_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'tax_receipts: an issued receipt is never deleted; cancel it instead'
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.status <> 'issued' OR NEW.status <> 'cancelled'
     OR NEW.number IS DISTINCT FROM OLD.number
     OR NEW.year IS DISTINCT FROM OLD.year
     OR NEW.sequence IS DISTINCT FROM OLD.sequence
     OR NEW.lot_id IS DISTINCT FROM OLD.lot_id
     OR NEW.donor_organisation_id IS DISTINCT FROM OLD.donor_organisation_id
     OR NEW.donor_siren IS DISTINCT FROM OLD.donor_siren
     OR NEW.gift_date IS DISTINCT FROM OLD.gift_date
     OR NEW.form IS DISTINCT FROM OLD.form
     OR NEW.valuation_cents IS DISTINCT FROM OLD.valuation_cents
     OR NEW.content IS DISTINCT FROM OLD.content
     OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
     OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
     OR NEW.issued_by IS DISTINCT FROM OLD.issued_by
     OR NEW.replaces_receipt_id IS DISTINCT FROM OLD.replaces_receipt_id THEN
    RAISE EXCEPTION 'tax_receipts: an issued receipt is never edited; only issued → cancelled is allowed'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER tax_receipts_no_edit BEFORE UPDATE OR DELETE ON "tax_receipts"
  FOR EACH ROW EXECUTE FUNCTION tax_receipts_immutable();
--> statement-breakpoint
-- Custom SQL (issue 4): grant charges, lot histories and discrepancies are append-only records.
CREATE OR REPLACE FUNCTION supply_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused; record a correcting entry instead', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER grant_charges_append_only BEFORE UPDATE OR DELETE ON "grant_charges"
  FOR EACH ROW EXECUTE FUNCTION supply_append_only();
--> statement-breakpoint
CREATE TRIGGER donation_lot_events_append_only BEFORE UPDATE OR DELETE ON "donation_lot_events"
  FOR EACH ROW EXECUTE FUNCTION supply_append_only();
--> statement-breakpoint
CREATE TRIGGER donation_lot_discrepancies_append_only BEFORE UPDATE OR DELETE ON "donation_lot_discrepancies"
  FOR EACH ROW EXECUTE FUNCTION supply_append_only();
