import { findSnapshot, updateSnapshot } from '../../db/repositories/probe-repo';
import { isWorkshopEditable } from '../../domain/device/lifecycle';
import { AppError } from '../../shared/app-error';
import { ZProbeSnapshot } from '../../shared/schemas/probe';
import type { ServiceContext } from '../context';
import { canOnOrganisation, loadDeviceFor } from '../inventory/access';
import { applyProbeSnapshot } from './apply-probe-snapshot';

/** An unmatched snapshot attached by an operator to the device it came from. */
export async function attachProbeSnapshot(
  ctx: ServiceContext,
  snapshotId: string,
  deviceId: string,
) {
  return ctx.db.transaction(async (tx) => {
    const snapshot = await findSnapshot(tx, snapshotId, { lock: true });
    if (!snapshot || !canOnOrganisation(ctx, 'probe.manage', snapshot.organisationId)) {
      throw new AppError('not_found', 'Unknown probe snapshot.', { snapshotId });
    }
    if (snapshot.status !== 'unmatched') {
      throw new AppError('state.invalid', `This snapshot is already ${snapshot.status}.`, {
        status: snapshot.status,
      });
    }
    const device = await loadDeviceFor(ctx, tx, deviceId, 'probe.manage', { lock: true });
    if (!isWorkshopEditable(device.state) || device.state === 'expected') {
      throw new AppError(
        'state.invalid',
        `${device.assetTag}: specs of a device in state "${device.state}" cannot change.`,
      );
    }
    const applied = await applyProbeSnapshot(
      tx,
      ctx,
      device,
      ZProbeSnapshot.parse(snapshot.payload),
      snapshot.id,
    );
    await updateSnapshot(tx, snapshot.id, {
      status: 'attached',
      deviceId: device.id,
      appliedAt: ctx.now(),
    });
    return {
      id: snapshot.id,
      status: 'attached' as const,
      device: { id: device.id, assetTag: device.assetTag },
      fields: applied.fields,
      drivesAdded: applied.drivesAdded,
      drivesSkipped: applied.drivesSkipped,
    };
  });
}
