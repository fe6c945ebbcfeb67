import { insertDrives } from '../../db/repositories/devices-repo';
import { isWorkshopEditable } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { INVENTORY_LIMITS } from '../../shared/inventory';
import { ZDriveInput } from '../../shared/schemas/devices';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadDeviceFor } from './access';
import { checkSerialsFree } from './check-device-fields';
import { loadDrivesWithErasures } from './device-facts';
import { normaliseSerial, parseInput, throwIfFieldErrors } from './parse-input';

/**
 * Records a drive (or a phone's internal storage) found on a device; it must then be erased
 * or destroyed before the device can be `ready`.
 */
export async function addDeviceDrive(ctx: ServiceContext, deviceId: string, raw: unknown) {
  const input = parseInput(ZDriveInput, raw);
  return ctx.db.transaction(async (tx) => {
    const device = await loadDeviceFor(ctx, tx, deviceId, 'workshop.record', { lock: true });
    if (!isWorkshopEditable(device.state)) {
      throw new AppError(
        'state.invalid',
        `${device.assetTag}: drives of a device in state "${device.state}" cannot change.`,
      );
    }
    const existing = await loadDrivesWithErasures(tx, device.id);
    if (existing.length >= INVENTORY_LIMITS.drivesPerDevice) {
      throwIfFieldErrors([{ path: 'serial', code: 'too_many_drives' }]);
    }
    const serial = normaliseSerial(input.serial);
    throwIfFieldErrors(await checkSerialsFree(tx, [{ path: 'serial', serial }]));
    const [drive] = await insertDrives(tx, [
      {
        deviceId: device.id,
        position: existing.length,
        serial,
        name: input.name ?? null,
        type: input.type,
        sizeGb: input.sizeGb ?? null,
        model: input.model ?? null,
        createdAt: ctx.now(),
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'device.drive_add',
      entityType: 'device',
      entityId: device.id,
      after: drive,
    });
    return drive!;
  });
}
