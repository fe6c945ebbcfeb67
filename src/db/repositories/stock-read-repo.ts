import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';

/**
 * Stock reads: current levels from the projection, levels computed from the ledger (at any
 * date), the rebuild of the projection, and a device's ledger history.
 */

/** Filters of stock reads. */
export interface TStockFilter {
  locationIds?: string[] | undefined;
  kind?: string | undefined;
  state?: string | undefined;
  tier?: number | undefined;
  grade?: string | undefined;
  earmarkNetworkId?: string | undefined;
}

/** A device count row. */
export interface TStockLevelRow {
  location_id: string | null;
  kind: string;
  tier: number | null;
  grade: string | null;
  earmark_network_id: string | null;
  state: string;
  count: number;
}

/** An item quantity row. */
export interface TItemLevelRow {
  location_id: string;
  item_id: string;
  quantity: number;
}

function levelFilters(f: TStockFilter, alias: string): SQL {
  const parts: SQL[] = [sql`TRUE`];
  const col = (c: string) => sql.raw(`${alias}.${c}`);
  if (f.locationIds) {
    parts.push(f.locationIds.length ? sql`${col('location_id')} IN ${f.locationIds}` : sql`FALSE`);
  }
  if (f.kind) parts.push(sql`${col('kind')} = ${f.kind}`);
  if (f.state) parts.push(sql`${col('state')} = ${f.state}`);
  if (f.tier !== undefined) parts.push(sql`${col('tier')} = ${f.tier}`);
  if (f.grade) parts.push(sql`${col('grade')} = ${f.grade}`);
  if (f.earmarkNetworkId) parts.push(sql`${col('earmark_network_id')} = ${f.earmarkNetworkId}`);
  return sql.join(parts, sql` AND `);
}

/** Current device counts from the projection (non-zero rows). */
export async function readStockLevels(ex: Executor, f: TStockFilter): Promise<TStockLevelRow[]> {
  return queryRows<TStockLevelRow>(
    ex,
    sql`SELECT s.location_id, s.kind, s.tier, s.grade, s.earmark_network_id, s.state, s.count
        FROM stock_levels s WHERE s.count > 0 AND ${levelFilters(f, 's')}
        ORDER BY s.location_id, s.kind, s.state, s.tier, s.grade`,
  );
}

/** Current item quantities from the projection (non-zero rows). */
export async function readItemLevels(
  ex: Executor,
  f: { locationIds?: string[] | undefined; itemId?: string | undefined },
): Promise<TItemLevelRow[]> {
  const parts: SQL[] = [sql`quantity > 0`];
  if (f.locationIds) {
    parts.push(f.locationIds.length ? sql`location_id IN ${f.locationIds}` : sql`FALSE`);
  }
  if (f.itemId) parts.push(sql`item_id = ${f.itemId}`);
  return queryRows<TItemLevelRow>(
    ex,
    sql`SELECT location_id, item_id, quantity FROM item_stock_levels
        WHERE ${sql.join(parts, sql` AND `)} ORDER BY location_id, item_id`,
  );
}

/**
 * Device counts computed from the ledger: each device's key is the key of its latest event
 * (up to `asOf` when given). Used by the "as of" view and by the rebuild.
 */
export async function stockLevelsFromLedger(
  ex: Executor,
  f: TStockFilter & { asOf?: Date | undefined },
): Promise<TStockLevelRow[]> {
  const asOf = f.asOf ? sql`AND at <= ${f.asOf.toISOString()}::timestamptz` : sql``;
  return queryRows<TStockLevelRow>(
    ex,
    sql`WITH last AS (
          SELECT DISTINCT ON (device_id) device_id, to_location_id AS location_id,
                 device_kind AS kind, tier, grade, earmark_network_id, to_state AS state
          FROM stock_events WHERE device_id IS NOT NULL ${asOf}
          ORDER BY device_id, id DESC)
        SELECT l.location_id, l.kind, l.tier, l.grade, l.earmark_network_id, l.state,
               count(*)::int AS count
        FROM last l WHERE ${levelFilters(f, 'l')}
        GROUP BY l.location_id, l.kind, l.tier, l.grade, l.earmark_network_id, l.state
        ORDER BY l.location_id, l.kind, l.state, l.tier, l.grade`,
  );
}

/** Item quantities computed from the ledger (what entered minus what left, up to `asOf`). */
export async function itemLevelsFromLedger(
  ex: Executor,
  f: { locationIds?: string[] | undefined; asOf?: Date | undefined },
): Promise<TItemLevelRow[]> {
  const asOf = f.asOf ? sql`AND at <= ${f.asOf.toISOString()}::timestamptz` : sql``;
  const loc = f.locationIds
    ? f.locationIds.length
      ? sql`AND location_id IN ${f.locationIds}`
      : sql`AND FALSE`
    : sql``;
  return queryRows<TItemLevelRow>(
    ex,
    sql`SELECT location_id, item_id, sum(q)::int AS quantity FROM (
          SELECT to_location_id AS location_id, item_id, quantity AS q FROM stock_events
          WHERE item_id IS NOT NULL AND to_location_id IS NOT NULL ${asOf}
          UNION ALL
          SELECT from_location_id, item_id, -quantity FROM stock_events
          WHERE item_id IS NOT NULL AND from_location_id IS NOT NULL ${asOf}) m
        WHERE TRUE ${loc}
        GROUP BY location_id, item_id HAVING sum(q) <> 0
        ORDER BY location_id, item_id`,
  );
}

