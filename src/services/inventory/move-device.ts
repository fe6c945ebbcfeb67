import { canMove } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadDeviceFor, loadLocationFor } from './access';
import { throwIfFieldErrors } from './parse-input';
import { saveDeviceChange } from './save-device-change';

/**
 * Moves a device to another location (or shelf) it physically went to. A `move` ledger event
 * records it in the same transaction. The actor must be allowed on both locations.
 */
export async function moveDevice(
  ctx: ServiceContext,
  deviceId: string,
  input: {
    toLocationId: string;
    shelfCode?: string | null | undefined;
    reason?: string | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const device = await loadDeviceFor(ctx, tx, deviceId, 'device.transition', { lock: true });
    const to = await loadLocationFor(ctx, tx, input.toLocationId, 'device.transition');
    if (!to.isActive) throwIfFieldErrors([{ path: 'toLocationId', code: 'location_inactive' }]);
    if (!canMove(device.state)) {
      throw new AppError(
        'state.invalid',
        `${device.assetTag}: a device in state "${device.state}" is not on a shelf and cannot be moved.`,
        { state: device.state },
      );
    }
    const shelfCode = input.shelfCode === undefined ? null : input.shelfCode;
    if (to.id === device.locationId && shelfCode === device.shelfCode) {
      throwIfFieldErrors([{ path: 'toLocationId', code: 'same_location' }]);
    }
    const { device: moved, eventId } = await saveDeviceChange(
      tx,
      ctx,
      device,
      { locationId: to.id, shelfCode },
      {
        type: 'move',
        always: true,
        reason: input.reason ?? null,
        evidence: { fromShelf: device.shelfCode, toShelf: shelfCode },
      },
    );
    await recordAudit(tx, ctx, {
      action: 'device.move',
      entityType: 'device',
      entityId: device.id,
      before: { locationId: device.locationId, shelfCode: device.shelfCode },
      after: { locationId: moved.locationId, shelfCode: moved.shelfCode },
    });
    return {
      id: moved.id,
      assetTag: moved.assetTag,
      locationId: moved.locationId,
      shelfCode: moved.shelfCode,
      eventId,
    };
  });
}
