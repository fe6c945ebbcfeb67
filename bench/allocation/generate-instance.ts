import type { TAllocationProblem } from '../../src/domain/allocation';
import { seededRandom } from '../../src/domain/allocation/testing/random-problem';

/** Ten warehouses in real French cities (approximate coordinates), with their share of stock. */
const WAREHOUSES = [
  { id: 'W-PARIS', lat: 48.857, lon: 2.352, share: 0.22 },
  { id: 'W-LYON', lat: 45.764, lon: 4.836, share: 0.12 },
  { id: 'W-MARSEILLE', lat: 43.297, lon: 5.37, share: 0.1 },
  { id: 'W-LILLE', lat: 50.629, lon: 3.057, share: 0.1 },
  { id: 'W-BORDEAUX', lat: 44.838, lon: -0.579, share: 0.08 },
  { id: 'W-TOULOUSE', lat: 43.605, lon: 1.444, share: 0.08 },
  { id: 'W-NANTES', lat: 47.218, lon: -1.554, share: 0.08 },
  { id: 'W-STRASBOURG', lat: 48.573, lon: 7.752, share: 0.08 },
  { id: 'W-RENNES', lat: 48.117, lon: -1.678, share: 0.07 },
  { id: 'W-MONTPELLIER', lat: 43.611, lon: 3.877, share: 0.07 },
] as const;

/**
 * The 96 metropolitan départements: code, approximate centroid (lat, lon) and population in
 * thousands (rounded), which drives how many demands each one gets.
 */
const DEPARTEMENTS: readonly (readonly [string, number, number, number])[] = [
  ['01', 46.1, 5.35, 660],
  ['02', 49.55, 3.55, 530],
  ['03', 46.4, 3.2, 335],
  ['04', 44.1, 6.25, 165],
  ['05', 44.65, 6.25, 140],
  ['06', 43.95, 7.15, 1090],
  ['07', 44.75, 4.45, 330],
  ['08', 49.6, 4.65, 270],
  ['09', 42.95, 1.5, 155],
  ['10', 48.3, 4.15, 310],
  ['11', 43.1, 2.4, 375],
  ['12', 44.3, 2.65, 280],
  ['13', 43.55, 5.05, 2040],
  ['14', 49.1, -0.35, 695],
  ['15', 45.05, 2.65, 145],
  ['16', 45.7, 0.2, 350],
  ['17', 45.8, -0.7, 655],
  ['18', 47.05, 2.5, 300],
  ['19', 45.35, 1.9, 240],
  ['2A', 41.85, 8.95, 160],
  ['2B', 42.4, 9.2, 180],
  ['21', 47.4, 4.75, 535],
  ['22', 48.45, -2.85, 600],
  ['23', 46.1, 2.0, 115],
  ['24', 45.1, 0.75, 415],
  ['25', 47.15, 6.35, 545],
  ['26', 44.7, 5.15, 520],
  ['27', 49.1, 1.0, 600],
  ['28', 48.3, 1.35, 430],
  ['29', 48.25, -4.05, 920],
  ['30', 43.95, 4.2, 750],
  ['31', 43.35, 1.2, 1420],
  ['32', 43.7, 0.45, 190],
  ['33', 44.85, -0.6, 1650],
  ['34', 43.6, 3.4, 1200],
  ['35', 48.15, -1.65, 1100],
  ['36', 46.8, 1.6, 215],
  ['37', 47.25, 0.7, 610],
  ['38', 45.25, 5.55, 1280],
  ['39', 46.75, 5.7, 260],
  ['40', 43.95, -0.75, 420],
  ['41', 47.6, 1.4, 330],
  ['42', 45.7, 4.15, 765],
  ['43', 45.1, 3.8, 230],
  ['44', 47.35, -1.7, 1450],
  ['45', 47.9, 2.35, 685],
  ['46', 44.6, 1.6, 175],
  ['47', 44.35, 0.45, 330],
  ['48', 44.5, 3.5, 77],
  ['49', 47.4, -0.55, 820],
  ['50', 49.1, -1.3, 495],
  ['51', 49.0, 4.2, 565],
  ['52', 48.1, 5.2, 170],
  ['53', 48.15, -0.65, 307],
  ['54', 48.8, 6.15, 730],
  ['55', 49.0, 5.4, 183],
  ['56', 47.85, -2.85, 760],
  ['57', 49.05, 6.65, 1045],
  ['58', 47.1, 3.5, 200],
  ['59', 50.45, 3.25, 2610],
  ['60', 49.4, 2.45, 830],
  ['61', 48.6, 0.1, 280],
  ['62', 50.5, 2.3, 1465],
  ['63', 45.7, 3.15, 665],
  ['64', 43.25, -0.75, 690],
  ['65', 43.05, 0.15, 230],
  ['66', 42.6, 2.5, 480],
  ['67', 48.65, 7.55, 1150],
  ['68', 47.85, 7.25, 770],
  ['69', 45.85, 4.65, 1880],
  ['70', 47.65, 6.1, 235],
  ['71', 46.65, 4.55, 550],
  ['72', 48.0, 0.2, 565],
  ['73', 45.5, 6.4, 440],
  ['74', 46.05, 6.4, 840],
  ['75', 48.857, 2.35, 2130],
  ['76', 49.65, 1.0, 1255],
  ['77', 48.6, 2.95, 1430],
  ['78', 48.8, 1.85, 1450],
  ['79', 46.55, -0.3, 375],
  ['80', 49.95, 2.3, 570],
  ['81', 43.8, 2.15, 390],
  ['82', 44.05, 1.3, 265],
  ['83', 43.45, 6.2, 1090],
  ['84', 44.0, 5.15, 560],
  ['85', 46.65, -1.3, 690],
  ['86', 46.55, 0.45, 440],
  ['87', 45.9, 1.25, 370],
  ['88', 48.2, 6.4, 360],
  ['89', 47.85, 3.55, 335],
  ['90', 47.65, 6.9, 140],
  ['91', 48.5, 2.25, 1310],
  ['92', 48.85, 2.25, 1630],
  ['93', 48.9, 2.48, 1660],
  ['94', 48.78, 2.47, 1410],
  ['95', 49.08, 2.15, 1250],
];

