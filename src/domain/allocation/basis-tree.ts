import type { TFlowNetwork, TSpanningTree } from './network-simplex';

/** Arc states: at its lower bound, in the tree (basic), at its upper bound. */
export const LOWER = 1;
export const TREE = 0;
export const UPPER = -1;

/**
 * The network and its current basis: a spanning tree (parents, subtree sizes, child lists),
 * arc flows and states, and node potentials. Pricing and pivoting live in `network-simplex.ts`.
 */
export class BasisTree {
  readonly n: number;
  readonly m: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly cap: Float64Array;
  readonly costA: Int32Array;
  readonly costB: Float64Array;
  readonly implicit: Uint8Array;
  readonly flow: Float64Array;
  readonly state: Int8Array;
  readonly parent: Int32Array;
  readonly predArc: Int32Array;
  readonly predUp: Uint8Array;
  readonly succ: Int32Array;
  // potential(v) = pi[ref[v]] + off[v]: ref = v for explicit nodes, the parent for implicit.
  readonly piA: Int32Array;
  readonly piB: Float64Array;
  readonly ref: Int32Array;
  readonly offA: Int32Array;
  readonly offB: Float64Array;
  // Children lists holding explicit children and implicit children that have children.
  readonly firstChild: Int32Array;
  readonly nextSib: Int32Array;
  readonly prevSib: Int32Array;
  readonly inList: Uint8Array;
  readonly stem: Int32Array;
  readonly stack: Int32Array;
  readonly supply: Float64Array;

  constructor(net: TFlowNetwork) {
    const n = (this.n = net.nodeCount);
    const m = (this.m = net.arcCount);
    this.source = net.source;
    this.target = net.target;
    this.cap = net.cap;
    this.costA = net.costA;
    this.costB = net.costB;
    this.implicit = net.implicit;
    this.supply = net.supply;
    this.flow = new Float64Array(m);
    this.state = new Int8Array(m).fill(LOWER);
    this.parent = new Int32Array(n);
    this.predArc = new Int32Array(n);
    this.predUp = new Uint8Array(n);
    this.succ = new Int32Array(n);
    this.piA = new Int32Array(n);
    this.piB = new Float64Array(n);
    this.ref = new Int32Array(n);
    this.offA = new Int32Array(n);
    this.offB = new Float64Array(n);
    this.firstChild = new Int32Array(n).fill(-1);
    this.nextSib = new Int32Array(n).fill(-1);
    this.prevSib = new Int32Array(n).fill(-1);
    this.inList = new Uint8Array(n);
    this.stem = new Int32Array(n);
    this.stack = new Int32Array(n);
  }

  /** An implicit node's potential is its parent's plus this offset (its tree arc's cost). */
  setImplicitOffset(v: number): void {
    const { costA, costB, parent, predArc, predUp, ref, offA, offB } = this;
    const e = predArc[v]!;
    ref[v] = parent[v]!;
    offA[v] = predUp[v] ? -costA[e]! : costA[e]!;
    offB[v] = predUp[v] ? -costB[e]! : costB[e]!;
  }

  /** Puts `c` at the head of `p`'s child list. */
  listAdd(c: number, p: number): void {
    const { firstChild, nextSib, prevSib, inList } = this;
    const head = firstChild[p]!;
    nextSib[c] = head;
    prevSib[c] = -1;
    if (head !== -1) prevSib[head] = c;
    firstChild[p] = c;
    inList[c] = 1;
  }

  /** Takes `c` out of its parent's child list, if it is listed. */
  listRemove(c: number): void {
    const { parent, firstChild, nextSib, prevSib, inList } = this;
    if (!inList[c]) return;
    const p = parent[c]!;
    const prev = prevSib[c]!;
    const next = nextSib[c]!;
    if (prev !== -1) nextSib[prev] = next;
    else firstChild[p] = next;
    if (next !== -1) prevSib[next] = prev;
    inList[c] = 0;
  }

  /** Links `c` under its (already set) parent if it must be listed. */
  listLink(c: number): void {
    const { implicit, parent, firstChild } = this;
    if (!implicit[c] || firstChild[c] !== -1) this.listAdd(c, parent[c]!);
  }

