import { layoutHubs } from './hub-layout';
import type { TFlowNetwork, TSpanningTree } from './network-simplex';
import type { TAllocationProblem } from './types';

/** Finest distance unit used in costs: a millimetre (costs are integers per km × this). */
const MAX_TICKS_PER_KM = 1_000_000;
/**
 * Arcs from a demand's nearest hubs are priced first; the others only in the last stage
 * (which still proves optimality over all arcs). 3 measured best on the national instance.
 */
const NEAR_HUBS = 3;

/**
 * The allocation problem as a flow network, with the bookkeeping needed to read a plan back.
 *
 * Nodes: supply lines → hubs → demands → networks → sink (see `hub-layout.ts` for hubs), plus
 * an arc line → sink for stock left unused. Arc costs are pairs (−weight, distance in integer
 * ticks): lexicographic and exact.
 */
export interface TAllocationGraph {
  net: TFlowNetwork;
  tree: TSpanningTree;
  /** Per arc: problem index of the demand a hub→demand arc serves, else -1. */
  arcDemand: Int32Array;
  /** Per arc: the hub of a hub→demand or line→hub arc, else -1. */
  arcHub: Int32Array;
  /** Per arc: problem index of the supply line of a line→hub arc, else -1. */
  arcLine: Int32Array;
  hubCount: number;
  /** Warehouse index (in `problem.warehouses`) of each hub. */
  hubWarehouse: Int32Array;
  /** Distance ticks per km used for `costB` (1e6 = millimetres unless the graph is huge). */
  ticksPerKm: number;
}

/**
 * Builds the flow network of a validated problem. Demands that cannot or should not receive
 * anything (quantity 0, weight 0, cap 0, no compatible stock) are left out; the explanation
 * step reports them. Arcs are laid out for staged pricing: line and network arcs, then each
 * demand's near-hub arcs and network arc, heaviest demands first, then all far-hub arcs.
 */
