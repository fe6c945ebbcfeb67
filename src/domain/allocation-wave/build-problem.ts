import { MAX_WEIGHT, type TAllocationProblem } from '../allocation';
import { departementCentroid } from '../geo/departement-centroids';
import type {
  TStockGroup,
  TWaveContext,
  TWaveDemandLine,
  TWaveDemandMeta,
  TWaveLocation,
  TWaveOptions,
  TWaveSnapshot,
} from './types';

/** Geographic centre of metropolitan France, for a place with no département. */
const FRANCE_CENTRE = { lat: 46.6, lon: 2.4 };

/** The stable key of a stock group, used by snapshots. */
export function stockKey(
  g: Pick<TStockGroup, 'locationId' | 'kind' | 'tier' | 'earmarkNetworkId'>,
) {
  return `${g.locationId}|${g.kind}|${g.tier}|${g.earmarkNetworkId ?? ''}`;
}

/** "D000042-1": request number and 1-based line position. */
export function demandId(line: Pick<TWaveDemandLine, 'requestNumber' | 'position'>) {
  return `D${String(line.requestNumber).padStart(6, '0')}-${line.position + 1}`;
}

/** Whether a line passes the wave's filters (campaign is filtered by the caller). */
export function lineSelected(line: TWaveDemandLine, options: TWaveOptions): boolean {
  const s = options.selection;
  if (s.networkIds.length && !(line.networkId && s.networkIds.includes(line.networkId))) {
    return false;
  }
  if (s.departementCodes.length && !s.departementCodes.includes(line.departementCode)) return false;
  if (s.urgencies.length && !s.urgencies.includes(line.urgency)) return false;
  if (s.kinds.length && !(s.kinds as string[]).includes(line.kind)) return false;
  return line.quantity > 0;
}

/** Whether a stock group passes the wave's filters. */
export function stockSelected(group: TStockGroup, options: TWaveOptions): boolean {
  const s = options.selection;
  if (s.locationIds.length && !s.locationIds.includes(group.locationId)) return false;
  if (s.kinds.length && !(s.kinds as string[]).includes(group.kind)) return false;
  if (s.tiers.length && !s.tiers.includes(group.tier)) return false;
  return group.count > 0;
}

function place(loc: { lat: number | null; lon: number | null; departementCode: string | null }) {
  if (loc.lat != null && loc.lon != null) return { lat: loc.lat, lon: loc.lon, approximate: false };
  const c = loc.departementCode ? departementCentroid(loc.departementCode) : undefined;
  return { ...(c ?? FRANCE_CENTRE), approximate: true };
}

