import { and, count, eq, gt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { publicSubmissions } from '../schema';

/**
 * Serialises the checks of one action and address until the end of the transaction, so two
 * instances counting at the same moment cannot both let the last allowed submission through.
 */
export async function lockSubmissionKey(ex: Executor, action: string, ip: string) {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${`${action}|${ip}`}))`);
}

/** Submissions of an action from an address since a date. */
export async function countSubmissions(ex: Executor, action: string, ip: string, since: Date) {
  const [row] = await ex
    .select({ n: count() })
    .from(publicSubmissions)
    .where(
      and(
        eq(publicSubmissions.action, action),
        eq(publicSubmissions.ip, ip),
        gt(publicSubmissions.at, since),
      ),
    );
  return row?.n ?? 0;
}

/** Records a submission, and forgets this address's ones older than the window. */
export async function recordSubmission(
  ex: Executor,
  row: { action: string; ip: string; at: Date },
  since: Date,
) {
  await ex
    .delete(publicSubmissions)
    .where(
      and(
        eq(publicSubmissions.action, row.action),
        eq(publicSubmissions.ip, row.ip),
        lte(publicSubmissions.at, since),
      ),
    );
  await ex.insert(publicSubmissions).values(row);
}
