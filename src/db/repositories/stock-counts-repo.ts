import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { devices, locations, stockCounts, stockCountScans, users } from '../schema';
import type { TDeviceState } from '../../shared/inventory';

/** A stock count row. */
export type TStockCountRow = typeof stockCounts.$inferSelect;
/** A scan row. */
export type TStockCountScanRow = typeof stockCountScans.$inferSelect;

/** Starts a count. */
export async function insertCount(ex: Executor, row: typeof stockCounts.$inferInsert) {
  const [created] = await ex.insert(stockCounts).values(row).returning();
  return created!;
}

/** One count; `lock` holds it for the transaction (confirmation). */
export async function findCount(ex: Executor, id: string, options: { lock?: boolean } = {}) {
  const q = ex.select().from(stockCounts).where(eq(stockCounts.id, id));
  const [row] = options.lock ? await q.for('update') : await q;
  return row;
}

/** The open count of a location, if any. */
export async function findOpenCount(ex: Executor, locationId: string) {
  const [row] = await ex
    .select()
    .from(stockCounts)
    .where(and(eq(stockCounts.locationId, locationId), eq(stockCounts.status, 'open')));
  return row;
}

/** Closes a count (confirmed or cancelled). */
export async function closeCount(
  ex: Executor,
  id: string,
  patch: Pick<
    typeof stockCounts.$inferInsert,
    'status' | 'closedBy' | 'closedAt' | 'reason' | 'result'
  >,
) {
  const [row] = await ex.update(stockCounts).set(patch).where(eq(stockCounts.id, id)).returning();
  return row!;
}

/**
 * Records a scan, once per thing scanned: scanning the same device again changes nothing,
 * scanning an item again sets its counted quantity.
 */
export async function upsertScan(ex: Executor, row: typeof stockCountScans.$inferInsert) {
  const [saved] = await ex
    .insert(stockCountScans)
    .values(row)
    .onConflictDoUpdate({
      target: [stockCountScans.countId, stockCountScans.scanKey],
      set: { quantity: sql`EXCLUDED.quantity` },
    })
    .returning();
  return saved!;
}

/** Scans of a count, in scan order. */
export async function listScans(ex: Executor, countId: string): Promise<TStockCountScanRow[]> {
  return ex
    .select()
    .from(stockCountScans)
    .where(eq(stockCountScans.countId, countId))
    .orderBy(asc(stockCountScans.scannedAt), asc(stockCountScans.id));
}

/** Devices the ledger places at a location in one of the given states. */
export async function devicesAtLocation(
  ex: Executor,
  locationId: string,
  states: readonly TDeviceState[],
) {
  return ex
    .select({
      id: devices.id,
      assetTag: devices.assetTag,
      kind: devices.kind,
      brand: devices.brand,
      model: devices.model,
      state: devices.state,
      locationId: devices.locationId,
      shelfCode: devices.shelfCode,
    })
    .from(devices)
    .where(and(eq(devices.locationId, locationId), inArray(devices.state, [...states])))
    .orderBy(asc(devices.shelfCode), asc(devices.assetTag));
}

/**
 * Recent counts, newest first, with their location and who started them; limited to the
 * locations of one organisation when `organisationId` is given.
 */
export async function listRecentCounts(
  ex: Executor,
  filter: { organisationId?: string; locationId?: string; limit: number },
) {
  const conditions = [
    filter.organisationId ? eq(locations.organisationId, filter.organisationId) : undefined,
    filter.locationId ? eq(stockCounts.locationId, filter.locationId) : undefined,
  ].filter((c) => c !== undefined);
  return ex
    .select({
      id: stockCounts.id,
      status: stockCounts.status,
      startedAt: stockCounts.startedAt,
      closedAt: stockCounts.closedAt,
      reason: stockCounts.reason,
      result: stockCounts.result,
      locationId: locations.id,
      locationName: locations.name,
      startedByName: users.displayName,
      scans: sql<number>`(SELECT count(*)::int FROM ${stockCountScans} WHERE ${stockCountScans.countId} = ${stockCounts.id})`,
    })
    .from(stockCounts)
    .innerJoin(locations, eq(locations.id, stockCounts.locationId))
    .leftJoin(users, eq(users.id, stockCounts.startedBy))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(stockCounts.startedAt), desc(stockCounts.id))
    .limit(filter.limit);
}
