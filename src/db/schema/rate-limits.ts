import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Submissions of the public forms (structure application, donation), by action and client
 * address, to rate-limit them across app instances: the count lives in the database, not in
 * a server's memory.
 */
export const publicSubmissions = pgTable(
  'public_submissions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    action: text('action').notNull(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('public_submissions_action_ip_idx').on(t.action, t.ip, t.at)],
);
