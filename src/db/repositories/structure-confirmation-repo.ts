import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import { structureConfirmationReminders } from '../schema';

/** A structure whose yearly confirmation is due before a date. */
export interface TConfirmationDue {
  structureId: string;
  name: string;
  dueOn: string;
}

/**
 * Active structures whose details must be confirmed on or before `limit` (YYYY-MM-DD): the
 * last confirmation (or the creation) plus `months`.
 */
export async function listStructuresDueForConfirmation(
  ex: Executor,
  months: number,
  limit: string,
): Promise<TConfirmationDue[]> {
  const rows = await queryRows<{ id: string; name: string; due_on: string }>(
    ex,
    sql`SELECT id, name, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM (
          SELECT id, name,
            (COALESCE(details_confirmed_at, created_at) AT TIME ZONE 'UTC'
              + make_interval(months => ${months}::int))::date AS due_on
          FROM organisations WHERE kind = 'structure' AND is_active) s
        WHERE due_on <= ${limit}::date ORDER BY due_on, name`,
  );
  return rows.map((r) => ({
    structureId: r.id,
    name: r.name,
    dueOn: r.due_on,
  }));
}

/**
 * Records that a reminder of this kind was sent for this due date; false when it already was
 * (the job runs daily and must mail once per period).
 */
export async function claimReminder(
  ex: Executor,
  row: { structureId: string; dueOn: string; kind: 'due_soon' | 'overdue'; sentAt: Date },
): Promise<boolean> {
  const inserted = await ex
    .insert(structureConfirmationReminders)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: structureConfirmationReminders.structureId });
  return inserted.length > 0;
}

/** True when a job of that name is already queued (a daily job schedules its next run once). */
export async function hasQueuedJob(ex: Executor, name: string): Promise<boolean> {
  const rows = await queryRows<{ id: string | number }>(
    ex,
    sql`SELECT id FROM jobs WHERE name = ${name} AND status = 'queued' LIMIT 1`,
  );
  return rows.length > 0;
}
