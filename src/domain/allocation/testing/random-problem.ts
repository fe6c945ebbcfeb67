import type { TAllocationProblem } from '../types';

/** A small seeded PRNG (mulberry32): same seed, same numbers, on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shape of the random instances; each flag pushes towards one degenerate corner. */
export interface TRandomShape {
  warehouses: number;
  lines: number;
  demands: number;
  kinds: number;
  networks: number;
  zeroQuantities: boolean;
  earmarks: boolean;
  substitutesOnly: boolean;
  tightCaps: boolean;
  /** Few distinct points, so that many distances tie exactly. */
  fewPlaces: boolean;
}

/** Picks a random shape from a seed: sizes 1–6 warehouses, up to 12 lines, 30 demands. */
export function randomShape(rand: () => number): TRandomShape {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  return {
    warehouses: rand() < 0.2 ? 1 : int(2, 6),
    lines: int(1, 12),
    demands: int(1, 30),
    kinds: int(1, 3),
    networks: int(1, 4),
    zeroQuantities: rand() < 0.3,
    earmarks: rand() < 0.5,
    substitutesOnly: rand() < 0.15,
    tightCaps: rand() < 0.4,
    fewPlaces: rand() < 0.25,
  };
}

/**
 * A random, valid problem of the given shape: stock and demands around France, weights 0–10
 * (sometimes up to 1000), optional substitutes, earmarks and caps (sometimes all binding).
 */
export function randomProblem(rand: () => number, shape: TRandomShape): TAllocationProblem {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const places = Array.from({ length: 3 }, () => ({ lat: 42 + rand() * 9, lon: -4 + rand() * 12 }));
  const place = () =>
    shape.fewPlaces ? pick(places) : { lat: 42 + rand() * 9, lon: -4 + rand() * 12 };
  const kinds = ['laptop', 'tablet', 'desktop'].slice(0, shape.kinds);
  const networks = ['ASE', 'FAS', 'Collectif Mentorat', 'E2C'].slice(0, shape.networks);
  const qty = (hi: number) => (shape.zeroQuantities && rand() < 0.25 ? 0 : int(1, hi));
  const warehouses = Array.from({ length: shape.warehouses }, (_, i) => ({
    id: `W${i}`,
    ...place(),
  }));
  // With "substitutes only", stock is of one kind and every demand asks for another one.
  const stockKinds = shape.substitutesOnly ? ['laptop'] : kinds;
  const demandKinds = shape.substitutesOnly ? ['tablet', 'desktop'] : kinds;
  const supply = Array.from({ length: shape.lines }, (_, i) => ({
    id: `S${i}`,
    warehouse: pick(warehouses).id,
    kind: pick(stockKinds),
    tier: int(1, 3),
    earmark: shape.earmarks && rand() < 0.4 ? pick(networks) : null,
    quantity: qty(40),
  }));
  const bigWeights = rand() < 0.15;
  const demands = Array.from({ length: shape.demands }, (_, j) => ({
    id: `D${j}`,
    network: pick(networks),
    ...place(),
    kind: pick(demandKinds),
    minTier: int(1, 3),
    quantity: qty(15),
    weight: bigWeights ? int(0, 1000) : int(0, 10),
  }));
  const substitutes: Record<string, string[]> = shape.substitutesOnly
    ? { tablet: ['laptop'], desktop: ['laptop'] }
    : rand() < 0.5
      ? { tablet: ['laptop'], desktop: ['laptop', 'tablet'] }
      : {};
  const networkCaps: Record<string, number> = {};
  for (const n of networks) {
    if (shape.tightCaps) networkCaps[n] = int(0, 20);
    else if (rand() < 0.4) networkCaps[n] = int(0, 120);
  }
  if (rand() < 0.2) networkCaps['Croix-Rouge'] = 5; // a cap for a network nobody mentions
  return { warehouses, supply, demands, substitutes, networkCaps };
}
