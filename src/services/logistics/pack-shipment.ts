import type { Tx } from '../../db/connect';
import { setDevicesState } from '../../db/repositories/allocation-repo';
import { findItem, findItemByCode } from '../../db/repositories/items-repo';
import {
  findAllocation,
  findDeviceByAssetTag,
  findParcelOfShipment,
  insertAccessory,
  insertAllocation,
  insertParcel,
  parcelsOfShipment,
  releaseAllocation,
  unitsOfShipment,
  updateUnit,
} from '../../db/repositories/logistics-repo';
import { assetTagFromScan } from '../../domain/device/asset-tag';
import { matchScan, type TScanDevice } from '../../domain/logistics';
import type { TDeviceRow } from '../../db/repositories/devices-repo';
import { OPEN_SHIPMENT_STATUSES, type TParcelKind } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { throwIfFieldErrors } from '../needs/scope';
import { appendDeviceEvents, appendItemEvent } from '../stock/ledger';
import { assertStatus, assertWaveLive, loadShipmentFor, shipmentReference } from './access';
import { refreshPackStatus } from './generate-shipments';

const scanDevice = (d: TDeviceRow): TScanDevice => ({
  id: d.id,
  assetTag: d.assetTag,
  kind: d.kind,
  tier: d.specTierNumber ?? 0,
  earmarkNetworkId: d.earmarkNetworkId,
  state: d.state,
  locationId: d.locationId,
});

/**
 * Packs one scanned unit, in its own transaction (a lost connection loses no earlier scan).
 * The reserved device packs its unit; an equivalent ready device at the same warehouse
 * replaces it (the first is released to stock, the substitute reserved in its place, both in
 * the ledger). Scanning a packed unit again changes nothing. A mismatch is refused with 409
 * `logistics.scan_refused` whose `reason` says why.
 */
export async function packUnit(
  ctx: ServiceContext,
  shipmentId: string,
  input: { code: string; parcelId?: string | null | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const shipment = await loadShipmentFor(ctx, tx, shipmentId, 'shipment.pack', { lock: true });
    assertStatus(shipment, OPEN_SHIPMENT_STATUSES, 'pack');
    await assertWaveLive(tx, shipment);
    const assetTag = assetTagFromScan(input.code);
    const device = assetTag ? await findDeviceByAssetTag(tx, assetTag) : undefined;
    if (!device) {
      throw new AppError(
        'logistics.scan_refused',
        `No device with the asset tag "${input.code.trim()}".`,
        { reason: 'unknown_device', code: input.code.trim() },
      );
    }
    if (input.parcelId) {
      const parcel = await findParcelOfShipment(tx, input.parcelId, shipmentId);
      if (!parcel) throwIfFieldErrors([{ path: 'parcelId', code: 'unknown_parcel' }]);
    }
    const units = await unitsOfShipment(tx, shipmentId, true);
    const done = units.find((u) => u.unit.deviceId === device.id && u.unit.packedAt);
    if (done) {
      return {
        unitId: done.unit.id,
        assetTag: device.assetTag,
        alreadyPacked: true,
        substitutedAssetTag: null,
        status: shipment.status,
        packed: units.filter((u) => u.unit.packedAt).length,
        units: units.length,
      };
    }
    const open = units.filter((u) => !u.unit.packedAt);
    const decision = matchScan(
      scanDevice(device),
      open.map((u) => ({ unitId: u.unit.id, reserved: scanDevice(u.device) })),
      shipment.warehouseLocationId,
    );
    if (!decision.ok) {
      throw new AppError('logistics.scan_refused', decision.message, {
        reason: decision.reason,
        assetTag: device.assetTag,
        expected: decision.expected ?? [],
        // The same, structured, for clients to word in their language.
        expectedUnits: decision.expected
          ? expectedUnits(open.map((u) => scanDevice(u.device)))
          : [],
      });
    }
    const unit = open.find((u) => u.unit.id === decision.unitId)!;
    let allocationId = unit.unit.allocationId;
    let substitutedAssetTag: string | null = null;
    if (decision.substitution) {
      allocationId = await substitute(ctx, tx, unit.unit, unit.device, device);
      substitutedAssetTag = unit.device.assetTag;
    }
    await updateUnit(tx, unit.unit.id, {
      deviceId: device.id,
      allocationId,
      ...(decision.substitution
        ? { substitutedDeviceId: unit.unit.substitutedDeviceId ?? unit.device.id }
        : {}),
      parcelId: input.parcelId ?? unit.unit.parcelId,
      packedAt: ctx.now(),
      packedBy: ctx.actor?.userId ?? null,
    });
    const updated = await refreshPackStatus(tx, ctx, shipment);
    await recordAudit(tx, ctx, {
      action: 'shipment.pack',
      entityType: 'shipment',
      entityId: shipment.id,
      after: { unitId: unit.unit.id, assetTag: device.assetTag, substitutedAssetTag },
    });
    const packed = units.filter((u) => u.unit.packedAt).length + 1;
    return {
      unitId: unit.unit.id,
      assetTag: device.assetTag,
      alreadyPacked: false,
      substitutedAssetTag,
      status: updated.status,
      packed,
      units: units.length,
    };
  });
}

