import type { TDeviceKind, TDeviceState } from '../../shared/inventory';

/**
 * Packing by scan: does the scanned device fit one of the shipment's unpacked reservations?
 * Pure: the service loads the device and the units, this module decides.
 */

/** What packing needs to know of a device. */
export interface TScanDevice {
  id: string;
  assetTag: string;
  kind: TDeviceKind;
  tier: number;
  earmarkNetworkId: string | null;
  state: TDeviceState;
  locationId: string | null;
}

/** An unpacked unit of the shipment and the device reserved for it. */
export interface TScanUnit {
  unitId: string;
  reserved: TScanDevice;
}

/** Why a scanned unit is refused. */
export type TScanRefusal =
  | 'shipment_complete'
  | 'wrong_kind'
  | 'wrong_tier'
  | 'wrong_earmark'
  | 'wrong_warehouse'
  | 'not_available';

export type TScanDecision =
  | { ok: true; unitId: string; substitution: boolean }
  | { ok: false; reason: TScanRefusal; message: string; expected?: string[] };

/** The stock key of a reservation, as printed in refusals: "laptop tier 2 (earmarked)". */
function describe(d: TScanDevice): string {
  return `${d.kind} tier ${d.tier}${d.earmarkNetworkId ? ' (earmarked)' : ''}`;
}

/**
 * Matches a scanned device against the unpacked units (already-packed scans are handled by
 * the caller, which makes re-scanning idempotent). The device reserved for a unit packs it;
 * another ready device of the same kind, tier and earmark at the shipment's warehouse
 * substitutes for the first unit it fits. Otherwise the refusal names the first difference.
 */
export function matchScan(
  device: TScanDevice,
  units: readonly TScanUnit[],
  warehouseLocationId: string,
): TScanDecision {
  const own = units.find((u) => u.reserved.id === device.id);
  if (own) return { ok: true, unitId: own.unitId, substitution: false };
  if (!units.length) {
    return {
      ok: false,
      reason: 'shipment_complete',
      message: `${device.assetTag}: every unit of this shipment is already packed.`,
    };
  }
  const expected = [...new Set(units.map((u) => describe(u.reserved)))];
  const sameKind = units.filter((u) => u.reserved.kind === device.kind);
  if (!sameKind.length) {
    return {
      ok: false,
      reason: 'wrong_kind',
      message: `${device.assetTag} is a ${device.kind}; this shipment still expects: ${expected.join(', ')}.`,
      expected,
    };
  }
  const sameTier = sameKind.filter((u) => u.reserved.tier === device.tier);
  if (!sameTier.length) {
    return {
      ok: false,
      reason: 'wrong_tier',
      message: `${device.assetTag} is ${describe(device)}; this shipment still expects: ${expected.join(', ')}.`,
      expected,
    };
  }
  const sameEarmark = sameTier.filter(
    (u) => u.reserved.earmarkNetworkId === device.earmarkNetworkId,
  );
  if (!sameEarmark.length) {
    return {
      ok: false,
      reason: 'wrong_earmark',
      message: device.earmarkNetworkId
        ? `${device.assetTag} is earmarked for another network than the units expected.`
        : `${device.assetTag} is not earmarked; the units expected are earmarked for a network.`,
      expected,
    };
  }
  if (device.locationId !== warehouseLocationId) {
    return {
      ok: false,
      reason: 'wrong_warehouse',
      message: `${device.assetTag} is not stocked at this shipment's warehouse.`,
    };
  }
  if (device.state !== 'ready') {
    return {
      ok: false,
      reason: 'not_available',
      message:
        device.state === 'reserved'
          ? `${device.assetTag} is reserved for another request; scan the unit on the pick list or a free equivalent.`
          : `${device.assetTag} is "${device.state}", not ready to ship.`,
    };
  }
  return { ok: true, unitId: sameEarmark[0]!.unitId, substitution: true };
}
