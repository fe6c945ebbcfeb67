import {
  haversineKm,
  type TAllocationPlan,
  type TAllocationProblem,
  type TUnmet,
} from '../allocation';
import type { TWaveContext, TWaveDemandMeta } from './types';

/** Where a line's units come from. */
export interface TLineSource {
  supply: string;
  warehouse: string;
  warehouseName: string;
  kind: string;
  tier: number;
  hypothetical: boolean;
  quantity: number;
  distanceKm: number;
}

/** One line of the proposal. */
export interface TWaveLineView extends TWaveDemandMeta {
  demand: string;
  /** The weight the engine used (the maximum when pinned). */
  usedWeight: number;
  served: number;
  sources: TLineSource[];
  unmet: Omit<TUnmet, 'demand'>[];
}

/** Demanded and served units of a group, and its fill rate (served / demanded, 0..1). */
export interface TFill {
  demanded: number;
  served: number;
  fillRate: number;
}

export interface TStructureView extends TFill {
  structureId: string;
  structureName: string;
  networkName: string | null;
  departementCode: string;
  /** Every line of the structure is pinned. */
  pinned: boolean;
  lines: TWaveLineView[];
}

export interface TNetworkView extends TFill {
  networkId: string | null;
  networkName: string | null;
  cap: number | null;
}

export interface TDepartementView extends TFill {
  departementCode: string;
}

export interface TWarehouseView {
  warehouse: string;
  name: string;
  locationId: string | null;
  departementCode: string | null;
  hypothetical: boolean;
  available: number;
  used: number;
  /** Units sent, by kind. */
  usedByKind: Record<string, number>;
  distanceKm: number;
}

/** Spread of fill rates across groups that asked for something. */
export interface TFairness {
  groups: number;
  min: number;
  max: number;
  mean: number;
  /** max − min, in fill-rate points (0..1). */
  spread: number;
  /** Population standard deviation of the fill rates. */
  stdDev: number;
}

export interface TWaveSummary {
  totals: TFill & {
    lines: number;
    fullyServedLines: number;
    unmetUnits: number;
    weightedUnits: number;
    distanceKm: number;
    supplyUnits: number;
    hypotheticalUnitsUsed: number;
  };
  structures: TStructureView[];
  networks: TNetworkView[];
  departements: TDepartementView[];
  warehouses: TWarehouseView[];
  fairness: { network: TFairness; departement: TFairness };
}

const fill = (demanded: number, served: number): TFill => ({
  demanded,
  served,
  fillRate: demanded > 0 ? served / demanded : 1,
});

/** Min, max, mean, spread and standard deviation of the groups' fill rates. */
export function fairnessOf(groups: readonly TFill[]): TFairness {
  const rates = groups.filter((g) => g.demanded > 0).map((g) => g.fillRate);
  if (!rates.length) return { groups: 0, min: 1, max: 1, mean: 1, spread: 0, stdDev: 0 };
  const min = Math.min(...rates);
  const max = Math.max(...rates);
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  const variance = rates.reduce((a, r) => a + (r - mean) ** 2, 0) / rates.length;
  return { groups: rates.length, min, max, mean, spread: max - min, stdDev: Math.sqrt(variance) };
}

const round1 = (km: number) => Math.round(km * 10) / 10;

/**
 * The proposal of a wave, as the coordinator reads it: every line with its sources and the
 * reasons of its unmet units, grouped by structure, network, département and warehouse, with
 * fill rates and the fairness of the result. Pure; computed from the stored problem and plan.
 */
