import type { Tx } from '../../db/connect';
import { updateDevice, type TDeviceRow } from '../../db/repositories/devices-repo';
import { transition } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { appendDeviceEvents, type TEventContext } from '../stock/ledger';

/**
 * Sends a device back to a bank location (`returned`, waiting for the workshop's diagnosis)
 * through the lifecycle table and the ledger, with the reason.
 */
export async function returnToLocation(
  tx: Tx,
  ctx: ServiceContext,
  device: TDeviceRow,
  locationId: string,
  context: TEventContext & { reason: string },
) {
  const t = transition(device.state, 'return', { reason: context.reason });
  if (!t.ok) {
    throw new AppError('state.invalid', `${device.assetTag}: ${t.error.message}`, {
      assetTag: device.assetTag,
      from: device.state,
    });
  }
  const updated = await updateDevice(tx, device.id, {
    state: t.state,
    locationId,
    shelfCode: null,
    updatedAt: ctx.now(),
  });
  const [eventId] = await appendDeviceEvents(tx, ctx, [
    {
      ...context,
      type: t.ledger,
      previous: device,
      device: updated,
      evidence: { event: 'return', ...((context.evidence as object | undefined) ?? {}) },
    },
  ]);
  await recordAudit(tx, ctx, {
    action: 'device.return',
    entityType: 'device',
    entityId: device.id,
    before: { state: device.state, locationId: device.locationId },
    after: { state: updated.state, locationId, reason: context.reason },
  });
  return { device: updated, eventId: eventId! };
}
