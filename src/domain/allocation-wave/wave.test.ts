import { describe, expect, it } from 'vitest';
import { allocate, MAX_WEIGHT } from '../allocation';
import { ZWaveRunInput } from '../../shared/schemas/allocation';
import { buildWaveProblem, demandId, stockKey } from './build-problem';
import { snapshotChanges } from './staleness';
import { fairnessOf, summariseWave } from './summarise';
import type { TStockGroup, TWaveDemandLine, TWaveLocation, TWaveOptions } from './types';

const line = (over: Partial<TWaveDemandLine>): TWaveDemandLine => ({
  lineId: 'l1',
  requestId: 'r1',
  requestNumber: 42,
  position: 0,
  structureId: 's1',
  structureName: 'ASE 13',
  networkId: 'n-ase',
  networkName: 'ASE',
  departementCode: '13',
  lat: 43.3,
  lon: 5.37,
  approximateLocation: false,
  urgency: 'normal',
  kind: 'laptop',
  minTier: 1,
  quantity: 4,
  computedWeight: 100,
  weight: 100,
  ...over,
});
const locations: TWaveLocation[] = [
  { id: 'loc-p', code: 'PAR', name: 'Paris', departementCode: '75', lat: 48.85, lon: 2.35 },
  { id: 'loc-l', code: 'LYO', name: 'Lyon', departementCode: '69', lat: null, lon: null },
];
const stock: TStockGroup[] = [
  { locationId: 'loc-p', kind: 'laptop', tier: 1, earmarkNetworkId: null, count: 3 },
  { locationId: 'loc-l', kind: 'laptop', tier: 2, earmarkNetworkId: 'n-fas', count: 2 },
  { locationId: 'loc-l', kind: 'tablet', tier: 1, earmarkNetworkId: null, count: 0 },
];
const lines = [
  line({}),
  line({
    lineId: 'l2',
    requestNumber: 43,
    structureId: 's2',
    structureName: 'Asso Lille',
    networkId: 'n-fas',
    networkName: 'FAS',
    departementCode: '59',
    lat: 50.63,
    lon: 3.06,
    quantity: 3,
    weight: 50,
  }),
];
/** Options as the schema's defaults make them (ids here are short, not uuids). */
const options = (extra: Partial<TWaveOptions> = {}): TWaveOptions => ({
  ...ZWaveRunInput.parse({ selection: { campaignId: '00000000-0000-4000-8000-000000000001' } }),
  ...extra,
});

describe('buildWaveProblem', () => {
  it('names demands by request and line, warehouses by code, and snapshots what it saw', () => {
    const { problem, context, snapshot } = buildWaveProblem({
      lines,
      stock,
      locations,
      options: options(),
    });
    expect(problem.demands.map((d) => d.id)).toEqual(['D000042-1', 'D000043-1']);
    expect(problem.warehouses).toEqual(
      [
        { id: 'W-LYO', lat: 45.76, lon: 4.84 },
        { id: 'W-PAR', lat: 48.85, lon: 2.35 },
      ].map((w) => expect.objectContaining({ id: w.id })),
    );
    expect(context.warehouses['W-LYO']!.approximateLocation).toBe(true);
    expect(problem.supply).toEqual([
      expect.objectContaining({ id: 'S-LYO-laptop-T2-E1', earmark: 'n-fas', quantity: 2 }),
      expect.objectContaining({ id: 'S-PAR-laptop-T1', earmark: null, quantity: 3 }),
    ]);
    expect(snapshot).toEqual({
      supply: { 'loc-l|laptop|2|n-fas': 2, 'loc-p|laptop|1|': 3 },
      demand: { l1: 4, l2: 3 },
    });
    expect(context.demands['D000042-1']).toMatchObject({ lineId: 'l1', pinned: false });
    expect(demandId({ requestNumber: 7, position: 2 })).toBe('D000007-3');
    expect(stockKey(stock[0]!)).toBe('loc-p|laptop|1|');
  });

  it('filters lines and stock by the selection, pins to the top weight, leaves excluded lines out', () => {
    const built = buildWaveProblem({
      lines,
      stock,
      locations,
      options: options({
        selection: {
          ...options().selection,
          departementCodes: ['59', '13'],
          locationIds: ['loc-p'],
        },
        pins: ['l2'],
        excludes: ['l1'],
        networkCaps: { 'n-fas': 2 },
        substitutes: { tablet: ['laptop'], desktop: [] },
      }),
    });
    expect(built.problem.demands).toEqual([
      expect.objectContaining({ id: 'D000043-1', weight: MAX_WEIGHT }),
    ]);
    expect(built.context.excluded.map((e) => e.lineId)).toEqual(['l1']);
    expect(built.problem.supply.map((s) => s.id)).toEqual(['S-PAR-laptop-T1']);
    expect(built.problem.networkCaps).toEqual({ 'n-fas': 2 });
    expect(built.problem.substitutes).toEqual({ tablet: ['laptop'] });
  });

  it('serves a pinned line before an unpinned line at the highest weight a line may have', () => {
    // Two lines of 3 laptops each for 3 laptops in stock: the pinned one, at weight 50, wins
    // over a line stored at the old ceiling of 1000 (now 999 at most).
    const heavy = { ...lines[0]!, quantity: 3, weight: 1000, computedWeight: 1000 };
    const built = buildWaveProblem({
      lines: [heavy, lines[1]!],
      stock: stock.slice(0, 1),
      locations,
      options: options({ pins: ['l2'] }),
    });
    expect(built.problem.demands.map((d) => [d.id, d.weight])).toEqual([
      ['D000042-1', MAX_WEIGHT - 1],
      ['D000043-1', MAX_WEIGHT],
    ]);
    const result = allocate(built.problem);
    const served = (id: string) =>
      result.assignments.filter((a) => a.demand === id).reduce((n, a) => n + a.quantity, 0);
    expect(served('D000043-1')).toBe(3);
    expect(served('D000042-1')).toBe(0);
  });

  it('adds what-if stock at a département or a location, outside the snapshot', () => {
    const built = buildWaveProblem({
      lines,
      stock,
      locations,
      options: options({
        hypothetical: [
          { departementCode: '13', kind: 'laptop', tier: 1, quantity: 5000 },
          { locationId: 'loc-p', kind: 'laptop', tier: 3, quantity: 1 },
        ],
      }),
    });
    expect(built.problem.supply.slice(-2)).toEqual([
      expect.objectContaining({ id: 'H1-laptop-T1', warehouse: 'W-HYP-13', quantity: 5000 }),
      expect.objectContaining({ id: 'H2-laptop-T3', warehouse: 'W-PAR', quantity: 1 }),
    ]);
    expect(built.context.warehouses['W-HYP-13']).toMatchObject({
      hypothetical: true,
      locationId: null,
    });
    expect(Object.keys(built.snapshot.supply)).toHaveLength(2);
  });
});

