import { earmarkAllows, servingKinds, suitsKindAndTier } from './compatibility';
import type {
  TAllocationProblem,
  TAssignment,
  TUnmet,
  TUnmetParams,
  TUnmetReasonCode,
} from './types';

interface TClassFacts {
  acceptedKinds: string[];
  /** "laptop or tablet of tier 2 or better", for the reasons. */
  wanted: string;
  /** Units of lines that suit kind and tier, whatever their earmark. */
  suitableUnits: number;
  /** Units of suitable lines the demand's network may use. */
  accessibleUnits: number;
  /** Unused units of suitable lines earmarked for other networks, and those networks. */
  reservedUnits: number;
  reservedFor: string[];
  /** Supply indices of the suitable lines this network may use. */
  accessible: number[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const ZERO_WEIGHT =
  'Weight 0: this demand is not prioritised in this wave, so it receives nothing.';

/**
 * Explains every unmet unit of an optimal plan in words a coordinator understands, with a
 * stable `reasonCode` and `params` for translation. Checked in this order: weight 0 (never
 * served), no compatible stock at all, compatible stock all earmarked for other networks, the
 * network's cap reached, the compatible stock all went to this very demand and ran out, and
 * otherwise it went to demands of higher weight (the cut-off weight is the lowest weight of
 * the other demands served from it; equal means closer demands of the same weight won the tie
 * on distance).
 */
export function explainUnmet(
  problem: TAllocationProblem,
  assignments: readonly TAssignment[],
  served: ArrayLike<number>,
): TUnmet[] {
  const supplyIndex = new Map(problem.supply.map((s, i) => [s.id, i]));
  const demandById = new Map(problem.demands.map((d) => [d.id, d]));
  const demandIndex = new Map(problem.demands.map((d, j) => [d.id, j]));
  const used = new Float64Array(problem.supply.length);
  // Per line, the lightest recipient and the lightest weight among the OTHER recipients, so
  // that a demand's cut-off never counts the units it received itself.
  const lightest = new Int32Array(problem.supply.length).fill(-1);
  const lightestWeight = new Float64Array(problem.supply.length).fill(Infinity);
  const otherWeight = new Float64Array(problem.supply.length).fill(Infinity);
  const networkServed = new Map<string, number>();
  for (const a of assignments) {
    const i = supplyIndex.get(a.supply)!;
    const d = demandById.get(a.demand)!;
    used[i]! += a.quantity;
    const j = demandIndex.get(a.demand)!;
    if (d.weight < lightestWeight[i]!) {
      otherWeight[i] = lightestWeight[i]!;
      lightestWeight[i] = d.weight;
      lightest[i] = j;
    } else if (j !== lightest[i]) otherWeight[i] = Math.min(otherWeight[i]!, d.weight);
    networkServed.set(d.network, (networkServed.get(d.network) ?? 0) + a.quantity);
  }
  const caps = problem.networkCaps ?? {};
  const facts = new Map<string, TClassFacts>();

  // Reasons repeat (same class, same cut-off…): build each text once and share the string.
  const reasons = new Map<string, string>();
  const reasonFor = (key: string, make: () => string): string => {
    let text = reasons.get(key);
    if (text === undefined) reasons.set(key, (text = make()));
    return text;
  };

  const factsOf = (d: TAllocationProblem['demands'][number], key: string): TClassFacts => {
    const cached = facts.get(key);
    if (cached) return cached;
    const acceptedKinds = servingKinds(problem, d.kind);
    const f: TClassFacts = {
      acceptedKinds,
      wanted: `${acceptedKinds.join(' or ')} of tier ${d.minTier} or better`,
      suitableUnits: 0,
      accessibleUnits: 0,
      reservedUnits: 0,
      reservedFor: [],
      accessible: [],
    };
    problem.supply.forEach((s, i) => {
      if (s.quantity === 0 || !suitsKindAndTier(problem, s, d)) return;
      f.suitableUnits += s.quantity;
      if (earmarkAllows(s, d.network)) {
        f.accessibleUnits += s.quantity;
        f.accessible.push(i);
      } else {
        f.reservedUnits += s.quantity - used[i]!;
        if (!f.reservedFor.includes(s.earmark!)) f.reservedFor.push(s.earmark!);
      }
    });
    f.reservedFor.sort();
    facts.set(key, f);
    return f;
  };

  const unmet: TUnmet[] = [];
  const add = (
    demand: string,
    quantity: number,
    reason: string,
    reasonCode: TUnmetReasonCode,
    params: TUnmetParams,
  ) => unmet.push({ demand, quantity, reason, reasonCode, params });
  problem.demands.forEach((d, j) => {
    const quantity = d.quantity - served[j]!;
    if (quantity <= 0) return;
    if (d.weight === 0) {
      add(d.id, quantity, ZERO_WEIGHT, 'zero_weight', { weight: 0 });
      return;
    }
    const key = `${d.kind}\u0000${d.minTier}\u0000${d.network}`;
    const f = factsOf(d, key);
    if (f.suitableUnits === 0) {
      const reason = reasonFor(
        `none${key}`,
        () => `No compatible stock: no warehouse holds any ${f.wanted}.`,
      );
      add(d.id, quantity, reason, 'no_compatible_stock', {
        kind: d.kind,
        acceptedKinds: f.acceptedKinds,
        minTier: d.minTier,
      });
      return;
    }
    if (f.accessibleUnits === 0) {
      const reason = reasonFor(
        `earmark${key}`,
        () =>
          `Earmarked stock reserved for another network: all ${plural(f.suitableUnits, 'unit')} ` +
          `of ${f.wanted} are earmarked for ${f.reservedFor.join(', ')}, not ${d.network}.`,
      );
      add(d.id, quantity, reason, 'earmark_reserved', {
        network: d.network,
        reservedFor: f.reservedFor,
        units: f.suitableUnits,
      });
      return;
    }
    const cap = Object.hasOwn(caps, d.network) ? caps[d.network]! : Infinity;
    if ((networkServed.get(d.network) ?? 0) >= cap) {
      const reason = reasonFor(
        `cap\u0000${d.network}`,
        () =>
          `Network cap reached: ${d.network} already receives its cap of ${plural(cap, 'unit')}.`,
      );
      add(d.id, quantity, reason, 'network_cap', { network: d.network, cap });
      return;
    }
    let cutoff = Infinity;
    for (const i of f.accessible) {
      cutoff = Math.min(cutoff, lightest[i] === j ? otherWeight[i]! : lightestWeight[i]!);
    }
    const reserved =
      f.reservedUnits > 0
        ? ` (${plural(f.reservedUnits, 'more unit')} remain, earmarked for ${f.reservedFor.join(', ')}.)`
        : '';
    const reservedParams: TUnmetParams =
      f.reservedUnits > 0 ? { reservedUnits: f.reservedUnits, reservedFor: f.reservedFor } : {};
    if (!Number.isFinite(cutoff)) {
      const reason = reasonFor(
        `alone${key}`,
        () =>
          `Not enough compatible stock: all ${plural(f.accessibleUnits, 'unit')} of ${f.wanted} ` +
          `available to ${d.network} go to this demand.` +
          reserved,
      );
      add(d.id, quantity, reason, 'insufficient_stock', {
        units: f.accessibleUnits,
        ...reservedParams,
      });
      return;
    }
    const reason = reasonFor(
      `outweighed${key}\u0000${cutoff}\u0000${d.weight}`,
      () =>
        (cutoff > d.weight
          ? `Compatible stock went to demands of higher weight: the cut-off weight was ${cutoff}, ` +
            `this demand has weight ${d.weight}.`
          : `Compatible stock went to other demands of the same weight (${d.weight}) that are ` +
            `closer to the warehouses.`) + reserved,
    );
    add(d.id, quantity, reason, 'outweighed', {
      cutoffWeight: cutoff,
      weight: d.weight,
      ...reservedParams,
    });
  });
  return unmet;
}
