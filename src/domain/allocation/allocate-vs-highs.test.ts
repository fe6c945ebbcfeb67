import { beforeAll, describe, expect, it } from 'vitest';
import { allocate, type TAllocationPlan, type TAllocationProblem } from './index';
import { checkPlan } from './testing/check-plan';
import { loadHighs, solveWithHighs, type THighs } from './testing/highs-reference';
import {
  randomProblem,
  randomShape,
  seededRandom,
  type TRandomShape,
} from './testing/random-problem';

const INSTANCES = 300;

/** Each instance is random, and one in six is pushed into a degenerate corner on purpose. */
const CORNERS: ((shape: TRandomShape) => void)[] = [
  (s) => (s.zeroQuantities = true),
  (s) => (s.warehouses = 1),
  (s) => (s.tightCaps = true),
  (s) => (s.substitutesOnly = true),
  (s) => (s.earmarks = true),
  (s) => (s.fewPlaces = true),
];

function instance(seed: number): TAllocationProblem {
  const rand = seededRandom(seed);
  const shape = randomShape(rand);
  CORNERS[seed % CORNERS.length]!(shape);
  return randomProblem(rand, shape);
}

/** Facts each reason code promises, checked against the problem and the plan. */
function checkReasons(problem: TAllocationProblem, plan: TAllocationPlan): string[] {
  const wrong: string[] = [];
  const perNetwork = new Map<string, number>();
  const demands = new Map(problem.demands.map((d) => [d.id, d]));
  for (const a of plan.assignments) {
    const network = demands.get(a.demand)!.network;
    perNetwork.set(network, (perNetwork.get(network) ?? 0) + a.quantity);
  }
  for (const u of plan.unmet) {
    const d = demands.get(u.demand)!;
    const ok =
      u.reasonCode === 'zero_weight'
        ? d.weight === 0
        : u.reasonCode === 'network_cap'
          ? (perNetwork.get(d.network) ?? 0) === problem.networkCaps?.[d.network]
          : u.reasonCode === 'outweighed'
            ? (u.params.cutoffWeight as number) >= d.weight
            : ['no_compatible_stock', 'earmark_reserved', 'insufficient_stock'].includes(
                u.reasonCode,
              );
    if (!ok || u.reason.length === 0) wrong.push(`${u.demand}: ${u.reasonCode} ${u.reason}`);
  }
  return wrong;
}

describe(`allocate agrees with HiGHS on ${INSTANCES} random instances`, () => {
  let highs: THighs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  it('finds the same lexicographic optimum, with a feasible and explained plan', () => {
    let served = 0;
    for (let seed = 1; seed <= INSTANCES; seed++) {
      const problem = instance(seed);
      const plan = allocate(problem);
      const check = checkPlan(problem, plan);
      const reference = solveWithHighs(highs, problem);
      const context = `seed ${seed}`;
      expect(check.violations, context).toEqual([]);
      expect(checkReasons(problem, plan), context).toEqual([]);
      expect(check.weightedUnits, context).toBe(Math.round(reference.weightedUnits));
      expect(Math.abs(reference.weightedUnits - check.weightedUnits), context).toBeLessThan(1e-6);
      const tolerance = 1e-6 * Math.max(1, reference.distanceKm);
      expect(Math.abs(check.distanceKm - reference.distanceKm), context).toBeLessThanOrEqual(
        tolerance,
      );
      if (check.weightedUnits > 0) served++;
    }
    // The generator must not be degenerate everywhere: most instances do allocate something.
    expect(served).toBeGreaterThan(INSTANCES * 0.6);
  });

  it('finds the same optimum on larger instances (up to 36 lines × 270 demands)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rand = seededRandom(seed * 7919);
      const shape = randomShape(rand);
      shape.lines *= 3;
      shape.demands *= 9;
      const problem = randomProblem(rand, shape);
      const check = checkPlan(problem, allocate(problem));
      const reference = solveWithHighs(highs, problem);
      expect(check.violations).toEqual([]);
      expect(check.weightedUnits).toBe(Math.round(reference.weightedUnits));
      expect(Math.abs(check.distanceKm - reference.distanceKm)).toBeLessThanOrEqual(
        1e-6 * Math.max(1, reference.distanceKm),
      );
    }
  });
});
