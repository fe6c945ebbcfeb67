import { BasisTree, LOWER, TREE, UPPER } from './basis-tree';

/**
 * A minimum-cost flow problem whose arc costs are PAIRS (a, b) compared lexicographically: the
 * engine puts the weight in `a` and the distance in `b`, so a single optimisation is exactly
 * "maximise weighted units, then minimise distance", with no big-M constant to overflow.
 * Every cost must be an integer (safe in a double) so that potentials stay exact.
 */
export interface TFlowNetwork {
  nodeCount: number;
  /** Net supply of each node (positive: produces flow); the sum must be 0. */
  supply: Float64Array;
  arcCount: number;
  source: Int32Array;
  target: Int32Array;
  /** Upper bound of each arc (`Infinity` allowed); lower bounds are 0. */
  cap: Float64Array;
  costA: Int32Array;
  costB: Float64Array;
  /**
   * Nodes whose potential is derived from their tree parent instead of being stored (the
   * engine's demands: thousands of leaves). No arc may join two such nodes; not the root.
   */
  implicit: Uint8Array;
  /**
   * Optional increasing prefix ends of the arc list: pricing looks only at the first prefix
   * until it is optimal, then widens (the engine orders arcs by weight, so the heaviest demands
   * settle first and fewer pivots are undone). The last end must be `arcCount`.
   */
  pricingStages?: Int32Array;
}

/**
 * A spanning tree to start from: the arc linking each node to its parent (-1 at the root).
 * The flow it implies (all other arcs at 0) must respect the capacities, and every arc with
 * zero flow must point towards the root (a strongly feasible basis, which prevents cycling).
 */
export interface TSpanningTree {
  root: number;
  parentArc: Int32Array;
}

/** Optimal arc flows and the number of pivots it took. */
export interface TFlowResult {
  flow: Float64Array;
  pivots: number;
}

/**
 * Solves a min-cost flow with the primal network simplex: block-search pricing, leaving arc
 * chosen to keep the basis strongly feasible, subtree sizes for the cycle's apex. A moved
 * subtree costs only its "explicit" nodes: implicit nodes (demands) take their potential from
 * their parent, so a network's thousands of waiting demands move for free.
 */
export function solveNetworkSimplex(net: TFlowNetwork, start: TSpanningTree): TFlowResult {
  const solver = new NetworkSimplex(net);
  solver.initialiseTree(start);
  const pivots = solver.run();
  return { flow: solver.flow, pivots };
}

/** Pricing and pivots of the network simplex, on top of the basis tree. */
class NetworkSimplex extends BasisTree {
  readonly stages: Int32Array;
  active = 0;
  block = 10;
  nextArc = 0;

  constructor(net: TFlowNetwork) {
    super(net);
    this.stages = net.pricingStages ?? Int32Array.of(net.arcCount);
  }

  /** Pivots until no arc prices out, widening the priced prefix stage by stage. */
  run(): number {
    let pivots = 0;
    for (let stage = 0; stage < this.stages.length;) {
      this.active = this.stages[stage]!;
      this.block = Math.max(10, Math.ceil(Math.sqrt(this.active)));
      const inArc = this.findEnteringArc();
      if (inArc < 0) {
        stage++;
        continue;
      }
      pivots++;
      this.pivot(inArc);
    }
    return pivots;
  }

  /** Block search: the most negative reduced cost within the first block holding one. */
  findEnteringArc(): number {
    const { source, target, costA, costB, state, piA, piB, ref, offA, offB } = this;
    let bestA = 0;
    let bestB = 0;
    let best = -1;
    const { active, block } = this;
    let count = block;
    let e = this.nextArc;
    if (e >= active) e = 0;
    for (let scanned = 0; scanned < active; scanned++) {
      const s = state[e]!;
      if (s !== TREE) {
        const u = source[e]!;
        const v = target[e]!;
        const ra = s * (costA[e]! + piA[ref[u]!]! + offA[u]! - piA[ref[v]!]! - offA[v]!);
        if (ra <= bestA) {
          const rb = s * (costB[e]! + piB[ref[u]!]! + offB[u]! - piB[ref[v]!]! - offB[v]!);
          if (ra < bestA || rb < bestB) {
            bestA = ra;
            bestB = rb;
            best = e;
          }
        }
      }
      if (++e === active) e = 0;
      if (--count === 0) {
        if (best >= 0) break;
        count = block;
      }
    }
    this.nextArc = e;
    return best;
  }

  pivot(inArc: number): void {
    const { source, target, cap, flow, state, parent, predArc, predUp, succ } = this;
    const lower = state[inArc] === LOWER;
    const first = lower ? source[inArc]! : target[inArc]!;
    const second = lower ? target[inArc]! : source[inArc]!;
    let u = first;
    let v = second;
    while (u !== v) {
      if (succ[u]! < succ[v]!) u = parent[u]!;
      else v = parent[v]!;
    }
    const join = u;

    // Leaving arc: the last blocking arc met when walking the cycle from the join, in the
    // direction flow is pushed (first side down, entering arc, second side up).
    let delta = cap[inArc]!;
    let uOut = -1;
    let side = 0;
    for (u = first; u !== join; u = parent[u]!) {
      const e = predArc[u]!;
      const d = predUp[u] ? flow[e]! : cap[e]! - flow[e]!;
      if (d < delta) {
        delta = d;
        uOut = u;
        side = 1;
      }
    }
    for (u = second; u !== join; u = parent[u]!) {
      const e = predArc[u]!;
      const d = predUp[u] ? cap[e]! - flow[e]! : flow[e]!;
      if (d <= delta) {
        delta = d;
        uOut = u;
        side = 2;
      }
    }
    if (delta === Infinity) throw new Error('unbounded flow problem');
    if (delta > 0) {
      flow[inArc]! += lower ? delta : -delta;
      for (u = first; u !== join; u = parent[u]!) flow[predArc[u]!]! += predUp[u] ? -delta : delta;
      for (u = second; u !== join; u = parent[u]!) flow[predArc[u]!]! += predUp[u] ? delta : -delta;
    }
    if (side === 0) {
      state[inArc] = lower ? UPPER : LOWER;
      return;
    }
    const uIn = side === 1 ? first : second;
    const vIn = side === 1 ? second : first;
    const outArc = predArc[uOut]!;
    state[outArc] = flow[outArc] === 0 ? LOWER : UPPER;
    state[inArc] = TREE;
    this.rehang(uIn, vIn, uOut, inArc, join);
  }
}