/** Releases the reserved device to stock and reserves the substitute for the same line. */
async function substitute(
  ctx: ServiceContext,
  tx: Tx,
  unit: { id: string; allocationId: string; requestLineId: string; shipmentId: string },
  reserved: TDeviceRow,
  substitute: TDeviceRow,
) {
  const allocation = (await findAllocation(tx, unit.allocationId))!;
  const [released] = await setDevicesState(tx, [reserved.id], 'reserved', 'ready', ctx.now());
  const [taken] = await setDevicesState(tx, [substitute.id], 'ready', 'reserved', ctx.now());
  if (!released || !taken) {
    throw new AppError('conflict', 'A device changed while packing; scan again.');
  }
  await releaseAllocation(tx, allocation.id, ctx.now(), `substituted by ${substitute.assetTag}`);
  const created = await insertAllocation(tx, {
    waveId: allocation.waveId,
    requestLineId: allocation.requestLineId,
    deviceId: substitute.id,
    reservedAt: ctx.now(),
  });
  const evidence = { event: 'substitution', shipmentId: unit.shipmentId, unitId: unit.id };
  await appendDeviceEvents(tx, ctx, [
    {
      type: 'release',
      previous: reserved,
      device: released,
      reason: `replaced by ${substitute.assetTag} when packing`,
      linkedType: 'shipment',
      linkedId: unit.shipmentId,
      evidence,
    },
    {
      type: 'reserve',
      previous: substitute,
      device: taken,
      reason: `replaces ${reserved.assetTag} when packing`,
      linkedType: 'request_line',
      linkedId: unit.requestLineId,
      evidence,
    },
  ]);
  return created.id;
}

/** Adds a pallet, or a box (inside a pallet when `parentId` is given). */
export async function addParcel(
  ctx: ServiceContext,
  shipmentId: string,
  input: {
    kind: TParcelKind;
    parentId?: string | null | undefined;
    label?: string | null | undefined;
    weightGrams?: number | null | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const shipment = await loadShipmentFor(ctx, tx, shipmentId, 'shipment.pack', { lock: true });
    assertStatus(shipment, OPEN_SHIPMENT_STATUSES, 'add a parcel to');
    const parcels = await parcelsOfShipment(tx, shipmentId);
    if (input.parentId) {
      const parent = parcels.find((p) => p.id === input.parentId);
      throwIfFieldErrors(
        !parent
          ? [{ path: 'parentId', code: 'unknown_parcel' }]
          : parent.kind !== 'pallet' || input.kind !== 'box'
            ? [{ path: 'parentId', code: 'boxes_in_pallets_only' }]
            : [],
      );
    }
    const n = parcels.filter((p) => p.kind === input.kind).length + 1;
    const parcel = await insertParcel(tx, {
      shipmentId,
      parentId: input.parentId ?? null,
      kind: input.kind,
      label: input.label?.trim() || `${input.kind === 'pallet' ? 'Palette' : 'Colis'} ${n}`,
      weightGrams: input.weightGrams ?? null,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'shipment.parcel',
      entityType: 'shipment',
      entityId: shipmentId,
      after: { parcelId: parcel.id, kind: parcel.kind, weightGrams: parcel.weightGrams },
    });
    return parcel;
  });
}

/** Packs accessories (chargers, SIMs): they leave the warehouse's stock through the ledger. */
export async function addAccessory(
  ctx: ServiceContext,
  shipmentId: string,
  input: { itemId?: string | undefined; itemCode?: string | undefined; quantity: number },
) {
  return ctx.db.transaction(async (tx) => {
    const shipment = await loadShipmentFor(ctx, tx, shipmentId, 'shipment.pack', { lock: true });
    assertStatus(shipment, OPEN_SHIPMENT_STATUSES, 'add accessories to');
    const item = input.itemId
      ? await findItem(tx, input.itemId)
      : input.itemCode
        ? await findItemByCode(tx, input.itemCode.trim().toUpperCase())
        : undefined;
    if (!item) throwIfFieldErrors([{ path: 'itemId', code: 'unknown_item' }]);
    const eventId = await appendItemEvent(tx, ctx, {
      type: 'ship',
      itemId: item!.id,
      quantity: input.quantity,
      fromLocationId: shipment.warehouseLocationId,
      toLocationId: null,
      reason: `packed in ${shipmentReference(shipment.number)}`,
      linkedType: 'shipment',
      linkedId: shipment.id,
    });
    const row = await insertAccessory(tx, {
      shipmentId,
      itemId: item!.id,
      quantity: input.quantity,
      stockEventId: eventId,
      addedBy: ctx.actor?.userId ?? null,
      addedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'shipment.accessory',
      entityType: 'shipment',
      entityId: shipmentId,
      after: { itemCode: item!.code, quantity: input.quantity },
    });
    return row;
  });
}

/** What the unpacked units still expect, once per kind, tier and earmark. */
function expectedUnits(
  reserved: { kind: string; tier: number; earmarkNetworkId: string | null }[],
) {
  const seen = new Map<string, { kind: string; tier: number; earmarked: boolean }>();
  for (const r of reserved) {
    const e = { kind: r.kind, tier: r.tier, earmarked: !!r.earmarkNetworkId };
    seen.set(`${e.kind}|${e.tier}|${e.earmarked}`, e);
  }
  return [...seen.values()];
}
