import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';

/** Scopes of numbered documents. */
export type TCounterScope = 'tax_receipt' | 'donation_lot' | 'purchase_order';

/**
 * Takes the next number of a per-year series inside the caller's transaction: creates the
 * year's counter row if needed, locks it FOR UPDATE (concurrent issuers wait here), then
 * increments it. The lock is held until commit, and a rollback gives the number back, so the
 * series has no gaps and no duplicates.
 */
export async function takeNextNumber(
  tx: Executor,
  scope: TCounterScope,
  year: number,
): Promise<number> {
  await tx.execute(
    sql`INSERT INTO document_counters (scope, year, last_value) VALUES (${scope}, ${year}, 0)
        ON CONFLICT (scope, year) DO NOTHING`,
  );
  const [locked] = await queryRows<{ last_value: number }>(
    tx,
    sql`SELECT last_value FROM document_counters WHERE scope = ${scope} AND year = ${year} FOR UPDATE`,
  );
  const next = Number(locked!.last_value) + 1;
  await tx.execute(
    sql`UPDATE document_counters SET last_value = ${next} WHERE scope = ${scope} AND year = ${year}`,
  );
  return next;
}