export function buildAllocationGraph(problem: TAllocationProblem): TAllocationGraph {
  const layout = layoutHubs(problem);
  const { lines, hubWarehouse, hubLineStart, hubLines, active, arcStart, arcHub: hubOf } = layout;
  const caps = problem.networkCaps ?? {};
  const L = lines.length;
  const H = hubWarehouse.length;
  const D = active.length;
  const networkIndex = new Map<string, number>();
  for (const j of active) {
    const network = problem.demands[j]!.network;
    if (!networkIndex.has(network)) networkIndex.set(network, networkIndex.size);
  }
  const N = networkIndex.size;

  const hubBase = L;
  const demandBase = L + H;
  const networkBase = L + H + D;
  const sink = networkBase + N;
  const nodeCount = sink + 1;
  const bypassStart = hubLines.length;
  const networkArcStart = bypassStart + L;
  const demandArcsStart = networkArcStart + N;
  const arcCount = demandArcsStart + hubOf.length + D;

  const source = new Int32Array(arcCount);
  const target = new Int32Array(arcCount);
  const cap = new Float64Array(arcCount).fill(Infinity);
  const costA = new Int32Array(arcCount);
  const costB = new Float64Array(arcCount);
  const arcDemand = new Int32Array(arcCount).fill(-1);
  const arcHub = new Int32Array(arcCount).fill(-1);
  const arcLine = new Int32Array(arcCount).fill(-1);
  const supply = new Float64Array(nodeCount);
  const parentArc = new Int32Array(nodeCount).fill(-1);
  // Demands are leaves of the network (hubs in, one network out): their potentials follow.
  const implicit = new Uint8Array(nodeCount).fill(1, demandBase, networkBase);

  // Integer distance ticks: as fine as a millimetre while every potential (a sum of at most
  // nodeCount arc costs) and every reduced cost stays an exact integer below 2^53.
  const maxKm = layout.arcKm.reduce((a, b) => Math.max(a, b), 0);
  const safeTicks = Math.floor(2 ** 52 / ((2 * nodeCount + 1) * Math.max(maxKm, 1)));
  const ticksPerKm = Math.max(1, Math.min(MAX_TICKS_PER_KM, safeTicks));

  let e = 0;
  for (let hub = 0; hub < H; hub++) {
    for (let x = hubLineStart[hub]!; x < hubLineStart[hub + 1]!; x++) {
      source[e] = hubLines[x]!;
      target[e] = hubBase + hub;
      arcHub[e] = hub;
      arcLine[e] = lines[hubLines[x]!]!;
      e++;
    }
  }
  let total = 0;
  for (let node = 0; node < L; node++) {
    const q = problem.supply[lines[node]!]!.quantity;
    supply[node] = q;
    total += q;
    source[bypassStart + node] = node;
    target[bypassStart + node] = sink;
    parentArc[node] = bypassStart + node;
  }
  supply[sink] = -total;
  for (const [network, i] of networkIndex) {
    const a = networkArcStart + i;
    source[a] = networkBase + i;
    target[a] = sink;
    cap[a] = Object.hasOwn(caps, network) ? caps[network]! : Infinity;
    parentArc[networkBase + i] = a;
  }

  // Heaviest demands first (stable counting sort on the weight); demand node = its rank.
  const byWeight = new Int32Array(1002);
  for (const j of active) byWeight[1000 - problem.demands[j]!.weight + 1]!++;
  for (let w = 1; w < 1002; w++) byWeight[w]! += byWeight[w - 1]!;
  const order = new Int32Array(D);
  active.forEach((j, k) => (order[byWeight[1000 - problem.demands[j]!.weight]!++] = k));

  const addHubArc = (x: number, rank: number, j: number) => {
    const hub = hubOf[x]!;
    source[e] = hubBase + hub;
    target[e] = demandBase + rank;
    costA[e] = -problem.demands[j]!.weight;
    costB[e] = Math.round(layout.arcKm[x]! * ticksPerKm);
    arcDemand[e] = j;
    arcHub[e] = hub;
    // Start each hub under its best demand (heaviest, then nearest): the first prices then
    // already favour the right demands.
    const current = parentArc[hubBase + hub]!;
    const better =
      current === -1 ||
      costA[e]! < costA[current]! ||
      (costA[e] === costA[current] && costB[e]! < costB[current]!);
    if (better) parentArc[hubBase + hub] = e;
    e++;
  };
  // A pricing stage ends where the weight drops, and after the near arcs.
  const stages: number[] = [];
  e = demandArcsStart;
  for (let rank = 0; rank < D; rank++) {
    const k = order[rank]!;
    const j = active[k]!;
    const d = problem.demands[j]!;
    if (rank > 0 && problem.demands[active[order[rank - 1]!]!]!.weight !== d.weight) {
      stages.push(e);
    }
    const nearEnd = Math.min(arcStart[k]! + NEAR_HUBS, arcStart[k + 1]!);
    for (let x = arcStart[k]!; x < nearEnd; x++) addHubArc(x, rank, j);
    source[e] = demandBase + rank;
    target[e] = networkBase + networkIndex.get(d.network)!;
    cap[e] = d.quantity;
    parentArc[demandBase + rank] = e;
    e++;
  }
  stages.push(e);
  for (let rank = 0; rank < D; rank++) {
    const k = order[rank]!;
    for (let x = arcStart[k]! + NEAR_HUBS; x < arcStart[k + 1]!; x++) {
      addHubArc(x, rank, active[k]!);
    }
  }
  if (stages[stages.length - 1] !== arcCount) stages.push(arcCount);

  return {
    net: {
      nodeCount,
      supply,
      arcCount,
      source,
      target,
      cap,
      costA,
      costB,
      implicit,
      pricingStages: Int32Array.from(stages),
    },
    tree: { root: sink, parentArc },
    arcDemand,
    arcHub,
    arcLine,
    hubCount: H,
    hubWarehouse,
    ticksPerKm,
  };
}
