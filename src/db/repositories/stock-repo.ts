import { sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';
import { stockEvents } from '../schema';
import type { TDeviceStockKey } from '../../domain/stock/projection';

/** A ledger row to append. */
export type TStockEventInsert = typeof stockEvents.$inferInsert;
/** A ledger row. */
export type TStockEventRow = typeof stockEvents.$inferSelect;

/** Appends ledger events in one statement; returns their ids in order. */
export async function insertStockEvents(
  ex: Executor,
  rows: TStockEventInsert[],
): Promise<number[]> {
  const ids: number[] = [];
  // Chunks: one statement per 500 events keeps the query builder and parameters in bounds
  // (a wave may reserve 12,400 devices at once).
  for (let i = 0; i < rows.length; i += 500) {
    const out = await ex
      .insert(stockEvents)
      .values(rows.slice(i, i + 500))
      .returning({ id: stockEvents.id });
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}

/**
 * Adds `delta` to the device count of each key. Decrements are a conditional UPDATE that must
 * find every key (a missing row means the projection drifted: the transaction fails), and the
 * CHECK constraint refuses any count below zero; increments are one upsert.
 */
export async function bumpStockLevels(
  ex: Executor,
  deltas: { key: TDeviceStockKey; delta: number }[],
): Promise<void> {
  const row = ({ key: k, delta }: { key: TDeviceStockKey; delta: number }) =>
    sql`(${k.locationId}::uuid, ${k.kind}, ${k.tier}::int, ${k.grade}, ${k.earmarkNetworkId}::uuid, ${k.state}, ${delta}::int)`;
  const down = deltas.filter((d) => d.delta < 0);
  const up = deltas.filter((d) => d.delta > 0);
  if (down.length) {
    const updated = await queryRows<{ id: number }>(
      ex,
      sql`UPDATE stock_levels s SET count = s.count + v.delta
          FROM (VALUES ${sql.join(down.map(row), sql`, `)})
            AS v(location_id, kind, tier, grade, earmark_network_id, state, delta)
          WHERE s.location_id IS NOT DISTINCT FROM v.location_id AND s.kind = v.kind
            AND s.tier IS NOT DISTINCT FROM v.tier AND s.grade IS NOT DISTINCT FROM v.grade
            AND s.earmark_network_id IS NOT DISTINCT FROM v.earmark_network_id AND s.state = v.state
          RETURNING s.id`,
    );
    if (updated.length !== down.length) {
      throw new Error(
        'stock projection out of step with the ledger: run `passerelle stock rebuild`',
      );
    }
  }
  if (up.length) {
    await ex.execute(sql`
      INSERT INTO stock_levels (location_id, kind, tier, grade, earmark_network_id, state, count)
      VALUES ${sql.join(up.map(row), sql`, `)}
      ON CONFLICT ON CONSTRAINT stock_levels_key_uq
      DO UPDATE SET count = stock_levels.count + EXCLUDED.count`);
  }
}

/**
 * Takes `quantity` of an item from a location if (and only if) enough is there: a conditional
 * UPDATE, so two concurrent takes can never drive the quantity below zero. Returns false when
 * there is not enough.
 */
export async function takeItemQuantity(
  ex: Executor,
  locationId: string,
  itemId: string,
  quantity: number,
): Promise<boolean> {
  const rows = await queryRows<{ quantity: number }>(
    ex,
    sql`UPDATE item_stock_levels SET quantity = quantity - ${quantity}
        WHERE location_id = ${locationId} AND item_id = ${itemId} AND quantity >= ${quantity}
        RETURNING quantity`,
  );
  return rows.length === 1;
}

/** Adds `quantity` of an item to a location. */
export async function addItemQuantity(
  ex: Executor,
  locationId: string,
  itemId: string,
  quantity: number,
): Promise<void> {
  await ex.execute(sql`
    INSERT INTO item_stock_levels (location_id, item_id, quantity) VALUES (${locationId}, ${itemId}, ${quantity})
    ON CONFLICT (location_id, item_id) DO UPDATE SET quantity = item_stock_levels.quantity + EXCLUDED.quantity`);
}

/** Quantity of an item at a location (0 when none recorded). */
export async function itemQuantity(ex: Executor, locationId: string, itemId: string) {
  const rows = await queryRows<{ quantity: number }>(
    ex,
    sql`SELECT quantity FROM item_stock_levels WHERE location_id = ${locationId} AND item_id = ${itemId}`,
  );
  return rows[0]?.quantity ?? 0;
}