/** Networks of the seeds, with their share of demands, base urgency and kind preferences. */
const NETWORKS = [
  { id: 'ASE', share: 0.3, base: 7, kinds: [0.45, 0.1, 0.25, 0.15, 0.05] },
  { id: 'FAS', share: 0.25, base: 5, kinds: [0.35, 0.15, 0.2, 0.25, 0.05] },
  { id: 'Collectif Mentorat', share: 0.1, base: 6, kinds: [0.8, 0.05, 0.1, 0.05, 0] },
  { id: 'E2C', share: 0.1, base: 5, kinds: [0.6, 0.25, 0.05, 0.05, 0.05] },
  { id: 'Croix-Rouge', share: 0.13, base: 4, kinds: [0.25, 0.1, 0.25, 0.3, 0.1] },
  { id: 'Secours Populaire', share: 0.12, base: 4, kinds: [0.3, 0.15, 0.25, 0.25, 0.05] },
] as const;
const KINDS = ['laptop', 'desktop', 'tablet', 'smartphone', 'router'] as const;
const KIND_SHARE = [0.45, 0.15, 0.2, 0.15, 0.05];
const TIER_SHARE = [0.3, 0.45, 0.25];
/** Caps as a share of the total stock (Connexion d'Urgence: 1,100 of ~12,400 to the mentors). */
const CAP_SHARE: Record<string, number> = {
  ASE: 0.45,
  FAS: 0.45,
  'Collectif Mentorat': 0.089,
  E2C: 0.06,
};
/** Share of each line's stock earmarked by funders for a network. */
const EARMARKS = [
  { network: 'ASE', share: 0.15 },
  { network: 'FAS', share: 0.05 },
  { network: 'Collectif Mentorat', share: 0.05 },
];

