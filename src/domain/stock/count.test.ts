import { describe, expect, it } from 'vitest';
import { compareCount } from './count';

describe('stock count comparison', () => {
  it('finds missing, unexpected and present devices and item differences', () => {
    const here = (id: string) => ({ id, locationId: 'L1', state: 'ready' });
    const r = compareCount(
      'L1',
      [here('a'), here('b'), here('c')],
      [
        here('a'),
        { id: 'x', locationId: 'L2', state: 'ready' },
        { id: 'y', locationId: 'L1', state: 'lost' },
      ],
      new Map([
        ['sims', 10],
        ['chargers', 4],
        ['mice', 2],
      ]),
      new Map([
        ['sims', 8],
        ['chargers', 4],
        ['cables', 3],
      ]),
    );
    expect(r.missingDeviceIds).toEqual(['b', 'c']);
    expect(r.unexpectedDeviceIds).toEqual(['x', 'y']);
    expect(r.presentDeviceIds).toEqual(['a']);
    expect(r.itemDifferences).toEqual([
      { itemId: 'sims', recorded: 10, counted: 8, delta: -2 },
      { itemId: 'cables', recorded: 0, counted: 3, delta: 3 },
    ]);
    expect(r.uncountedItemIds).toEqual(['mice']);
  });
});