  /** Loads a start tree: parents, potentials, child lists, subtree sizes and the flow it implies. */
  initialiseTree(start: TSpanningTree): void {
    const {
      n,
      source,
      target,
      cap,
      costA,
      costB,
      implicit,
      flow,
      state,
      parent,
      predArc,
      predUp,
      succ,
      piA,
      piB,
      ref,
      offA,
      offB,
      stack,
    } = this;
    const root = start.root;
    if (implicit[root]) throw new Error('the root cannot be implicit');
    const childStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) {
      if (v === root) continue;
      const e = start.parentArc[v]!;
      if (source[e] !== v && target[e] !== v) throw new Error(`tree arc ${e} does not touch ${v}`);
      const p = source[e] === v ? target[e]! : source[e]!;
      parent[v] = p;
      predArc[v] = e;
      predUp[v] = source[e] === v ? 1 : 0;
      state[e] = TREE;
      childStart[p + 1]!++;
    }
    parent[root] = -1;
    predArc[root] = -1;
    for (let v = 0; v < n; v++) childStart[v + 1]! += childStart[v]!;
    const children = new Int32Array(Math.max(n - 1, 0));
    const fill = childStart.slice(0, n);
    for (let v = 0; v < n; v++) if (v !== root) children[fill[parent[v]!]!++] = v;
    // Breadth-first order: parents before children.
    const order = stack;
    let len = 0;
    order[len++] = root;
    ref[root] = root;
    for (let i = 0; i < len; i++) {
      const v = order[i]!;
      for (let k = childStart[v]!; k < childStart[v + 1]!; k++) {
        const c = children[k]!;
        order[len++] = c;
        const e = predArc[c]!;
        const pa = piA[ref[parent[c]!]!]! + offA[parent[c]!]!;
        const pb = piB[ref[parent[c]!]!]! + offB[parent[c]!]!;
        if (implicit[c]) this.setImplicitOffset(c);
        else {
          ref[c] = c;
          piA[c] = predUp[c] ? pa - costA[e]! : pa + costA[e]!;
          piB[c] = predUp[c] ? pb - costB[e]! : pb + costB[e]!;
        }
      }
    }
    if (len !== n) throw new Error('the start tree does not span every node');
    const sub = Float64Array.from(this.supply);
    succ.fill(1);
    for (let i = n - 1; i > 0; i--) {
      const v = order[i]!;
      const p = parent[v]!;
      const e = predArc[v]!;
      const f = predUp[v] ? sub[v]! : -sub[v]!;
      if (f < 0 || f > cap[e]!) throw new Error(`start tree infeasible on arc ${e}`);
      flow[e] = f;
      sub[p]! += sub[v]!;
      succ[p]! += succ[v]!;
      this.listLink(v); // children first, so an implicit node knows whether it has any
    }
  }

  /**
   * Moves the subtree of `uOut` under `vIn` through the entering arc, re-rooted at `uIn`
   * (which it contains): reverses the stem uIn…uOut, fixes subtree sizes up to the join, and
   * shifts the stored potentials of the moved subtree so the entering arc costs 0.
   */
  rehang(uIn: number, vIn: number, uOut: number, inArc: number, join: number): void {
    const {
      source,
      costA,
      costB,
      implicit,
      parent,
      predArc,
      predUp,
      succ,
      piA,
      piB,
      ref,
      offA,
      offB,
      firstChild,
      nextSib,
      inList,
      stem,
      stack,
    } = this;
    const vOut = parent[uOut]!;
    const size = succ[uOut]!;
    // Shift of every potential in the moved subtree, so that the entering arc becomes tight.
    const inUp = source[inArc] === uIn;
    const targetA = piA[ref[vIn]!]! + offA[vIn]! + (inUp ? -costA[inArc]! : costA[inArc]!);
    const targetB = piB[ref[vIn]!]! + offB[vIn]! + (inUp ? -costB[inArc]! : costB[inArc]!);
    const sigmaA = targetA - (piA[ref[uIn]!]! + offA[uIn]!);
    const sigmaB = targetB - (piB[ref[uIn]!]! + offB[uIn]!);

    let k = 0;
    for (let s = uIn; ; s = parent[s]!) {
      stem[k++] = s;
      if (s === uOut) break;
    }
    for (let a = vOut; a !== join; a = parent[a]!) succ[a]! -= size;
    for (let a = vIn; a !== join; a = parent[a]!) succ[a]! += size;

    // Detach the subtree, then each stem node from its old parent.
    this.listRemove(uOut);
    if (implicit[vOut] && firstChild[vOut] === -1) this.listRemove(vOut);
    for (let t = 0; t + 1 < k; t++) this.listRemove(stem[t]!);

    for (let t = k - 1; t >= 1; t--) {
      const s = stem[t]!;
      const below = stem[t - 1]!;
      succ[s] = size - succ[below]!;
      parent[s] = below;
      predArc[s] = predArc[below]!;
      predUp[s] = predUp[below] ? 0 : 1;
    }
    succ[uIn] = size;
    parent[uIn] = vIn;
    predArc[uIn] = inArc;
    predUp[uIn] = inUp ? 1 : 0;
    // Relink bottom-up so that each implicit stem node knows whether it has children.
    for (let t = k - 1; t >= 0; t--) {
      const s = stem[t]!;
      if (implicit[s]) this.setImplicitOffset(s);
      this.listLink(s);
    }
    if (implicit[vIn] && !inList[vIn] && firstChild[vIn] !== -1) this.listAdd(vIn, parent[vIn]!);

    // Shift stored potentials of the moved subtree (implicit nodes follow their parent).
    let top = 0;
    stack[top++] = uIn;
    while (top > 0) {
      const v = stack[--top]!;
      if (!implicit[v]) {
        piA[v]! += sigmaA;
        piB[v]! += sigmaB;
      }
      for (let c = firstChild[v]!; c !== -1; c = nextSib[c]!) stack[top++] = c;
    }
  }
}
