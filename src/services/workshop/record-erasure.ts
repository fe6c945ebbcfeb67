import { listDrives } from '../../db/repositories/devices-repo';
import { insertErasure } from '../../db/repositories/workshop-repo';
import { erasureIssues } from '../../domain/device/erasure';
import { isWorkshopEditable } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { ZErasureInput, type TErasureInputBody } from '../../shared/schemas/workshop';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadDeviceFor } from '../inventory/access';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';

/**
 * Records erasure evidence for one drive: method and NIST level, tool and version, start and
 * end, result, operator. Checked against the drive's type (no overwrite on flash…); a failed
 * erasure is kept as evidence but does not clear the drive.
 */
export async function recordErasure(ctx: ServiceContext, deviceId: string, raw: TErasureInputBody) {
  const input = parseInput(ZErasureInput, raw);
  return ctx.db.transaction(async (tx) => {
    const device = await loadDeviceFor(ctx, tx, deviceId, 'workshop.record', { lock: true });
    if (
      !(isWorkshopEditable(device.state) || device.state === 'parts') ||
      device.state === 'expected'
    ) {
      throw new AppError(
        'state.invalid',
        `${device.assetTag}: no erasure can be recorded on a device in state "${device.state}".`,
        { state: device.state },
      );
    }
    const drive = (await listDrives(tx, [device.id])).find((d) => d.id === input.driveId);
    if (!drive) throwIfFieldErrors([{ path: 'driveId', code: 'drive_unknown' }]);
    throwIfFieldErrors(
      erasureIssues(input, drive!.type, ctx.now()),
      'The erasure record is not valid; nothing was recorded.',
    );
    const erasure = await insertErasure(tx, {
      deviceId: device.id,
      driveId: drive!.id,
      method: input.method,
      standard: input.standard,
      tool: input.tool,
      toolVersion: input.toolVersion ?? null,
      passes: input.passes ?? null,
      startedAt: input.startedAt,
      endedAt: input.endedAt,
      result: input.result,
      operatorUserId: ctx.actor?.userId ?? null,
      toolReportRef: input.toolReportRef ?? null,
      notes: input.notes ?? null,
      recordedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'workshop.erasure',
      entityType: 'device',
      entityId: device.id,
      after: erasure,
    });
    return erasure;
  });
}
