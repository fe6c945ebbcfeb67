import { listDrives, updateDrive } from '../../db/repositories/devices-repo';
import { listErasures } from '../../db/repositories/workshop-repo';
import { AppError } from '../../shared/app-error';
import { ZDriveInput } from '../../shared/schemas/devices';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadDeviceFor } from './access';
import { checkSerialsFree } from './check-device-fields';
import { normaliseSerial, parseInput, throwIfFieldErrors } from './parse-input';

/**
 * Corrects a drive's serial, type, size or model. Refused once an erasure is recorded on it:
 * the evidence must keep naming the drive it was made on.
 */
export async function updateDeviceDrive(
  ctx: ServiceContext,
  deviceId: string,
  driveId: string,
  raw: unknown,
) {
  const input = parseInput(ZDriveInput, raw);
  return ctx.db.transaction(async (tx) => {
    const device = await loadDeviceFor(ctx, tx, deviceId, 'workshop.record', { lock: true });
    const drive = (await listDrives(tx, [device.id])).find((d) => d.id === driveId);
    if (!drive) throw new AppError('not_found', 'Unknown drive.', { driveId });
    const erasures = (await listErasures(tx, [device.id])).filter(
      (e) => e.erasure.driveId === driveId,
    );
    if (erasures.length) {
      throw new AppError(
        'state.invalid',
        'An erasure is recorded on this drive: it can no longer be edited.',
        {
          driveId,
        },
      );
    }
    const serial = normaliseSerial(input.serial);
    throwIfFieldErrors(
      await checkSerialsFree(tx, [
        { path: 'serial', serial: serial === drive.serial ? null : serial },
      ]),
    );
    const updated = await updateDrive(tx, driveId, {
      serial,
      name: input.name ?? null,
      type: input.type,
      sizeGb: input.sizeGb ?? null,
      model: input.model ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'device.drive_update',
      entityType: 'device',
      entityId: device.id,
      before: drive,
      after: updated,
    });
    return updated!;
  });
}
