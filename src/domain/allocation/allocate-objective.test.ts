import { describe, expect, it } from 'vitest';
import { haversineKm } from './haversine';
import { demand, line, problemOf, warehouse } from './testing/fixtures';
import { servedTo, solveChecked, unmetOf } from './testing/solve-checked';

describe('allocate: the example of the issue', () => {
  it('serves a Marseille ASE demand from Paris and reports the objective', () => {
    const plan = solveChecked({
      warehouses: [{ id: 'W-PARIS', lat: 48.85, lon: 2.35 }],
      supply: [
        { id: 'S1', warehouse: 'W-PARIS', kind: 'laptop', tier: 2, earmark: null, quantity: 120 },
      ],
      demands: [
        {
          id: 'D1',
          network: 'ASE',
          lat: 43.3,
          lon: 5.37,
          kind: 'laptop',
          minTier: 1,
          quantity: 10,
          weight: 3,
        },
      ],
      substitutes: { tablet: ['laptop'] },
      networkCaps: { 'Collectif Mentorat': 1100 },
    });
    expect(plan.assignments).toEqual([{ supply: 'S1', demand: 'D1', quantity: 10 }]);
    expect(plan.unmet).toEqual([]);
    expect(plan.objective.weightedUnits).toBe(30);
    const km = 10 * haversineKm(48.85, 2.35, 43.3, 5.37);
    expect(plan.objective.distanceKm).toBe(Math.round(km * 10) / 10);
  });
});

describe('allocate: weight first, then distance', () => {
  it('gives scarce stock to the heavier demand and names the cut-off weight', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 10)],
        demands: [demand('LOW', 8, { weight: 3 }), demand('HIGH', 8, { weight: 5 })],
      }),
    );
    expect(servedTo(plan, 'HIGH')).toBe(8);
    expect(servedTo(plan, 'LOW')).toBe(2);
    expect(unmetOf(plan, 'LOW')).toMatchObject({
      quantity: 6,
      reasonCode: 'outweighed',
      params: { cutoffWeight: 5, weight: 3 },
    });
    expect(unmetOf(plan, 'LOW')!.reason).toContain('cut-off weight was 5');
    expect(plan.objective.weightedUnits).toBe(46);
  });

  it('between equal weights, serves the closer demand and says so', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 10)],
        demands: [
          demand('FAR', 8, { lon: 5, weight: 4 }),
          demand('NEAR', 8, { lon: 1, weight: 4 }),
        ],
      }),
    );
    expect(servedTo(plan, 'NEAR')).toBe(8);
    expect(servedTo(plan, 'FAR')).toBe(2);
    expect(unmetOf(plan, 'FAR')).toMatchObject({
      reasonCode: 'outweighed',
      params: { cutoffWeight: 4, weight: 4 },
    });
    expect(unmetOf(plan, 'FAR')!.reason).toContain('same weight (4)');
  });

  it('serves a demand from its nearest warehouse when stock allows', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W-FAR', 0, 10), warehouse('W-NEAR', 0, 1)],
        supply: [line('S-FAR', 'W-FAR', 5), line('S-NEAR', 'W-NEAR', 5)],
        demands: [demand('D', 5)],
      }),
    );
    expect(plan.assignments).toEqual([{ supply: 'S-NEAR', demand: 'D', quantity: 5 }]);
  });

  it('weight beats any distance: one unit goes to the heavier demand across the globe', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('S', 'W', 1)],
        demands: [
          demand('NEXT-DOOR', 1, { lon: 0.001, weight: 999 }),
          demand('ANTIPODES', 1, { lon: 179.9, weight: 1000 }),
        ],
      }),
    );
    expect(plan.assignments).toEqual([{ supply: 'S', demand: 'ANTIPODES', quantity: 1 }]);
    expect(plan.objective.weightedUnits).toBe(1000);
  });

  it('beats greedy on weight: the tier-3 line goes to the demand that needs tier 3', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W', 0, 0)],
        supply: [line('T3', 'W', 1, { tier: 3 }), line('T1', 'W', 1, { tier: 1 })],
        demands: [
          demand('ANY', 1, { weight: 10, minTier: 1 }),
          demand('NEEDS-T3', 1, { weight: 9, minTier: 3 }),
        ],
      }),
    );
    expect(plan.assignments).toEqual([
      { supply: 'T1', demand: 'ANY', quantity: 1 },
      { supply: 'T3', demand: 'NEEDS-T3', quantity: 1 },
    ]);
    expect(plan.objective.weightedUnits).toBe(19);
  });

  it('beats greedy on distance: crossing assignments when the total is shorter', () => {
    // Greedy (D1 first, nearest) would take W0 for D1 (4°) and W10 for D2 (9°): 13°.
    // Optimal: W0 → D2 (1°), W10 → D1 (6°): 7°.
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('W0', 0, 0), warehouse('W10', 0, 10)],
        supply: [line('S0', 'W0', 1), line('S10', 'W10', 1)],
        demands: [demand('D1', 1, { lon: 4 }), demand('D2', 1, { lon: 1 })],
      }),
    );
    expect(plan.assignments).toEqual([
      { supply: 'S10', demand: 'D1', quantity: 1 },
      { supply: 'S0', demand: 'D2', quantity: 1 },
    ]);
    expect(plan.objective.distanceKm).toBeCloseTo((7 * 2 * Math.PI * 6371) / 360, 1);
  });

  it('splits a demand across warehouses when one is not enough', () => {
    const plan = solveChecked(
      problemOf({
        warehouses: [warehouse('A', 0, 1), warehouse('B', 0, 2)],
        supply: [line('SA', 'A', 3), line('SB', 'B', 10)],
        demands: [demand('D', 5)],
      }),
    );
    expect(plan.assignments).toEqual([
      { supply: 'SA', demand: 'D', quantity: 3 },
      { supply: 'SB', demand: 'D', quantity: 2 },
    ]);
  });
});
