import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { IMPORT_KINDS, IMPORT_STATUSES } from '../../shared/needs-enums';
import type { TImportRowError } from '../../shared/schemas/imports';

/**
 * CSV imports run as background jobs: the web app polls the progress (rows validated out of
 * the total) and reads the errors of each row. An import writes everything or nothing.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('queued'),
    /** The organisation the import is for (the structure of a beneficiary import). */
    organisationId: uuid('organisation_id'),
    /** Who started it, and through which membership (the job acts on their behalf). */
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdByMembershipId: uuid('created_by_membership_id'),
    csv: text('csv').notNull(),
    options: jsonb('options').$type<Record<string, unknown>>().notNull().default({}),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    errors: jsonb('errors').$type<TImportRowError[]>().notNull().default([]),
    /** What was created (counts), once done. */
    result: jsonb('result').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_jobs_created_idx').on(t.createdByUserId, t.createdAt)],
);
