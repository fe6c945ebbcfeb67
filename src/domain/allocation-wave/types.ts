import type { TWaveRun } from '../../shared/schemas/allocation';
import type { TUrgency } from '../../shared/needs-enums';

/** What a wave was run with: selection, pins, exclusions, caps, substitutes, what-if stock. */
export type TWaveOptions = TWaveRun;

/** An approved line with what remains to allocate, where it goes and who asked. */
export interface TWaveDemandLine {
  lineId: string;
  requestId: string;
  requestNumber: number;
  /** 0-based position in its request. */
  position: number;
  structureId: string;
  structureName: string;
  networkId: string | null;
  networkName: string | null;
  departementCode: string;
  lat: number;
  lon: number;
  approximateLocation: boolean;
  urgency: TUrgency;
  kind: string;
  minTier: number;
  /** Approved units not yet allocated. */
  quantity: number;
  /** The policy's weight, before override. */
  computedWeight: number;
  /** The weight used: the override when a coordinator set one. */
  weight: number;
}

/** Ready devices of one stock key (location, kind, tier, earmark). */
export interface TStockGroup {
  locationId: string;
  kind: string;
  tier: number;
  earmarkNetworkId: string | null;
  count: number;
}

/** A place stock may sit, with what the engine needs to measure distances. */
export interface TWaveLocation {
  id: string;
  code: string | null;
  name: string;
  departementCode: string | null;
  lat: number | null;
  lon: number | null;
}

/** A demand of the problem, with the line behind it. */
export interface TWaveDemandMeta extends Omit<TWaveDemandLine, 'lat' | 'lon'> {
  pinned: boolean;
}

/** A supply line of the problem. */
export interface TWaveSupplyMeta {
  warehouse: string;
  kind: string;
  tier: number;
  earmarkNetworkId: string | null;
  /** Stock that does not exist (what-if). */
  hypothetical: boolean;
}

/** A warehouse of the problem. */
export interface TWaveWarehouseMeta {
  /** The location, or null for a hypothetical place in a département. */
  locationId: string | null;
  name: string;
  departementCode: string | null;
  hypothetical: boolean;
  /** True when placed at its département's (or France's) centre for want of coordinates. */
  approximateLocation: boolean;
}

/** The names and records behind the problem's ids. */
export interface TWaveContext {
  demands: Record<string, TWaveDemandMeta>;
  /** Lines the coordinator left out of this run. */
  excluded: TWaveDemandMeta[];
  supply: Record<string, TWaveSupplyMeta>;
  warehouses: Record<string, TWaveWarehouseMeta>;
  /** Network id → name (of demands and earmarks). */
  networks: Record<string, string>;
}

/** What the run saw: ready units per stock key and remaining units per line. */
export interface TWaveSnapshot {
  supply: Record<string, number>;
  demand: Record<string, number>;
}
