import { findDevice } from '../../db/repositories/devices-repo';
import { bumpFulfilledQuantity, lastUnitOfDevice } from '../../db/repositories/logistics-repo';
import {
  findLiveHandover,
  insertDeviceReturn,
  updateHandover,
} from '../../db/repositories/handovers-repo';
import { can } from '../../domain/policy';
import type { TReturnReason } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { isBankActor } from '../needs/scope';
import { loadLocationFor } from '../inventory/access';
import { returnToLocation } from './device-moves';

/**
 * A device comes back from a structure (end of loan, broken, no longer needed): handed_over
 * or delivered → returned in the ledger, at the bank location named by the bank (by default
 * the warehouse it left), waiting for the workshop's diagnosis. A live handover is closed
 * with the reason; a delivered device not handed over no longer counts as fulfilled.
 */
export async function returnDevice(
  ctx: ServiceContext,
  input: {
    deviceId: string;
    reason: TReturnReason;
    comment?: string | null | undefined;
    locationId?: string | null | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const last = await lastUnitOfDevice(tx, input.deviceId);
    if (!last || !can(ctx.actor, 'handover.write', { organisationId: last.shipment.structureId })) {
      throw new AppError('not_found', 'Unknown device.', { deviceId: input.deviceId });
    }
    const device = (await findDevice(tx, input.deviceId, { lock: true }))!;
    if (device.state !== 'handed_over' && device.state !== 'delivered') {
      throw new AppError(
        'state.invalid',
        `${device.assetTag} is "${device.state}": only a delivered or handed-over device can be returned.`,
        { assetTag: device.assetTag, state: device.state },
      );
    }
    const locationId =
      input.locationId && isBankActor(ctx.actor)
        ? (await loadLocationFor(ctx, tx, input.locationId, 'shipment.manage')).id
        : last.shipment.warehouseLocationId;
    const live = await findLiveHandover(tx, device.id);
    const reason = `${input.reason}${input.comment?.trim() ? `: ${input.comment.trim()}` : ''}`;
    const { eventId } = await returnToLocation(tx, ctx, device, locationId, {
      reason,
      linkedType: live ? 'handover' : 'shipment',
      linkedId: live?.id ?? last.shipment.id,
    });
    if (live) {
      await updateHandover(tx, live.id, {
        returnedAt: ctx.now(),
        returnReason: input.reason,
        returnComment: input.comment?.trim() || null,
      });
    } else {
      await bumpFulfilledQuantity(tx, last.unit.requestLineId, -1);
    }
    const row = await insertDeviceReturn(tx, {
      deviceId: device.id,
      structureId: last.shipment.structureId,
      handoverId: live?.id ?? null,
      reason: input.reason,
      comment: input.comment?.trim() || null,
      toLocationId: locationId,
      stockEventId: eventId,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now(),
    });
    return { id: row.id, deviceId: device.id, state: 'returned' as const, locationId };
  });
}