export function summariseWave(
  problem: TAllocationProblem,
  plan: TAllocationPlan,
  context: TWaveContext,
): TWaveSummary {
  const warehouses = new Map(problem.warehouses.map((w) => [w.id, w]));
  const supplies = new Map(problem.supply.map((s) => [s.id, s]));
  const lines = new Map<string, TWaveLineView>();
  for (const d of problem.demands) {
    const meta = context.demands[d.id]!;
    lines.set(d.id, {
      ...meta,
      demand: d.id,
      usedWeight: d.weight,
      served: 0,
      sources: [],
      unmet: [],
    });
  }
  const usedBySupply = new Map<string, number>();
  const whViews = new Map<string, TWarehouseView>();
  for (const w of problem.warehouses) {
    const meta = context.warehouses[w.id]!;
    whViews.set(w.id, {
      warehouse: w.id,
      name: meta.name,
      locationId: meta.locationId,
      departementCode: meta.departementCode,
      hypothetical: meta.hypothetical,
      available: 0,
      used: 0,
      usedByKind: {},
      distanceKm: 0,
    });
  }
  for (const s of problem.supply) whViews.get(s.warehouse)!.available += s.quantity;

  const demandById = new Map(problem.demands.map((d) => [d.id, d]));
  let hypotheticalUnitsUsed = 0;
  for (const a of plan.assignments) {
    const line = lines.get(a.demand)!;
    const s = supplies.get(a.supply)!;
    const d = demandById.get(a.demand)!;
    const w = warehouses.get(s.warehouse)!;
    const km = haversineKm(w.lat, w.lon, d.lat, d.lon);
    const meta = context.supply[s.id]!;
    line.served += a.quantity;
    line.sources.push({
      supply: s.id,
      warehouse: s.warehouse,
      warehouseName: context.warehouses[s.warehouse]!.name,
      kind: s.kind,
      tier: s.tier,
      hypothetical: meta.hypothetical,
      quantity: a.quantity,
      distanceKm: round1(km),
    });
    usedBySupply.set(s.id, (usedBySupply.get(s.id) ?? 0) + a.quantity);
    const wv = whViews.get(s.warehouse)!;
    wv.used += a.quantity;
    wv.usedByKind[s.kind] = (wv.usedByKind[s.kind] ?? 0) + a.quantity;
    wv.distanceKm += km * a.quantity;
    if (meta.hypothetical) hypotheticalUnitsUsed += a.quantity;
  }
  for (const u of plan.unmet) {
    const { demand, ...rest } = u;
    lines.get(demand)?.unmet.push(rest);
  }

  const structures = new Map<string, TStructureView>();
  const networks = new Map<string, TNetworkView>();
  const departements = new Map<string, TDepartementView>();
  let demanded = 0;
  let served = 0;
  let fullyServed = 0;
  for (const line of lines.values()) {
    demanded += line.quantity;
    served += line.served;
    if (line.served >= line.quantity) fullyServed++;
    const sv =
      structures.get(line.structureId) ??
      ({
        structureId: line.structureId,
        structureName: line.structureName,
        networkName: line.networkName,
        departementCode: line.departementCode,
        pinned: true,
        lines: [],
        ...fill(0, 0),
      } satisfies TStructureView);
    sv.lines.push(line);
    sv.pinned &&= line.pinned;
    Object.assign(sv, fill(sv.demanded + line.quantity, sv.served + line.served));
    structures.set(line.structureId, sv);

    const nKey = line.networkId ?? '';
    const nv =
      networks.get(nKey) ??
      ({
        networkId: line.networkId,
        networkName: line.networkName,
        cap: line.networkId ? (problem.networkCaps?.[line.networkId] ?? null) : null,
        ...fill(0, 0),
      } satisfies TNetworkView);
    Object.assign(nv, fill(nv.demanded + line.quantity, nv.served + line.served));
    networks.set(nKey, nv);

    const dv = departements.get(line.departementCode) ?? {
      departementCode: line.departementCode,
      ...fill(0, 0),
    };
    Object.assign(dv, fill(dv.demanded + line.quantity, dv.served + line.served));
    departements.set(line.departementCode, dv);
  }
  const networkList = [...networks.values()].sort((a, b) =>
    (a.networkName ?? '').localeCompare(b.networkName ?? ''),
  );
  const departementList = [...departements.values()].sort((a, b) =>
    a.departementCode.localeCompare(b.departementCode),
  );
  return {
    totals: {
      ...fill(demanded, served),
      lines: lines.size,
      fullyServedLines: fullyServed,
      unmetUnits: demanded - served,
      weightedUnits: plan.objective.weightedUnits,
      distanceKm: plan.objective.distanceKm,
      supplyUnits: problem.supply.reduce((a, s) => a + s.quantity, 0),
      hypotheticalUnitsUsed,
    },
    structures: [...structures.values()].sort(
      (a, b) => a.fillRate - b.fillRate || a.structureName.localeCompare(b.structureName),
    ),
    networks: networkList,
    departements: departementList,
    warehouses: [...whViews.values()].map((w) => ({ ...w, distanceKm: round1(w.distanceKm) })),
    fairness: { network: fairnessOf(networkList), departement: fairnessOf(departementList) },
  };
}
