import { pickReadyDevices, setDevicesState } from '../../db/repositories/allocation-repo';
import { findDevice } from '../../db/repositories/devices-repo';
import {
  bumpFulfilledQuantity,
  bumpLineAllocated,
  discrepanciesOf,
  findAllocation,
  findDiscrepancy,
  findShipment,
  findShipmentUnit,
  insertAllocation,
  insertShipment,
  insertUnits,
  releaseAllocation,
  updateDiscrepancy,
} from '../../db/repositories/logistics-repo';
import type { TDiscrepancyResolution } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { applyTransition } from '../inventory/transition-device';
import { loadLocationFor } from '../inventory/access';
import { throwIfFieldErrors, todayInFrance } from '../needs/scope';
import { appendDeviceEvents } from '../stock/ledger';
import { shipmentReference } from './access';
import { returnToLocation } from './device-moves';
import { updateRequestProgress } from './request-progress';

/** Which resolutions fit which discrepancy. */
const ALLOWED: Record<string, readonly TDiscrepancyResolution[]> = {
  missing: ['resend', 'lost'],
  damaged: ['resend', 'return', 'accept'],
  extra: ['return', 'accept'],
};

/** Open discrepancies (the coordinator's desk), oldest first. */
export async function listOpenDiscrepancies(ctx: ServiceContext) {
  const rows = await discrepanciesOf(ctx.db, { open: true });
  return rows.map(({ discrepancy: d, assetTag, shipmentNumber, structureName }) => ({
    id: d.id,
    kind: d.kind,
    shipmentId: d.shipmentId,
    shipment: shipmentReference(shipmentNumber),
    structureName,
    assetTag: assetTag ?? d.code,
    comment: d.comment,
    hasPhoto: !!d.photoId,
    reportedAt: d.reportedAt,
  }));
}

/**
 * Settles a discrepancy. `lost`: the missing unit is written off (shipped → lost) and its line
 * waits for another wave. `return`: the damaged unit comes back to a bank location
 * (delivered → returned, for the workshop's diagnosis). `resend`: the same, then an equivalent
 * ready unit of the same warehouse is reserved for the line in a new planned shipment.
 * `accept`: a damaged unit is kept (it counts as delivered). Stock moves only in the ledger.
 */
export async function resolveDiscrepancy(
  ctx: ServiceContext,
  id: string,
  input: {
    resolution: TDiscrepancyResolution;
    comment: string;
    locationId?: string | null | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const d = await findDiscrepancy(tx, id, true);
    if (!d) throw new AppError('not_found', 'Unknown discrepancy.');
    if (d.resolvedAt) {
      throw new AppError('logistics.invalid_state', 'This discrepancy is already resolved.', {
        resolution: d.resolution,
      });
    }
    throwIfFieldErrors(
      ALLOWED[d.kind]!.includes(input.resolution)
        ? []
        : [{ path: 'resolution', code: 'resolution_not_allowed', params: { kind: d.kind } }],
    );
    const shipment = (await findShipment(tx, d.shipmentId))!;
    const reference = shipmentReference(shipment.number);
    const unit = d.unitId ? await findShipmentUnit(tx, d.unitId) : undefined;
    const device = unit ? await findDevice(tx, unit.deviceId, { lock: true }) : undefined;
    const reason = `${d.kind} on ${reference}: ${input.comment}`;
    let resendShipmentId: string | null = null;

    if (unit && device && d.kind !== 'extra') {
      if (input.resolution === 'accept') {
        await bumpFulfilledQuantity(tx, unit.requestLineId, 1);
        await updateRequestProgress(tx, ctx, [unit.requestLineId], reference);
      } else {
        // The unit no longer serves its line: write it off or bring it back.
        if (d.kind === 'missing') {
          await applyTransition(tx, ctx, device, 'lose', {
            reason,
            linkedType: 'shipment',
            linkedId: shipment.id,
          });
        } else {
          const location = input.locationId
            ? await loadLocationFor(ctx, tx, input.locationId, 'shipment.manage')
            : { id: shipment.warehouseLocationId };
          await returnToLocation(tx, ctx, device, location.id, {
            reason,
            linkedType: 'shipment',
            linkedId: shipment.id,
          });
        }
        await releaseAllocation(tx, unit.allocationId, ctx.now(), `${input.resolution}: ${d.kind}`);
        await bumpLineAllocated(tx, unit.requestLineId, -1);
        if (input.resolution === 'resend') {
          resendShipmentId = await resend(ctx, tx, shipment, unit, device);
        }
      }
    }
    const updated = await updateDiscrepancy(tx, id, {
      resolution: input.resolution,
      resolutionComment: input.comment,
      resendShipmentId,
      resolvedBy: ctx.actor?.userId ?? null,
      resolvedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'discrepancy.resolve',
      entityType: 'shipment',
      entityId: shipment.id,
      after: { discrepancyId: id, kind: d.kind, resolution: input.resolution, resendShipmentId },
    });
    return updated;
  });
}

/** Reserves an equivalent ready unit for the line and plans a new shipment with it. */
async function resend(
  ctx: ServiceContext,
  tx: Parameters<typeof applyTransition>[0],
  shipment: NonNullable<Awaited<ReturnType<typeof findShipment>>>,
  unit: NonNullable<Awaited<ReturnType<typeof findShipmentUnit>>>,
  original: NonNullable<Awaited<ReturnType<typeof findDevice>>>,
) {
  const allocation = (await findAllocation(tx, unit.allocationId))!;
  const [replacement] = await pickReadyDevices(
    tx,
    {
      locationId: shipment.warehouseLocationId,
      kind: original.kind,
      tier: original.specTierNumber ?? 0,
      earmarkNetworkId: original.earmarkNetworkId,
    },
    1,
  );
  if (!replacement) {
    throw new AppError(
      'stock.insufficient',
      `No ready ${original.kind} of the same tier and earmark left at this warehouse to resend.`,
      { kind: original.kind, tier: original.specTierNumber },
    );
  }
  const [reserved] = await setDevicesState(tx, [replacement.id], 'ready', 'reserved', ctx.now());
  const created = await insertAllocation(tx, {
    waveId: allocation.waveId,
    requestLineId: unit.requestLineId,
    deviceId: replacement.id,
    reservedAt: ctx.now(),
  });
  await bumpLineAllocated(tx, unit.requestLineId, 1);
  await appendDeviceEvents(tx, ctx, [
    {
      type: 'reserve',
      previous: replacement,
      device: reserved!,
      reason: `replaces ${original.assetTag} (${shipmentReference(shipment.number)})`,
      linkedType: 'request_line',
      linkedId: unit.requestLineId,
      evidence: { event: 'reserve', resendOf: original.id },
    },
  ]);
  const next = await insertShipment(tx, {
    waveId: shipment.waveId,
    structureId: shipment.structureId,
    warehouseLocationId: shipment.warehouseLocationId,
    delivery: shipment.delivery,
    deliveryKey: shipment.deliveryKey,
    status: 'planned',
    plannedOn: todayInFrance(ctx.now()),
    createdBy: ctx.actor?.userId ?? null,
    createdAt: ctx.now(),
    updatedAt: ctx.now(),
  });
  await insertUnits(tx, [
    {
      shipmentId: next.id,
      allocationId: created.id,
      requestLineId: unit.requestLineId,
      deviceId: replacement.id,
    },
  ]);
  return next.id;
}
