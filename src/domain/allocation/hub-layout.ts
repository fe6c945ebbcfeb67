import { canServe } from './compatibility';
import { haversineKm } from './haversine';
import type { TAllocationProblem } from './types';

/**
 * Demands grouped by what can serve them. Demands of one (kind, minTier, network) class suit
 * the same supply lines; classes with the same lines share a *set*; a set has one *hub* per
 * warehouse holding some of its lines. All lines of a hub are interchangeable for all demands
 * of its set (same warehouse, same distance), so a demand needs one arc per hub of its set.
 */
export interface THubLayout {
  /** Supply indices of the lines with stock; a line's node number is its position here. */
  lines: Int32Array;
  hubWarehouse: Int32Array;
  /** Line nodes of hub h: `hubLines[hubLineStart[h] … hubLineStart[h + 1])`. */
  hubLineStart: Int32Array;
  hubLines: Int32Array;
  /** Demands that can and should be served (quantity, weight and cap > 0, compatible stock). */
  active: Int32Array;
  /** Hub arcs of active demand k: `arcStart[k] … arcStart[k + 1]`, nearest hub first. */
  arcStart: Int32Array;
  arcHub: Int32Array;
  arcKm: Float64Array;
}

/** Groups a validated problem's lines and demands into sets and hubs (see {@link THubLayout}). */
export function layoutHubs(problem: TAllocationProblem): THubLayout {
  const whIndex = new Map(problem.warehouses.map((w, i) => [w.id, i]));
  const caps = problem.networkCaps ?? {};
  const lineList: number[] = [];
  problem.supply.forEach((s, i) => s.quantity > 0 && lineList.push(i));
  const lines = Int32Array.from(lineList);

  const hubWarehouse: number[] = [];
  const hubLineStart: number[] = [0];
  const hubLines: number[] = [];
  const setHubs: number[][] = []; // hubs of each set, in warehouse order
  const setOfSignature = new Map<string, number>();
  const setOfClass = new Map<string, number>(); // -1: nothing can serve the class
  const setOfClassOf = (j: number): number => {
    const d = problem.demands[j]!;
    const key = `${d.kind}\u0000${d.minTier}\u0000${d.network}`;
    const known = setOfClass.get(key);
    if (known !== undefined) return known;
    const byWarehouse: number[][] = problem.warehouses.map(() => []);
    const nodes: number[] = [];
    lines.forEach((i, node) => {
      const line = problem.supply[i]!;
      if (!canServe(problem, line, d)) return;
      nodes.push(node);
      byWarehouse[whIndex.get(line.warehouse)!]!.push(node);
    });
    const signature = nodes.join(',');
    let set = nodes.length === 0 ? -1 : (setOfSignature.get(signature) ?? -1);
    if (nodes.length > 0 && set === -1) {
      set = setHubs.length;
      const hubs: number[] = [];
      byWarehouse.forEach((list, w) => {
        if (list.length === 0) return;
        hubs.push(hubWarehouse.length);
        hubWarehouse.push(w);
        hubLines.push(...list);
        hubLineStart.push(hubLines.length);
      });
      setHubs.push(hubs);
      setOfSignature.set(signature, set);
    }
    setOfClass.set(key, set);
    return set;
  };

  const active: number[] = [];
  const activeSet: number[] = [];
  let arcTotal = 0;
  problem.demands.forEach((d, j) => {
    const cap = Object.hasOwn(caps, d.network) ? caps[d.network]! : Infinity;
    if (d.quantity <= 0 || d.weight <= 0 || cap <= 0) return;
    const set = setOfClassOf(j);
    if (set === -1) return;
    active.push(j);
    activeSet.push(set);
    arcTotal += setHubs[set]!.length;
  });

  const arcStart = new Int32Array(active.length + 1);
  const arcHub = new Int32Array(arcTotal);
  const arcKm = new Float64Array(arcTotal);
  let e = 0;
  active.forEach((j, k) => {
    const d = problem.demands[j]!;
    const from = e;
    for (const hub of setHubs[activeSet[k]!]!) {
      const w = problem.warehouses[hubWarehouse[hub]!]!;
      const km = haversineKm(w.lat, w.lon, d.lat, d.lon);
      // Insertion sort: a demand has at most one arc per warehouse.
      let at = e++;
      while (at > from && arcKm[at - 1]! > km) {
        arcKm[at] = arcKm[at - 1]!;
        arcHub[at] = arcHub[at - 1]!;
        at--;
      }
      arcKm[at] = km;
      arcHub[at] = hub;
    }
    arcStart[k + 1] = e;
  });

  return {
    lines,
    hubWarehouse: Int32Array.from(hubWarehouse),
    hubLineStart: Int32Array.from(hubLineStart),
    hubLines: Int32Array.from(hubLines),
    active: Int32Array.from(active),
    arcStart,
    arcHub,
    arcKm,
  };
}
