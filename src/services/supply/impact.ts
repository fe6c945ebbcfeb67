import { co2eAvoidedGrams, CO2E_SOURCE } from '../../domain/impact/co2';
import {
  outcomeOf,
  summariseOutcomes,
  type TLotOutcomeSummary,
} from '../../domain/supply/lot-outcome';
import type { TDeviceKind, TDeviceState } from '../../shared/inventory';
import type { THandoverReach } from '../../db/repositories/impact-repo';

/**
 * The impact of a set of devices (a lot, a grant's purchases): outcomes from their current
 * states, and the people reached from the handovers recorded by logistics (distinct
 * beneficiaries, per département and network). Nothing is estimated.
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

/** Impact from device counts per kind and state, and the handovers' reach when known. */
export function impactOf(
  rows: readonly { kind: TDeviceKind; state: TDeviceState; count: number }[],
  reach?: THandoverReach,
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
    peopleReached: reach?.people ?? 0,
    departements: reach?.departements ?? [],
    networks: reach?.networks ?? [],
    co2eAvoidedGrams: co2eAvoidedGrams(
      Object.fromEntries(byKind.map((k) => [k.kind, k.handedOver])),
    ),
    co2eSource: CO2E_SOURCE,
  };
}
