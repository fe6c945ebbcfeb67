import { eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { erasureReports } from '../schema';

/** An issued erasure report. */
export type TErasureReportRow = typeof erasureReports.$inferSelect;

/**
 * Records an issued report once per content hash: issuing the same content again returns the
 * first record (and its date).
 */
export async function recordErasureReport(
  ex: Executor,
  row: typeof erasureReports.$inferInsert,
): Promise<TErasureReportRow> {
  await ex.insert(erasureReports).values(row).onConflictDoNothing({ target: erasureReports.hash });
  return (await findErasureReportByHash(ex, row.hash))!;
}

/** The report issued with this hash, if any. */
export async function findErasureReportByHash(ex: Executor, hash: string) {
  const [row] = await ex.select().from(erasureReports).where(eq(erasureReports.hash, hash));
  return row;
}
