import { haversineKm } from '../haversine';
import type { TAllocationPlan, TAllocationProblem } from '../types';

/** What an independent recount of a plan found. */
export interface TPlanCheck {
  /** Every broken rule, in words; empty when the plan is feasible and consistent. */
  violations: string[];
  weightedUnits: number;
  /** Exact (unrounded) Σ units × km of the assignments. */
  distanceKm: number;
}

/**
 * Re-checks a plan from scratch, without the engine's code (test helper): ids exist, every
 * assignment is compatible (kind or substitute, tier, earmark), no line gives more than its
 * stock, no demand gets more than asked, network caps hold, `unmet` lists exactly the
 * shortfall of each demand, and the objective matches the assignments.
 */
export function checkPlan(problem: TAllocationProblem, plan: TAllocationPlan): TPlanCheck {
  const violations: string[] = [];
  const wh = new Map(problem.warehouses.map((w) => [w.id, w]));
  const lines = new Map(problem.supply.map((s) => [s.id, s]));
  const demands = new Map(problem.demands.map((d) => [d.id, d]));
  const given = new Map<string, number>();
  const served = new Map<string, number>();
  const perNetwork = new Map<string, number>();
  const pairs = new Set<string>();
  let weightedUnits = 0;
  let distanceKm = 0;
  for (const a of plan.assignments) {
    const s = lines.get(a.supply);
    const d = demands.get(a.demand);
    if (!s || !d) {
      violations.push(`unknown id in assignment ${a.supply} → ${a.demand}`);
      continue;
    }
    const key = `${a.supply}→${a.demand}`;
    if (pairs.has(key)) violations.push(`assignment ${key} listed twice`);
    pairs.add(key);
    if (!Number.isInteger(a.quantity) || a.quantity <= 0) {
      violations.push(`assignment ${key} has quantity ${a.quantity}`);
    }
    const kindOk = s.kind === d.kind || (problem.substitutes?.[d.kind] ?? []).includes(s.kind);
    if (!kindOk) violations.push(`${key}: kind ${s.kind} cannot serve ${d.kind}`);
    if (s.tier < d.minTier) violations.push(`${key}: tier ${s.tier} < ${d.minTier}`);
    if (s.earmark != null && s.earmark !== d.network) {
      violations.push(`${key}: earmarked for ${s.earmark}, demand of ${d.network}`);
    }
    given.set(s.id, (given.get(s.id) ?? 0) + a.quantity);
    served.set(d.id, (served.get(d.id) ?? 0) + a.quantity);
    perNetwork.set(d.network, (perNetwork.get(d.network) ?? 0) + a.quantity);
    weightedUnits += d.weight * a.quantity;
    const w = wh.get(s.warehouse)!;
    distanceKm += a.quantity * haversineKm(w.lat, w.lon, d.lat, d.lon);
  }
  for (const s of problem.supply) {
    if ((given.get(s.id) ?? 0) > s.quantity)
      violations.push(`line ${s.id} gives more than its stock`);
  }
  const unmet = new Map(plan.unmet.map((u) => [u.demand, u]));
  if (unmet.size !== plan.unmet.length) violations.push('a demand appears twice in unmet');
  for (const d of problem.demands) {
    const got = served.get(d.id) ?? 0;
    if (got > d.quantity) violations.push(`demand ${d.id} gets more than asked`);
    const short = d.quantity - got;
    const listed = unmet.get(d.id)?.quantity ?? 0;
    if (listed !== Math.max(0, short)) {
      violations.push(`demand ${d.id}: unmet lists ${listed}, shortfall is ${short}`);
    }
  }
  for (const [network, cap] of Object.entries(problem.networkCaps ?? {})) {
    if ((perNetwork.get(network) ?? 0) > cap) violations.push(`network ${network} exceeds its cap`);
  }
  if (plan.objective.weightedUnits !== weightedUnits) {
    violations.push(`objective.weightedUnits ${plan.objective.weightedUnits} ≠ ${weightedUnits}`);
  }
  if (Math.abs(plan.objective.distanceKm - distanceKm) > 0.05 + 1e-9 * distanceKm) {
    violations.push(`objective.distanceKm ${plan.objective.distanceKm} ≠ ${distanceKm}`);
  }
  return { violations, weightedUnits, distanceKm };
}