describe('summariseWave', () => {
  it('reads the plan back by line, structure, network, département and warehouse', () => {
    const built = buildWaveProblem({ lines, stock, locations, options: options() });
    const plan = allocate(built.problem);
    const s = summariseWave(built.problem, plan, built.context);
    expect(s.totals).toMatchObject({ demanded: 7, served: 5, unmetUnits: 2, supplyUnits: 5 });
    const ase = s.structures.find((x) => x.structureName === 'ASE 13')!;
    expect(ase).toMatchObject({ served: 3, demanded: 4, fillRate: 0.75 });
    expect(ase.lines[0]!.sources).toEqual([
      expect.objectContaining({ warehouse: 'W-PAR', quantity: 3 }),
    ]);
    expect(ase.lines[0]!.unmet[0]).toMatchObject({ quantity: 1 });
    expect(s.structures.find((x) => x.structureName === 'Asso Lille')!.fillRate).toBeCloseTo(2 / 3);
    expect(s.networks.map((n) => [n.networkName, n.served])).toEqual([
      ['ASE', 3],
      ['FAS', 2],
    ]);
    expect(s.warehouses.find((w) => w.warehouse === 'W-LYO')).toMatchObject({
      used: 2,
      available: 2,
    });
    expect(s.fairness.network.spread).toBeCloseTo(0.75 - 2 / 3);
  });

  it('measures fairness over groups that asked for something', () => {
    expect(
      fairnessOf([
        { demanded: 10, served: 10, fillRate: 1 },
        { demanded: 10, served: 0, fillRate: 0 },
        { demanded: 0, served: 0, fillRate: 1 },
      ]),
    ).toEqual({ groups: 2, min: 0, max: 1, mean: 0.5, spread: 1, stdDev: 0.5 });
    expect(fairnessOf([])).toMatchObject({ groups: 0, spread: 0 });
  });
});

describe('snapshotChanges', () => {
  it('lists every stock key and line whose units changed, including new stock', () => {
    expect(
      snapshotChanges(
        { supply: { a: 3, b: 2 }, demand: { l1: 4 } },
        { supply: { a: 3, b: 1, c: 5 }, demand: { l1: 0 } },
      ),
    ).toEqual([
      { type: 'stock', key: 'b', before: 2, now: 1 },
      { type: 'stock', key: 'c', before: 0, now: 5 },
      { type: 'line', key: 'l1', before: 4, now: 0 },
    ]);
    expect(
      snapshotChanges({ supply: { a: 1 }, demand: {} }, { supply: { a: 1 }, demand: {} }),
    ).toEqual([]);
  });
});
