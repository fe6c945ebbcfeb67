import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import { buildInventoryWorld, ctxFor, testClock } from '../../../test/inventory';
import { buildDevice } from '../../../test/factories';
import { cancelStockCount } from './cancel-stock-count';
import { confirmStockCount } from './confirm-stock-count';
import { listStockCounts } from './list-stock-counts';
import { scanStockCount } from './scan-stock-count';
import { startStockCount } from './start-stock-count';

describe('listing stock counts', () => {
  const t = useTestDatabase();

  it('lists past counts newest first with what they changed, each workshop its own', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const clock = testClock();
    const ctxA = ctxFor(t.database, world.actors.operatorA, clock.now);
    const ctxB = ctxFor(t.database, world.actors.operatorB, clock.now);
    const here = await buildDevice(t.database.db, { locationId: world.warehouse.id });
    await buildDevice(t.database.db, { locationId: world.warehouse.id }); // will be missing

    const cancelled = await startStockCount(ctxA, { locationId: world.warehouse.id });
    await cancelStockCount(ctxA, cancelled.id);
    clock.tick();
    const confirmed = await startStockCount(ctxA, { locationId: world.warehouse.id });
    await scanStockCount(ctxA, confirmed.id, { code: here.assetTag });
    await confirmStockCount(ctxA, confirmed.id, { reason: 'inventaire de fin de mois' });
    clock.tick();
    const otherWorkshop = await startStockCount(ctxB, { locationId: world.bayB.id });

    const mine = await listStockCounts(ctxA);
    expect(mine.map((c) => [c.id, c.status])).toEqual([
      [confirmed.id, 'confirmed'],
      [cancelled.id, 'cancelled'],
    ]);
    expect(mine[0]).toMatchObject({
      locationName: world.warehouse.name,
      startedByName: 'Awa Atelier',
      reason: 'inventaire de fin de mois',
      scans: 1,
      changes: { lost: 1, moved: 0, items: 0, unresolved: 0 },
    });
    expect(mine[1]!.changes).toBeNull();

    expect((await listStockCounts(ctxB)).map((c) => c.id)).toEqual([otherWorkshop.id]);
    const bank = await listStockCounts(ctxFor(t.database, world.actors.coordinator, clock.now));
    expect(bank.map((c) => c.id)).toEqual([otherWorkshop.id, confirmed.id, cancelled.id]);
    expect((await listStockCounts(ctxA, { locationId: world.bayB.id })).map((c) => c.id)).toEqual(
      [],
    );
  });
});
