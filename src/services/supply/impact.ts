import { co2eAvoidedGrams, CO2E_SOURCE } from '../../domain/impact/co2';
import {
  outcomeOf,
  summariseOutcomes,
  type TLotOutcomeSummary,
} from '../../domain/supply/lot-outcome';
import type { TDeviceKind, TDeviceState } from '../../shared/inventory';

/**
 * The impact of a set of devices (a lot, a grant's purchases), computed from their current
 * states only: devices handed over are those in state `handed_over`, and until the logistics
 * issue records handovers (which beneficiary, which structure) each handover counts one
 * person and the breakdowns by département and network stay empty. Nothing is estimated.
 */
export interface TImpact {
  devices: number;
  outcome: TLotOutcomeSummary;
  byKind: { kind: TDeviceKind; devices: number; refurbished: number; handedOver: number }[];
  devicesHandedOver: number;
  peopleReached: number;
  departements: { code: string; people: number }[];
  networks: { id: string; name: string; people: number }[];
  co2eAvoidedGrams: number;
  co2eSource: string;
}

/** Impact from device counts per kind and state. */
export function impactOf(
  rows: readonly { kind: TDeviceKind; state: TDeviceState; count: number }[],
): TImpact {
  const byState: Partial<Record<TDeviceState, number>> = {};
  const kinds = new Map<
    TDeviceKind,
    { kind: TDeviceKind; devices: number; refurbished: number; handedOver: number }
  >();
  for (const r of rows) {
    byState[r.state] = (byState[r.state] ?? 0) + r.count;
    const k = kinds.get(r.kind) ?? { kind: r.kind, devices: 0, refurbished: 0, handedOver: 0 };
    k.devices += r.count;
    if (outcomeOf(r.state) === 'refurbished') k.refurbished += r.count;
    if (r.state === 'handed_over') k.handedOver += r.count;
    kinds.set(r.kind, k);
  }
  const outcome = summariseOutcomes(byState);
  const byKind = [...kinds.values()].sort((a, b) => b.devices - a.devices);
  return {
    devices: outcome.total,
    outcome,
    byKind,
    devicesHandedOver: outcome.handedOver,
    peopleReached: outcome.handedOver,
    departements: [],
    networks: [],
    co2eAvoidedGrams: co2eAvoidedGrams(
      Object.fromEntries(byKind.map((k) => [k.kind, k.handedOver])),
    ),
    co2eSource: CO2E_SOURCE,
  };
}