/** Size of a generated instance. */
export interface TInstanceSize {
  demands: number;
  /** Devices in stock, over all supply lines (default 100,000). */
  devices?: number;
  seed?: number;
}

/**
 * A national allocation problem, deterministic for a seed: 10 warehouses, ~300 supply lines
 * (kinds × tiers × earmarks) holding `devices` units, and `demands` demands placed around the
 * centroids of the 96 metropolitan départements in proportion to population, with network
 * caps, earmarks, substitutes and weights 1–10 biased towards urgent networks.
 */
export function generateInstance(size: TInstanceSize): TAllocationProblem {
  const rand = seededRandom(size.seed ?? 2020);
  const devices = size.devices ?? 100_000;
  const pickIndex = (shares: readonly number[]) => {
    const total = shares.reduce((a, b) => a + b, 0);
    let x = rand() * total;
    for (let i = 0; i < shares.length; i++) if ((x -= shares[i]!) < 0) return i;
    return shares.length - 1;
  };

  const supply: TAllocationProblem['supply'] = [];
  for (const w of WAREHOUSES) {
    KINDS.forEach((kind, k) => {
      TIER_SHARE.forEach((tierShare, t) => {
        // ±30 % noise so that warehouses differ; then carve earmarked lines out of the stock.
        const units = Math.round(
          devices * w.share * KIND_SHARE[k]! * tierShare * (0.7 + 0.6 * rand()),
        );
        let free = units;
        for (const e of EARMARKS) {
          if (rand() < 0.6) {
            const q = Math.round(units * e.share * 2 * rand());
            free -= q;
            supply.push({
              id: `${w.id}-${kind}-T${t + 1}-${e.network}`,
              warehouse: w.id,
              kind,
              tier: t + 1,
              earmark: e.network,
              quantity: q,
            });
          }
        }
        supply.push({
          id: `${w.id}-${kind}-T${t + 1}`,
          warehouse: w.id,
          kind,
          tier: t + 1,
          earmark: null,
          quantity: Math.max(0, free),
        });
      });
    });
  }

  const population = DEPARTEMENTS.map((d) => d[3]);
  const demands: TAllocationProblem['demands'] = [];
  for (let j = 0; j < size.demands; j++) {
    const [code, lat, lon] = DEPARTEMENTS[pickIndex(population)]!;
    const network = NETWORKS[pickIndex(NETWORKS.map((n) => n.share))]!;
    // Quantity: most structures ask for a handful, a few for dozens (mean ≈ 6).
    const quantity = Math.min(60, 1 + Math.floor(-Math.log(1 - rand()) * 5));
    const urgency = Math.round((rand() + rand() + rand() - 1.5) * 4);
    demands.push({
      id: `D${String(j + 1).padStart(6, '0')}-${code}`,
      network: network.id,
      lat: Math.round((lat + (rand() - 0.5) * 0.5) * 1e4) / 1e4,
      lon: Math.round((lon + (rand() - 0.5) * 0.7) * 1e4) / 1e4,
      kind: KINDS[pickIndex(network.kinds)]!,
      minTier: 1 + pickIndex([0.5, 0.35, 0.15]),
      quantity,
      weight: Math.max(1, Math.min(10, network.base + urgency)),
    });
  }
  const total = supply.reduce((s, l) => s + l.quantity, 0);
  const networkCaps = Object.fromEntries(
    Object.entries(CAP_SHARE).map(([n, share]) => [n, Math.round(total * share)]),
  );
  return {
    warehouses: WAREHOUSES.map(({ id, lat, lon }) => ({ id, lat, lon })),
    supply,
    demands,
    substitutes: { tablet: ['laptop'], desktop: ['laptop'], smartphone: ['tablet'] },
    networkCaps,
  };
}
