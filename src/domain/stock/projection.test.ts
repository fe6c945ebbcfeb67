import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyEvent,
  diffCounts,
  emptyProjection,
  NegativeStockError,
  rebuildProjection,
  type TDeviceStockKey,
  type TProjectionEvent,
} from './projection';

const LOCATIONS = ['L1', 'L2', 'L3'];
const DEVICES = ['d1', 'd2', 'd3', 'd4', 'd5'];
const ITEMS = ['chargers', 'sims'];

const arbKey: fc.Arbitrary<TDeviceStockKey> = fc.record({
  locationId: fc.constantFrom(...LOCATIONS, null),
  kind: fc.constantFrom('laptop' as const, 'tablet' as const),
  tier: fc.constantFrom(null, 1, 2),
  grade: fc.constantFrom(null, 'A', 'C'),
  earmarkNetworkId: fc.constantFrom(null, 'n1'),
  state: fc.constantFrom('received' as const, 'ready' as const, 'lost' as const),
});

const arbEvent: fc.Arbitrary<TProjectionEvent> = fc.oneof(
  fc.record({ deviceId: fc.constantFrom(...DEVICES), after: arbKey }),
  fc.record({
    itemId: fc.constantFrom(...ITEMS),
    quantity: fc.integer({ min: 1, max: 20 }),
    fromLocationId: fc.constantFrom(...LOCATIONS, null),
    toLocationId: fc.constantFrom(...LOCATIONS, null),
  }),
);

describe('stock projection (pure)', () => {
  it('applied event by event equals a rebuild from the accepted events, and never goes negative', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 80 }), (events) => {
        const p = emptyProjection();
        const accepted: TProjectionEvent[] = [];
        for (const e of events) {
          try {
            applyEvent(p, e);
            accepted.push(e);
          } catch (error) {
            if (!(error instanceof NegativeStockError)) throw error;
          }
          for (const q of p.items.values()) if (q < 0) return false;
          for (const c of p.levels.values()) if (c < 0) return false;
        }
        const rebuilt = rebuildProjection(accepted);
        return (
          diffCounts(rebuilt.levels, p.levels).length === 0 &&
          diffCounts(rebuilt.items, p.items).length === 0 &&
          [...p.levels.values()].reduce((a, b) => a + b, 0) === p.devices.size
        );
      }),
      { numRuns: 300 },
    );
  });

  it('refuses taking more than is there and leaves the projection unchanged', () => {
    const p = emptyProjection();
    applyEvent(p, { itemId: 'sims', quantity: 5, toLocationId: 'L1' });
    expect(() =>
      applyEvent(p, { itemId: 'sims', quantity: 6, fromLocationId: 'L1', toLocationId: 'L2' }),
    ).toThrow(NegativeStockError);
    expect([...p.items.entries()]).toEqual([['L1|sims', 5]]);
  });

  it('moves a device count from its old key to its new one', () => {
    const p = emptyProjection();
    const k = {
      locationId: 'L1',
      kind: 'laptop',
      tier: null,
      grade: null,
      earmarkNetworkId: null,
      state: 'received',
    } as const;
    applyEvent(p, { deviceId: 'd1', after: k });
    applyEvent(p, { deviceId: 'd1', after: { ...k, state: 'ready', grade: 'B', tier: 2 } });
    expect([...p.levels.entries()]).toEqual([['L1|laptop|2|B|-|ready', 1]]);
  });

  it('reports differences between two count maps', () => {
    expect(
      diffCounts(
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
        new Map([
          ['b', 3],
          ['c', 0],
        ]),
      ),
    ).toEqual([
      { key: 'a', expected: 1, actual: 0 },
      { key: 'b', expected: 2, actual: 3 },
    ]);
  });
});
