import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { buildInventoryWorld, ctxFor, testClock } from '../../../test/inventory';
import { buildItem } from '../../../test/factories';
import { queryRows } from '../../db/connect';
import { AppError } from '../../shared/app-error';
import { DEVICE_EVENTS } from '../../domain/device/lifecycle';
import { receiveDevices } from '../inventory/receive-devices';
import { moveDevice } from '../inventory/move-device';
import { transitionDevice } from '../inventory/transition-device';
import { gradeDevice } from '../workshop/grade-device';
import { adjustItemStock, moveItems, receiveItems } from './move-items';
import { startStockCount } from './start-stock-count';
import { scanStockCount } from './scan-stock-count';
import { confirmStockCount } from './confirm-stock-count';
import { rebuildStockProjection } from './rebuild-stock-projection';

/** Refusals a random sequence is expected to meet; anything else fails the property. */
const EXPECTED = new Set(['state.invalid', 'stock.insufficient', 'validation.failed', 'conflict']);

const op = fc.oneof(
  fc.record({
    op: fc.constant('receive' as const),
    kind: fc.constantFrom('laptop' as const, 'tablet' as const, 'monitor' as const),
    loc: fc.nat(2),
  }),
  fc.record({ op: fc.constant('move' as const), dev: fc.nat(30), loc: fc.nat(2) }),
  fc.record({
    op: fc.constant('transition' as const),
    dev: fc.nat(30),
    event: fc.constantFrom(...DEVICE_EVENTS),
  }),
  fc.record({
    op: fc.constant('grade' as const),
    dev: fc.nat(30),
    a: fc.constantFrom('A' as const, 'C' as const),
    f: fc.constantFrom('A' as const, 'B' as const),
  }),
  fc.record({
    op: fc.constant('itemIn' as const),
    item: fc.nat(1),
    loc: fc.nat(2),
    qty: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    op: fc.constant('itemMove' as const),
    item: fc.nat(1),
    from: fc.nat(2),
    to: fc.nat(2),
    qty: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    op: fc.constant('adjust' as const),
    item: fc.nat(1),
    loc: fc.nat(2),
    delta: fc.integer({ min: -6, max: 6 }).filter((d) => d !== 0),
  }),
  fc.record({
    op: fc.constant('count' as const),
    loc: fc.nat(2),
    keep: fc.array(fc.boolean(), { maxLength: 8 }),
    counted: fc.nat(8),
  }),
);

type TOp = typeof op extends fc.Arbitrary<infer T> ? T : never;

describe('stock ledger property (real database, through the services)', () => {
  const t = useTestDatabase({ reset: false });

  it('random receive/move/transition/adjust/count sequences never make stock negative, and the projection always equals the rebuild', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const clock = testClock();
    const ctx = ctxFor(t.database, world.actors.coordinator, clock.now);
    const locations = [world.warehouse.id, world.bayA.id, world.bankWarehouse.id];
    const items = [
      await buildItem(t.database.db, { code: 'P-CHG' }),
      await buildItem(t.database.db, { code: 'P-SIM' }),
    ];
    const devices: string[] = [];
    let refusals = 0;
    let applied = 0;

    const run = async (o: TOp) => {
      clock.tick();
      const dev = () => devices[('dev' in o ? o.dev : 0) % Math.max(devices.length, 1)];
      switch (o.op) {
        case 'receive': {
          const r = await receiveDevices(ctx, {
            locationId: locations[o.loc]!,
            devices: [{ kind: o.kind, drives: o.kind === 'monitor' ? [] : [{ type: 'ssd' }] }],
          });
          devices.push(r.devices[0]!.id);
          return;
        }
        case 'move':
          if (dev()) await moveDevice(ctx, dev()!, { toLocationId: locations[o.loc]! });
          return;
        case 'transition':
          if (dev())
            await transitionDevice(ctx, dev()!, {
              event: o.event,
              reason: 'property',
              recyclerReceiptRef: 'WEEE-1',
            });
          return;
        case 'grade':
          if (dev()) await gradeDevice(ctx, dev()!, { appearanceGrade: o.a, functionGrade: o.f });
          return;
        case 'itemIn':
          await receiveItems(ctx, {
            locationId: locations[o.loc]!,
            itemId: items[o.item]!.id,
            quantity: o.qty,
          });
          return;
        case 'itemMove':
          await moveItems(ctx, {
            fromLocationId: locations[o.from]!,
            toLocationId: locations[o.to]!,
            itemId: items[o.item]!.id,
            quantity: o.qty,
          });
          return;
        case 'adjust':
          await adjustItemStock(ctx, {
            locationId: locations[o.loc]!,
            itemId: items[o.item]!.id,
            delta: o.delta,
            reason: 'property',
          });
          return;
        case 'count': {
          const count = await startStockCount(ctx, { locationId: locations[o.loc]! });
          const here = await queryRows<{ id: string; asset_tag: string }>(
            t.database.db,
            sql`SELECT id, asset_tag FROM devices WHERE location_id = ${locations[o.loc]!} ORDER BY asset_tag`,
          );
          for (const [i, d] of here.entries())
            if (o.keep[i]) await scanStockCount(ctx, count.id, { code: d.asset_tag });
          await scanStockCount(ctx, count.id, { code: items[0]!.code, quantity: o.counted });
          await confirmStockCount(ctx, count.id, { reason: 'property count' });
          return;
        }
      }
    };

    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        for (const o of ops) {
          try {
            await run(o);
            applied++;
          } catch (error) {
            if (!(error instanceof AppError) || !EXPECTED.has(error.code)) throw error;
            refusals++;
          }
        }
        const [neg] = await queryRows<{ n: number }>(
          t.database.db,
          sql`SELECT (SELECT count(*) FROM item_stock_levels WHERE quantity < 0) + (SELECT count(*) FROM stock_levels WHERE count < 0) AS n`,
        );
        expect(Number(neg!.n)).toBe(0);
        const report = await rebuildStockProjection(t.database.db);
        expect(report.deviceDifferences).toEqual([]);
        expect(report.itemDifferences).toEqual([]);
        expect(report.devicesOutOfStep).toEqual([]);
        const [total] = await queryRows<{ counted: number; devices: number }>(
          t.database.db,
          sql`SELECT (SELECT coalesce(sum(count), 0)::int FROM stock_levels) AS counted, (SELECT count(*)::int FROM devices) AS devices`,
        );
        expect(total!.counted).toBe(total!.devices);
      }),
      { numRuns: 12, seed: 20260302, endOnFailure: true },
    );
    // The sequences did exercise both paths.
    expect(applied).toBeGreaterThan(50);
    expect(refusals).toBeGreaterThan(10);
  });
});
