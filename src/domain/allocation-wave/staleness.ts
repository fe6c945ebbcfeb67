import type { TWaveSnapshot } from './types';

/** One difference between what a run saw and what is there now. */
export interface TWaveChange {
  /** `stock`: ready units of a stock key; `line`: remaining units of a request line. */
  type: 'stock' | 'line';
  /** The stock key (`location|kind|tier|earmark`) or the request line id. */
  key: string;
  before: number;
  now: number;
}

function diff(
  type: TWaveChange['type'],
  before: Record<string, number>,
  now: Record<string, number>,
) {
  const out: TWaveChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const b = before[key] ?? 0;
    const n = now[key] ?? 0;
    if (b !== n) out.push({ type, key, before: b, now: n });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * What changed since a wave ran: ready units per stock key of its selection, remaining units of
 * its lines. Empty when the plan still stands on the data it was computed from. Stock that
 * appeared in a key the run did not see counts as a change too (the optimum may differ).
 */
export function snapshotChanges(before: TWaveSnapshot, now: TWaveSnapshot): TWaveChange[] {
  return [...diff('stock', before.supply, now.supply), ...diff('line', before.demand, now.demand)];
}
