import type { TAllocationProblem, TDemand, TSupplyLine } from './types';

/** Kinds that may serve a demand of `kind`: the kind itself, then its declared substitutes. */
export function servingKinds(problem: TAllocationProblem, kind: string): string[] {
  const subs = problem.substitutes;
  const extra = subs && Object.hasOwn(subs, kind) ? (subs[kind] ?? []) : [];
  return [kind, ...extra.filter((k) => k !== kind)];
}

/** Whether a supply line's kind and tier suit a demand, regardless of earmarks. */
export function suitsKindAndTier(
  problem: TAllocationProblem,
  line: TSupplyLine,
  demand: TDemand,
): boolean {
  return line.tier >= demand.minTier && servingKinds(problem, demand.kind).includes(line.kind);
}

/** Whether an earmark lets a line serve a network (no earmark: any network). */
export function earmarkAllows(line: TSupplyLine, network: string): boolean {
  return line.earmark === null || line.earmark === undefined || line.earmark === network;
}

/**
 * The rule of the issue: a supply line may serve a demand iff its kind is the demand's kind or
 * one of its substitutes, its tier is at least the demand's minimum, and it is not earmarked
 * for another network.
 */
export function canServe(problem: TAllocationProblem, line: TSupplyLine, demand: TDemand): boolean {
  return suitsKindAndTier(problem, line, demand) && earmarkAllows(line, demand.network);
}
