-- The first run of the daily logistics reminders; each run queues the next (see src/jobs/handlers/logistics-reminders.ts).
INSERT INTO "jobs" ("name", "payload", "run_at") VALUES ('logistics.reminders', '{}'::jsonb, now());
