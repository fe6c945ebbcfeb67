import { AppError } from '../../shared/app-error';
import { buildAllocationGraph } from './build-network';
import { explainUnmet } from './explain-unmet';
import { haversineKm } from './haversine';
import { solveNetworkSimplex } from './network-simplex';
import type { TAllocationPlan, TAllocationProblem, TAssignment } from './types';
import { validateProblem } from './validate-problem';

/** Statistics of one solve, for benchmarks and logs (not part of the plan). */
export interface TSolveStats {
  nodes: number;
  arcs: number;
  hubs: number;
  pivots: number;
}

/**
 * Computes the OPTIMAL allocation plan of a problem: first the largest Σ weight × units served,
 * then, among those plans, the smallest Σ units × great-circle km. Exact (network simplex on
 * integer lexicographic costs), deterministic, pure. Throws `AppError('validation.failed')`
 * with every issue in `details.fields` when the problem is invalid.
 */
export function allocate(problem: TAllocationProblem): TAllocationPlan {
  return allocateWithStats(problem).plan;
}

/** {@link allocate}, also returning the size of the flow network and the pivot count. */
export function allocateWithStats(problem: TAllocationProblem): {
  plan: TAllocationPlan;
  stats: TSolveStats;
} {
  const checked = validateProblem(problem);
  if (!checked.ok) {
    throw new AppError('validation.failed', 'invalid allocation problem', {
      fields: checked.issues.map((i) => ({ path: i.path, code: i.reason })),
      issues: checked.issues,
    });
  }
  return allocateValidated(checked.problem);
}

/**
 * {@link allocateWithStats} for a problem `validateProblem` has just accepted (the CLI and
 * services validate first to report issues their own way): skips validating twice.
 */
export function allocateValidated(valid: TAllocationProblem): {
  plan: TAllocationPlan;
  stats: TSolveStats;
} {
  const graph = buildAllocationGraph(valid);
  const { flow, pivots } = solveNetworkSimplex(graph.net, graph.tree);
  const assignments = decompose(valid, graph, flow);
  const served = new Float64Array(valid.demands.length);
  const whById = new Map(valid.warehouses.map((w) => [w.id, w]));
  const demandIndex = new Map(valid.demands.map((d, j) => [d.id, j]));
  const supplyById = new Map(valid.supply.map((s) => [s.id, s]));
  let weightedUnits = 0;
  let distanceKm = 0;
  for (const a of assignments) {
    const j = demandIndex.get(a.demand)!;
    const d = valid.demands[j]!;
    const wh = whById.get(supplyById.get(a.supply)!.warehouse)!;
    served[j]! += a.quantity;
    weightedUnits += d.weight * a.quantity;
    distanceKm += a.quantity * haversineKm(wh.lat, wh.lon, d.lat, d.lon);
  }
  const plan: TAllocationPlan = {
    assignments,
    unmet: explainUnmet(valid, assignments, served),
    objective: { weightedUnits, distanceKm: Math.round(distanceKm * 10) / 10 },
  };
  const stats = {
    nodes: graph.net.nodeCount,
    arcs: graph.net.arcCount,
    hubs: graph.hubCount,
    pivots,
  };
  return { plan, stats };
}

/**
 * Splits each hub's flow back into line → demand assignments. Any split is optimal: all lines
 * of a hub are in the same warehouse and suit all its demands. Sorted by demand then line.
 */
function decompose(
  problem: TAllocationProblem,
  graph: ReturnType<typeof buildAllocationGraph>,
  flow: Float64Array,
): TAssignment[] {
  const inflow: { line: number; left: number }[][] = Array.from(
    { length: graph.hubCount },
    () => [],
  );
  const m = graph.net.arcCount;
  for (let e = 0; e < m; e++) {
    if (graph.arcLine[e]! >= 0 && flow[e]! > 0) {
      inflow[graph.arcHub[e]!]!.push({ line: graph.arcLine[e]!, left: flow[e]! });
    }
  }
  const cursor = new Int32Array(graph.hubCount);
  const out: { line: number; demand: number; quantity: number }[] = [];
  for (let e = 0; e < m; e++) {
    if (graph.arcDemand[e]! < 0) continue;
    let need = flow[e]!;
    const hub = graph.arcHub[e]!;
    const lines = inflow[hub]!;
    while (need > 0) {
      const from = lines[cursor[hub]!];
      if (!from) throw new Error('flow conservation violated at a hub');
      const q = Math.min(need, from.left);
      out.push({ line: from.line, demand: graph.arcDemand[e]!, quantity: q });
      from.left -= q;
      need -= q;
      if (from.left === 0) cursor[hub]!++;
    }
  }
  out.sort((a, b) => a.demand - b.demand || a.line - b.line);
  return out.map((a) => ({
    supply: problem.supply[a.line]!.id,
    demand: problem.demands[a.demand]!.id,
    quantity: a.quantity,
  }));
}
