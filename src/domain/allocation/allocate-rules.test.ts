import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { allocate } from './solve';
import { demand, line, problemOf, warehouse } from './testing/fixtures';
import { servedTo, solveChecked, unmetOf } from './testing/solve-checked';

describe('allocate: compatibility', () => {
  it('lets a substitute kind serve a demand', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('LAPTOPS', 'W', 4)],
        demands: [demand('TABLETS', 3, { kind: 'tablet' })],
        substitutes: { tablet: ['laptop'] },
      }),
    );
    expect(plan.assignments).toEqual([{ supply: 'LAPTOPS', demand: 'TABLETS', quantity: 3 }]);
  });

  it('substitutes go one way only: tablets do not serve a laptop demand', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('TABLETS', 'W', 4, { kind: 'tablet' })],
        demands: [demand('LAPTOPS', 3)],
        substitutes: { tablet: ['laptop'] },
      }),
    );
    expect(plan.assignments).toEqual([]);
    expect(unmetOf(plan, 'LAPTOPS')).toMatchObject({
      quantity: 3,
      reasonCode: 'no_compatible_stock',
      params: { kind: 'laptop', acceptedKinds: ['laptop'], minTier: 1 },
    });
  });

  it('reports no compatible stock when the tier is too low', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('T1', 'W', 50, { tier: 1 })],
        demands: [demand('D', 2, { minTier: 2 })],
      }),
    );
    expect(unmetOf(plan, 'D')).toMatchObject({
      reasonCode: 'no_compatible_stock',
      params: { minTier: 2 },
    });
    expect(unmetOf(plan, 'D')!.reason).toBe(
      'No compatible stock: no warehouse holds any laptop of tier 2 or better.',
    );
  });

  it('keeps earmarked stock for its network and explains the refusal', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('FOR-ASE', 'W', 5, { earmark: 'ASE' })],
        demands: [
          demand('FAS-1', 3, { network: 'FAS', weight: 9 }),
          demand('ASE-1', 2, { network: 'ASE', weight: 1 }),
        ],
      }),
    );
    expect(plan.assignments).toEqual([{ supply: 'FOR-ASE', demand: 'ASE-1', quantity: 2 }]);
    expect(unmetOf(plan, 'FAS-1')).toMatchObject({
      quantity: 3,
      reasonCode: 'earmark_reserved',
      params: { network: 'FAS', reservedFor: ['ASE'], units: 5 },
    });
  });

  it('says when the only compatible stock went to the demand itself and ran out', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('FREE', 'W', 2), line('FOR-ASE', 'W', 7, { earmark: 'ASE' })],
        demands: [demand('BIG', 8, { network: 'FAS' })],
      }),
    );
    expect(servedTo(plan, 'BIG')).toBe(2);
    expect(unmetOf(plan, 'BIG')).toMatchObject({
      quantity: 6,
      reasonCode: 'insufficient_stock',
      params: { units: 2, reservedUnits: 7, reservedFor: ['ASE'] },
    });
    expect(unmetOf(plan, 'BIG')!.reason).toBe(
      'Not enough compatible stock: all 2 units of laptop of tier 1 or better available to FAS ' +
        'go to this demand. (7 more units remain, earmarked for ASE.)',
    );
  });

  it('mentions unused earmarked stock when free stock went to heavier demands', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('FREE', 'W', 2), line('FOR-ASE', 'W', 4, { earmark: 'ASE' })],
        demands: [
          demand('FAS-HEAVY', 2, { network: 'FAS', weight: 8 }),
          demand('FAS-LIGHT', 2, { network: 'FAS', weight: 2 }),
        ],
      }),
    );
    expect(servedTo(plan, 'FAS-HEAVY')).toBe(2);
    expect(unmetOf(plan, 'FAS-LIGHT')).toMatchObject({
      reasonCode: 'outweighed',
      params: { cutoffWeight: 8, weight: 2, reservedUnits: 4, reservedFor: ['ASE'] },
    });
  });
});