/** Short, unique, readable warehouse ids ("W-WH1"), from location codes when they are unique. */
function warehouseIds(locations: readonly TWaveLocation[]): Map<string, string> {
  const codes = new Map<string, number>();
  for (const l of locations) if (l.code) codes.set(l.code, (codes.get(l.code) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const l of locations) {
    const base = l.code && codes.get(l.code) === 1 ? l.code : l.id.slice(0, 8);
    ids.set(l.id, `W-${base}`);
  }
  return ids;
}

/**
 * Turns the selected lines and ready stock into the engine's problem (the CLI format), with the
 * context that names every id and the snapshot a confirm checks. Pinned lines get the maximum
 * weight (1000), above any unpinned line (999 at most), so each of their units goes first;
 * excluded lines stay out. Hypothetical stock gets supply lines `H1…` and never enters the
 * snapshot (a what-if wave cannot be confirmed).
 */
export function buildWaveProblem(input: {
  lines: readonly TWaveDemandLine[];
  stock: readonly TStockGroup[];
  locations: readonly TWaveLocation[];
  options: TWaveOptions;
}): { problem: TAllocationProblem; context: TWaveContext; snapshot: TWaveSnapshot } {
  const { options } = input;
  const pins = new Set(options.pins);
  const excludes = new Set(options.excludes);
  const context: TWaveContext = {
    demands: {},
    excluded: [],
    supply: {},
    warehouses: {},
    networks: {},
  };
  const snapshot: TWaveSnapshot = { supply: {}, demand: {} };
  const problem: TAllocationProblem = { warehouses: [], supply: [], demands: [] };

  for (const line of input.lines) {
    if (!lineSelected(line, options)) continue;
    const { lat, lon, ...rest } = line;
    const meta: TWaveDemandMeta = { ...rest, pinned: pins.has(line.lineId) };
    if (line.networkId && line.networkName) context.networks[line.networkId] = line.networkName;
    if (excludes.has(line.lineId)) {
      context.excluded.push({ ...meta, pinned: false });
      continue;
    }
    const id = demandId(line);
    context.demands[id] = meta;
    snapshot.demand[line.lineId] = line.quantity;
    problem.demands.push({
      id,
      network: line.networkId ?? 'none',
      lat,
      lon,
      kind: line.kind,
      minTier: line.minTier,
      quantity: line.quantity,
      // Weights of unpinned lines stop below the maximum (a line stored before 999 was the
      // policy's ceiling included), so a pin is never tied.
      weight: meta.pinned ? MAX_WEIGHT : Math.min(line.weight, MAX_WEIGHT - 1),
    });
  }

  const byId = new Map(input.locations.map((l) => [l.id, l]));
  const wIds = warehouseIds(input.locations);
  const addWarehouse = (
    id: string,
    meta: Omit<TWaveContext['warehouses'][string], 'approximateLocation'>,
    at: ReturnType<typeof place>,
  ) => {
    if (context.warehouses[id]) return;
    context.warehouses[id] = { ...meta, approximateLocation: at.approximate };
    problem.warehouses.push({ id, lat: at.lat, lon: at.lon });
  };
  const earmarkIndex = new Map<string, number>();
  const supplyId = (
    prefix: string,
    w: string,
    kind: string,
    tier: number,
    earmark: string | null,
  ) => {
    let id = `${prefix}${w.slice(2)}-${kind}-T${tier}`;
    if (earmark) {
      if (!earmarkIndex.has(earmark)) earmarkIndex.set(earmark, earmarkIndex.size + 1);
      id += `-E${earmarkIndex.get(earmark)}`;
    }
    return id;
  };

  const stock = [...input.stock]
    .filter((g) => stockSelected(g, options) && byId.has(g.locationId))
    .sort((a, b) => stockKey(a).localeCompare(stockKey(b)));
  for (const g of stock) {
    const loc = byId.get(g.locationId)!;
    const w = wIds.get(loc.id)!;
    addWarehouse(
      w,
      {
        locationId: loc.id,
        name: loc.name,
        departementCode: loc.departementCode,
        hypothetical: false,
      },
      place(loc),
    );
    const id = supplyId('S-', w, g.kind, g.tier, g.earmarkNetworkId);
    context.supply[id] = {
      warehouse: w,
      kind: g.kind,
      tier: g.tier,
      earmarkNetworkId: g.earmarkNetworkId,
      hypothetical: false,
    };
    snapshot.supply[stockKey(g)] = g.count;
    problem.supply.push({
      id,
      warehouse: w,
      kind: g.kind,
      tier: g.tier,
      earmark: g.earmarkNetworkId,
      quantity: g.count,
    });
  }

  options.hypothetical.forEach((h, i) => {
    const loc = h.locationId ? byId.get(h.locationId) : undefined;
    let w: string;
    if (loc) {
      w = wIds.get(loc.id)!;
      addWarehouse(
        w,
        {
          locationId: loc.id,
          name: loc.name,
          departementCode: loc.departementCode,
          hypothetical: false,
        },
        place(loc),
      );
    } else {
      const dep = h.departementCode ?? '';
      w = `W-HYP-${dep}`;
      addWarehouse(
        w,
        { locationId: null, name: dep, departementCode: dep, hypothetical: true },
        place({ lat: null, lon: null, departementCode: dep }),
      );
    }
    const id = `H${i + 1}-${h.kind}-T${h.tier}`;
    context.supply[id] = {
      warehouse: w,
      kind: h.kind,
      tier: h.tier,
      earmarkNetworkId: null,
      hypothetical: true,
    };
    problem.supply.push({
      id,
      warehouse: w,
      kind: h.kind,
      tier: h.tier,
      earmark: null,
      quantity: h.quantity,
    });
  });

  const substitutes = Object.fromEntries(
    Object.entries(options.substitutes).filter(([, v]) => v && v.length),
  ) as Record<string, string[]>;
  if (Object.keys(substitutes).length) problem.substitutes = substitutes;
  const caps = Object.entries(options.networkCaps);
  if (caps.length) problem.networkCaps = Object.fromEntries(caps);
  return { problem, context, snapshot };
}
