import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { buildInventoryWorld, ctxFor, testClock } from '../../../test/inventory';
import { buildDevice, buildItem, buildItemStock } from '../../../test/factories';
import { queryRows } from '../../db/connect';
import { startStockCount } from './start-stock-count';
import { scanStockCount } from './scan-stock-count';
import { getStockCount } from './get-stock-count';
import { confirmStockCount } from './confirm-stock-count';
import { cancelStockCount } from './cancel-stock-count';
import { rebuildStockProjection } from './rebuild-stock-projection';

describe('stock counts', () => {
  const t = useTestDatabase();

  it('scans idempotently, shows missing and unexpected, and confirms differences as count_adjust events', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const clock = testClock();
    const ctx = ctxFor(t.database, world.actors.operatorA, clock.now);
    const here1 = await buildDevice(t.database.db, {
      locationId: world.warehouse.id,
      serial: 'H1',
    });
    const here2 = await buildDevice(t.database.db, {
      locationId: world.warehouse.id,
      serial: 'H2',
    });
    const elsewhere = await buildDevice(t.database.db, { locationId: world.bayA.id, serial: 'E1' });
    const lost = await buildDevice(t.database.db, {
      locationId: world.warehouse.id,
      state: 'lost',
    });
    const otherWorkshop = await buildDevice(t.database.db, {
      locationId: world.bayB.id,
      serial: 'OTHER',
    });
    const chargers = await buildItem(t.database.db, { code: 'CHG-65W', name: 'Chargeur 65 W' });
    await buildItemStock(t.database.db, {
      itemId: chargers.id,
      locationId: world.warehouse.id,
      quantity: 10,
    });

    const count = await startStockCount(ctx, { locationId: world.warehouse.id });
    await expect(startStockCount(ctx, { locationId: world.warehouse.id })).rejects.toMatchObject({
      code: 'conflict',
      details: { countId: count.id },
    });
    clock.tick();
    await scanStockCount(ctx, count.id, { code: here1.assetTag });
    await scanStockCount(ctx, count.id, { code: `https://x.test/d/${here1.assetTag}` }); // same device again
    await scanStockCount(ctx, count.id, { code: 'e1' });
    await scanStockCount(ctx, count.id, { code: lost.assetTag });
    await scanStockCount(ctx, count.id, { code: 'OTHER' });
    const unknown = await scanStockCount(ctx, count.id, { code: 'MYSTERY-42' });
    expect(unknown.kind).toBe('unknown');
    await expect(scanStockCount(ctx, count.id, { code: 'chg-65w' })).rejects.toMatchObject({
      details: { fields: [{ path: 'quantity', code: 'quantity_required' }] },
    });
    await scanStockCount(ctx, count.id, { code: 'chg-65w', quantity: 7 });
    await scanStockCount(ctx, count.id, { code: 'chg-65w', quantity: 8 }); // recount replaces

    const view = await getStockCount(ctx, count.id);
    expect(view.scans).toHaveLength(6);
    expect(view.missing.map((d) => d.id)).toEqual([here2.id]);
    expect(view.unexpected.map((d) => d.id).sort()).toEqual(
      [elsewhere.id, lost.id, otherWorkshop.id].sort(),
    );
    expect(view.itemDifferences).toEqual([
      { itemId: chargers.id, recorded: 10, counted: 8, delta: -2 },
    ]);
    expect(view.unknownCodes).toEqual(['MYSTERY-42']);

    clock.tick();
    const confirmed = await confirmStockCount(ctx, count.id, { reason: 'inventaire mensuel' });
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.result).toMatchObject({
      lost: [here2.assetTag],
      unresolved: [{ deviceId: otherWorkshop.id, why: 'other_organisation' }],
      unknownCodes: ['MYSTERY-42'],
    });
    const states = await queryRows<{ id: string; state: string; location_id: string }>(
      t.database.db,
      sql`SELECT id, state, location_id FROM devices`,
    );
    const byId = new Map(states.map((s) => [s.id, s]));
    expect(byId.get(here2.id)!.state).toBe('lost');
    expect(byId.get(elsewhere.id)!.location_id).toBe(world.warehouse.id);
    expect(byId.get(lost.id)).toMatchObject({ state: 'received', location_id: world.warehouse.id });
    expect(byId.get(otherWorkshop.id)!.location_id).toBe(world.bayB.id);
    const adjust = await queryRows<{ type: string; reason: string; linked_id: string }>(
      t.database.db,
      sql`SELECT type, reason, linked_id FROM stock_events WHERE type = 'count_adjust'`,
    );
    expect(adjust).toHaveLength(4); // lost, moved, found, items
    expect(
      adjust.every((e) => e.linked_id === count.id && e.reason.endsWith('inventaire mensuel')),
    ).toBe(true);
    const qty = await queryRows<{ quantity: number }>(
      t.database.db,
      sql`SELECT quantity FROM item_stock_levels`,
    );
    expect(qty).toEqual([{ quantity: 8 }]);
    expect((await rebuildStockProjection(t.database.db)).isConsistent).toBe(true);
    await expect(scanStockCount(ctx, count.id, { code: 'H1' })).rejects.toMatchObject({
      code: 'state.invalid',
    });
  });

  it('cancels a count without adjusting anything, and hides other workshops’ counts', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.operatorA);
    await buildDevice(t.database.db, { locationId: world.warehouse.id });
    const count = await startStockCount(ctx, { locationId: world.warehouse.id });
    await expect(
      getStockCount(ctxFor(t.database, world.actors.operatorB), count.id),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      startStockCount(ctxFor(t.database, world.actors.operatorB), {
        locationId: world.warehouse.id,
      }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await cancelStockCount(ctx, count.id)).status).toBe('cancelled');
    const events = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM stock_events`,
    );
    expect(events[0]!.n).toBe(1);
    expect((await startStockCount(ctx, { locationId: world.warehouse.id })).status).toBe('open');
  });
});