describe('allocate: network caps', () => {
  it('never exceeds a cap and serves the heavier demands of the network first', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 100)],
        demands: [
          demand('M-1', 4, { network: 'Collectif Mentorat', weight: 2 }),
          demand('M-2', 4, { network: 'Collectif Mentorat', weight: 6 }),
        ],
        networkCaps: { 'Collectif Mentorat': 5 },
      }),
    );
    expect(servedTo(plan, 'M-2')).toBe(4);
    expect(servedTo(plan, 'M-1')).toBe(1);
    expect(unmetOf(plan, 'M-1')).toMatchObject({
      quantity: 3,
      reasonCode: 'network_cap',
      params: { network: 'Collectif Mentorat', cap: 5 },
    });
  });

  it('moves stock to another network when a cap binds', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 6)],
        demands: [
          demand('ASE', 5, { network: 'ASE', weight: 9 }),
          demand('FAS', 5, { network: 'FAS', weight: 5 }),
        ],
        networkCaps: { ASE: 2 },
      }),
    );
    expect(servedTo(plan, 'ASE')).toBe(2);
    expect(servedTo(plan, 'FAS')).toBe(4);
    expect(plan.objective.weightedUnits).toBe(38);
  });

  it('a cap of 0 shuts a network out', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 6)],
        demands: [demand('E2C', 2, { network: 'E2C', weight: 10 })],
        networkCaps: { E2C: 0 },
      }),
    );
    expect(plan.assignments).toEqual([]);
    expect(unmetOf(plan, 'E2C')).toMatchObject({ quantity: 2, reasonCode: 'network_cap' });
  });

  it('accepts a cap for a network no demand mentions', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 6)],
        demands: [demand('D', 2)],
        networkCaps: { 'Croix-Rouge': 1 },
      }),
    );
    expect(servedTo(plan, 'D')).toBe(2);
  });
});

describe('allocate: degenerate inputs', () => {
  it('returns an empty plan for an empty problem', () => {
    expect(solveChecked(problemOf({}))).toEqual({
      assignments: [],
      unmet: [],
      objective: { weightedUnits: 0, distanceKm: 0 },
    });
  });

  it('ignores zero quantities: nothing assigned, nothing unmet for a zero demand', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('EMPTY', 'W', 0)],
        demands: [demand('NOTHING', 0), demand('SOMETHING', 3)],
      }),
    );
    expect(plan.assignments).toEqual([]);
    expect(plan.unmet).toEqual([
      expect.objectContaining({ demand: 'SOMETHING', reasonCode: 'no_compatible_stock' }),
    ]);
  });

  it('does not serve a demand of weight 0, even with stock to spare', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 10)],
        demands: [demand('ZERO', 4, { weight: 0 })],
      }),
    );
    expect(plan.assignments).toEqual([]);
    expect(unmetOf(plan, 'ZERO')).toMatchObject({ quantity: 4, reasonCode: 'zero_weight' });
  });

  it('leaves stock unused rather than serving nobody', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 10)],
        demands: [],
      }),
    );
    expect(plan.assignments).toEqual([]);
  });

  it('is deterministic and does not modify its input', () => {
    const problem = problemOf({
      warehouses: [warehouse('A', 0, 0), warehouse('B', 0, 2)],
      supply: [line('SA', 'A', 3), line('SB', 'B', 3, { kind: 'tablet' })],
      demands: [
        demand('D1', 2, { lon: 1, kind: 'tablet' }),
        demand('D2', 2, { lon: 1 }),
        demand('D3', 2, { lon: 1, kind: 'tablet', weight: 2 }),
      ],
      substitutes: { tablet: ['laptop'] },
    });
    const copy = structuredClone(problem);
    const first = solveChecked(problem);
    expect(solveChecked(problem)).toEqual(first);
    expect(problem).toEqual(copy);
  });

  it('throws a validation AppError listing every problem of an invalid input', () => {
    const bad = problemOf({
      warehouses: [warehouse('W', Number.NaN, 0)],
      supply: [line('S', 'NOWHERE', -1)],
    });
    let caught: unknown;
    try {
      allocate(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('validation.failed');
    expect((caught as AppError).details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'warehouses[0].lat', reason: 'must be a finite number' },
        { path: 'supply[0].quantity', reason: 'must be >= 0' },
        { path: 'supply[0].warehouse', reason: 'unknown warehouse "NOWHERE"' },
      ]),
    );
  });
});
