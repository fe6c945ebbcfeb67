import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import { jobs } from '../schema';

/** A claimed job. */
export interface TClaimedJob {
  id: number;
  name: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/** Queues a job, in the caller's transaction so it only exists if the change commits. */
export async function enqueueJob(
  ex: Executor,
  name: string,
  payload: unknown,
  runAt: Date,
): Promise<number> {
  const [row] = await ex
    .insert(jobs)
    .values({ name, payload: payload as object, runAt })
    .returning({ id: jobs.id });
  return row!.id;
}

/**
 * Claims the next due job. `FOR UPDATE SKIP LOCKED` lets several app instances poll the same
 * table without taking the same job; a running job whose lock expired is claimed again.
 */
export async function claimNextJob(
  ex: Executor,
  now: Date,
  lockSeconds: number,
): Promise<TClaimedJob | undefined> {
  const lockedUntil = new Date(now.getTime() + lockSeconds * 1000);
  const rows = await queryRows<{
    id: string | number;
    name: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
  }>(
    ex,
    sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = ${lockedUntil.toISOString()}
    WHERE id = (
      SELECT id FROM jobs
      WHERE (status = 'queued' AND run_at <= ${now.toISOString()})
         OR (status = 'running' AND locked_until < ${now.toISOString()})
      ORDER BY run_at, id
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id, name, payload, attempts, max_attempts`,
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: Number(row.id),
    name: row.name,
    payload: row.payload,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
  };
}

/** Marks a job done. */
export async function completeJob(ex: Executor, id: number, now: Date) {
  await ex
    .update(jobs)
    .set({ status: 'done', finishedAt: now, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'running')));
}

/** Records a failure: retried later with back-off, or failed for good after the last attempt. */
export async function failJob(ex: Executor, job: TClaimedJob, error: string, now: Date) {
  const final = job.attempts >= job.maxAttempts;
  const delaySeconds = Math.min(3600, 30 * 2 ** (job.attempts - 1));
  await ex
    .update(jobs)
    .set({
      status: final ? 'failed' : 'queued',
      lastError: error.slice(0, 2000),
      lockedUntil: null,
      runAt: final ? undefined : new Date(now.getTime() + delaySeconds * 1000),
      finishedAt: final ? now : null,
    })
    .where(eq(jobs.id, job.id));
}