/** Every projection row (zeros included), for the rebuild check. */
export async function readAllProjection(ex: Executor) {
  const [levels, items] = await Promise.all([
    queryRows<TStockLevelRow>(
      ex,
      sql`SELECT location_id, kind, tier, grade, earmark_network_id, state, count FROM stock_levels WHERE count <> 0`,
    ),
    queryRows<TItemLevelRow>(
      ex,
      sql`SELECT location_id, item_id, quantity FROM item_stock_levels WHERE quantity <> 0`,
    ),
  ]);
  return { levels, items };
}

/** Replaces both projection tables with rows computed from the ledger (one transaction). */
export async function replaceProjection(ex: Executor): Promise<void> {
  await ex.execute(sql`DELETE FROM stock_levels`);
  await ex.execute(sql`DELETE FROM item_stock_levels`);
  await ex.execute(sql`
    INSERT INTO stock_levels (location_id, kind, tier, grade, earmark_network_id, state, count)
    SELECT location_id, kind, tier, grade, earmark_network_id, state, count(*)::int FROM (
      SELECT DISTINCT ON (device_id) device_id, to_location_id AS location_id, device_kind AS kind,
             tier, grade, earmark_network_id, to_state AS state
      FROM stock_events WHERE device_id IS NOT NULL ORDER BY device_id, id DESC) l
    GROUP BY location_id, kind, tier, grade, earmark_network_id, state`);
  await ex.execute(sql`
    INSERT INTO item_stock_levels (location_id, item_id, quantity)
    SELECT location_id, item_id, sum(q)::int FROM (
      SELECT to_location_id AS location_id, item_id, quantity AS q FROM stock_events
      WHERE item_id IS NOT NULL AND to_location_id IS NOT NULL
      UNION ALL
      SELECT from_location_id, item_id, -quantity FROM stock_events
      WHERE item_id IS NOT NULL AND from_location_id IS NOT NULL) m
    GROUP BY location_id, item_id HAVING sum(q) <> 0`);
}

/**
 * Devices whose row disagrees with their latest ledger event (state, location or stock key): the
 * devices table is a cache of the ledger and must never drift from it.
 */
export async function devicesOutOfStepWithLedger(ex: Executor, limit = 100) {
  return queryRows<{
    id: string;
    asset_tag: string;
    state: string;
    location_id: string | null;
    ledger_state: string | null;
    ledger_location_id: string | null;
  }>(
    ex,
    sql`SELECT d.id, d.asset_tag, d.state, d.location_id,
               l.to_state AS ledger_state, l.to_location_id AS ledger_location_id
        FROM devices d LEFT JOIN LATERAL (
          SELECT to_state, to_location_id, device_kind, tier, grade, earmark_network_id
          FROM stock_events e WHERE e.device_id = d.id ORDER BY e.id DESC LIMIT 1) l ON TRUE
        WHERE l.to_state IS DISTINCT FROM d.state OR l.to_location_id IS DISTINCT FROM d.location_id
           OR l.device_kind IS DISTINCT FROM d.kind OR l.tier IS DISTINCT FROM d.spec_tier_number
           OR l.grade IS DISTINCT FROM d.grade
           OR l.earmark_network_id IS DISTINCT FROM d.earmark_network_id
        LIMIT ${limit}`,
  );
}

/** One ledger event of a device's history, with names for display. */
export interface THistoryEventRow {
  id: number;
  at: Date;
  type: string;
  actor_user_id: string | null;
  actor_name: string | null;
  from_state: string | null;
  to_state: string | null;
  from_location_id: string | null;
  from_location_name: string | null;
  to_location_id: string | null;
  to_location_name: string | null;
  item_id: string | null;
  item_name: string | null;
  quantity: number | null;
  tier: number | null;
  grade: string | null;
  reason: string | null;
  linked_type: string | null;
  linked_id: string | null;
  evidence: unknown;
}

/** The ledger events of a device (and parts harvested from it), oldest first. */
export async function deviceHistoryEvents(ex: Executor, deviceId: string) {
  return queryRows<THistoryEventRow>(
    ex,
    sql`SELECT e.id, e.at, e.type, e.actor_user_id, u.display_name AS actor_name,
               e.from_state, e.to_state, e.from_location_id, fl.name AS from_location_name,
               e.to_location_id, tl.name AS to_location_name, e.item_id, i.name AS item_name,
               e.quantity, e.tier, e.grade, e.reason, e.linked_type, e.linked_id, e.evidence
        FROM stock_events e
        LEFT JOIN users u ON u.id = e.actor_user_id
        LEFT JOIN locations fl ON fl.id = e.from_location_id
        LEFT JOIN locations tl ON tl.id = e.to_location_id
        LEFT JOIN items i ON i.id = e.item_id
        WHERE e.device_id = ${deviceId}
           OR (e.linked_type = 'device' AND e.linked_id = ${deviceId})
        ORDER BY e.id`,
  );
}
