import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { buildInventoryWorld, ctxFor, testClock } from '../../../test/inventory';
import { buildDevice, buildItem } from '../../../test/factories';
import { queryRows } from '../../db/connect';
import { receiveDevices } from '../inventory/receive-devices';
import { moveDevice } from '../inventory/move-device';
import { transitionDevice } from '../inventory/transition-device';
import { adjustItemStock, moveItems, receiveItems } from './move-items';
import { getStock } from './get-stock';
import { rebuildStockProjection } from './rebuild-stock-projection';

describe('stock ledger and projection', () => {
  const t = useTestDatabase();

  it('is append-only: UPDATE and DELETE on stock_events raise', async () => {
    await buildDevice(t.database.db);
    const appendOnly = {
      cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }),
    };
    await expect(
      t.database.db.execute(sql`UPDATE stock_events SET reason = 'rewritten'`),
    ).rejects.toMatchObject(appendOnly);
    await expect(t.database.db.execute(sql`DELETE FROM stock_events`)).rejects.toMatchObject(
      appendOnly,
    );
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM stock_events WHERE reason = 'factory'`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses (409) a bulk move that would go negative, and changes nothing', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.operatorA);
    const sims = await buildItem(t.database.db, {
      code: 'SIM-4G',
      name: 'Carte SIM 4G',
      category: 'sim',
    });
    await receiveItems(ctx, { locationId: world.warehouse.id, itemId: sims.id, quantity: 10 });
    await moveItems(ctx, {
      fromLocationId: world.warehouse.id,
      toLocationId: world.bayA.id,
      itemId: sims.id,
      quantity: 4,
    });
    await expect(
      moveItems(ctx, {
        fromLocationId: world.warehouse.id,
        toLocationId: world.bayA.id,
        itemId: sims.id,
        quantity: 7,
      }),
    ).rejects.toMatchObject({
      code: 'stock.insufficient',
      message: 'Only 6 × Carte SIM 4G at Entrepôt A; 7 requested. Stock cannot go below zero.',
      details: { available: 6, requested: 7 },
    });
    await expect(
      adjustItemStock(ctx, {
        locationId: world.bayA.id,
        itemId: sims.id,
        delta: -5,
        reason: 'casse',
      }),
    ).rejects.toMatchObject({ code: 'stock.insufficient' });
    const stock = await getStock(ctx, {});
    expect(stock.items.map((i) => [i.locationName, i.quantity])).toEqual(
      expect.arrayContaining([
        ['Entrepôt A', 6],
        ['Baie A1', 4],
      ]),
    );
    const events = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM stock_events`,
    );
    expect(events[0]!.n).toBe(2);
  });

  it('has a CHECK constraint that refuses a negative quantity even from raw SQL', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const item = await buildItem(t.database.db);
    await expect(
      t.database.db.execute(
        sql`INSERT INTO item_stock_levels (location_id, item_id, quantity) VALUES (${world.warehouse.id}, ${item.id}, -1)`,
      ),
    ).rejects.toThrow();
  });

  it('answers the stock as of a past date from the ledger', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const clock = testClock(new Date('2026-03-01T08:00:00Z'));
    const ctx = ctxFor(t.database, world.actors.operatorA, clock.now);
    const { devices } = await receiveDevices(ctx, {
      locationId: world.warehouse.id,
      devices: [{ kind: 'laptop' }, { kind: 'laptop' }, { kind: 'tablet' }],
    });
    clock.tick(24 * 60); // 2 March
    await moveDevice(ctx, devices[0]!.id, { toLocationId: world.bayA.id });
    await transitionDevice(ctx, devices[1]!.id, { event: 'start_diagnosis' });
    clock.tick(24 * 60); // 3 March
    await transitionDevice(ctx, devices[2]!.id, { event: 'lose', reason: 'introuvable' });

    const on1 = await getStock(ctx, { asOf: new Date('2026-03-01T20:00:00Z') });
    expect(on1.source).toBe('ledger');
    expect(on1.devices.map((d) => [d.locationName, d.kind, d.state, d.count])).toEqual(
      expect.arrayContaining([
        ['Entrepôt A', 'laptop', 'received', 2],
        ['Entrepôt A', 'tablet', 'received', 1],
      ]),
    );
    expect(on1.devices).toHaveLength(2);
    const on2 = await getStock(ctx, { asOf: new Date('2026-03-02T20:00:00Z'), kind: 'laptop' });
    expect(on2.devices.map((d) => [d.locationName, d.state, d.count]).sort()).toEqual([
      ['Baie A1', 'received', 1],
      ['Entrepôt A', 'diagnosis', 1],
    ]);
    const now = await getStock(ctx, { state: 'lost' });
    expect(now.source).toBe('projection');
    expect(now.devices.map((d) => [d.kind, d.count])).toEqual([['tablet', 1]]);
    // The workshop B operator sees none of it.
    const other = await getStock(ctxFor(t.database, world.actors.operatorB), {});
    expect(other.devices).toEqual([]);
  });

  it('rebuilds the projection from the ledger and reports drift', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.coordinator);
    await receiveDevices(ctx, {
      locationId: world.bankWarehouse.id,
      devices: [{ kind: 'laptop' }, { kind: 'smartphone' }],
    });
    const item = await buildItem(t.database.db);
    await receiveItems(ctx, { locationId: world.bankWarehouse.id, itemId: item.id, quantity: 3 });
    expect((await rebuildStockProjection(t.database.db)).isConsistent).toBe(true);

    // Someone tampers with the projection: the check finds it, the rebuild fixes it.
    await t.database.db.execute(
      sql`UPDATE stock_levels SET count = count + 5 WHERE kind = 'laptop'`,
    );
    await t.database.db.execute(sql`UPDATE item_stock_levels SET quantity = 1`);
    const report = await rebuildStockProjection(t.database.db);
    expect(report.isConsistent).toBe(false);
    expect(report.deviceDifferences).toEqual([
      { key: `${world.bankWarehouse.id}|laptop|-|-|-|received`, expected: 1, actual: 6 },
    ]);
    expect(report.itemDifferences).toEqual([
      { key: `${world.bankWarehouse.id}|${item.id}`, expected: 3, actual: 1 },
    ]);
    await t.database.db.transaction((tx) => rebuildStockProjection(tx, { apply: true }));
    expect((await rebuildStockProjection(t.database.db)).isConsistent).toBe(true);

    // A device row edited behind the ledger's back is reported too.
    await t.database.db.execute(sql`UPDATE devices SET state = 'ready' WHERE kind = 'smartphone'`);
    const drift = await rebuildStockProjection(t.database.db);
    expect(drift.devicesOutOfStep.map((d) => [d.state, d.ledger_state])).toEqual([
      ['ready', 'received'],
    ]);
  });
});
