import type { Tx } from '../../db/connect';
import {
  insertDrives,
  listDrives,
  updateDrive,
  type TDeviceRow,
} from '../../db/repositories/devices-repo';
import type { devices } from '../../db/schema';
import { specsFromSnapshot } from '../../domain/device/snapshot-specs';
import type { TProbeSnapshot } from '../../shared/schemas/probe';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { checkSerialsFree } from '../inventory/check-device-fields';
import { normaliseSerial } from '../inventory/parse-input';
import { qualifyDevice } from '../inventory/qualify-device';
import { saveDeviceChange } from '../inventory/save-device-change';

/** Measured values the probe overwrites; identity fields it only fills when empty. */
const MEASURED = [
  'cpu',
  'ramMb',
  'storageGb',
  'storageType',
  'batteryHealthPct',
  'screenInches',
] as const;
const FILL_ONLY = ['serial', 'brand', 'model', 'osName'] as const;

/**
 * Fills a device's specs and drives from a probe snapshot, in the caller's transaction.
 * Measured values (CPU, RAM, storage, battery, screen) replace typed ones; identity (serial,
 * brand, model) and OS only fill empty fields (the probe may run from a live USB system).
 * Drives are matched by serial (or kernel name when the drive shows no serial) and added
 * when new. A qualified device is re-qualified. Returns the fields it set.
 */
export async function applyProbeSnapshot(
  tx: Tx,
  ctx: ServiceContext,
  device: TDeviceRow,
  snapshot: TProbeSnapshot,
  snapshotId: string,
) {
  const { specs, drives } = specsFromSnapshot(snapshot);
  const patch: Partial<typeof devices.$inferInsert> = {};
  for (const f of MEASURED) if (specs[f] !== undefined) Object.assign(patch, { [f]: specs[f] });
  for (const f of FILL_ONLY) {
    if (specs[f] !== undefined && device[f] == null) {
      Object.assign(patch, { [f]: f === 'serial' ? normaliseSerial(specs[f]) : specs[f] });
    }
  }
  if (patch.serial) {
    const clash = await checkSerialsFree(tx, [
      { path: 'serial', serial: patch.serial, ownAssetTag: device.assetTag },
    ]);
    if (clash.length) delete patch.serial;
  }
  const existing = await listDrives(tx, [device.id]);
  const added: string[] = [];
  const skipped: { drive: string; why: string }[] = [];
  for (const d of drives) {
    const serial = normaliseSerial(d.serial);
    const same = existing.find((e) =>
      serial ? e.serial === serial : !e.serial && e.name === d.name,
    );
    const sizeGb = d.sizeGb == null ? null : Math.round(d.sizeGb);
    if (same) {
      await updateDrive(tx, same.id, {
        sizeGb: same.sizeGb ?? sizeGb,
        model: same.model ?? d.model,
        name: same.name ?? d.name,
        ...(d.type ? { type: d.type } : {}),
      });
      continue;
    }
    // A drive of unknown type is not recorded: its type decides which erasure methods apply.
    const taken =
      serial &&
      (await checkSerialsFree(tx, [{ path: 'drive', serial, ownAssetTag: device.assetTag }]))
        .length;
    if (!d.type || taken) {
      skipped.push({ drive: serial ?? d.name, why: taken ? 'serial_taken' : 'type_unknown' });
      continue;
    }
    await insertDrives(tx, [
      {
        deviceId: device.id,
        position: existing.length + added.length,
        serial,
        name: d.name,
        type: d.type,
        sizeGb,
        model: d.model,
        createdAt: ctx.now(),
      },
    ]);
    added.push(serial ?? d.name);
  }
  if (device.specTierId) {
    const q = await qualifyDevice(tx, { ...device, ...patch } as TDeviceRow);
    patch.specTierId = q.tier?.id ?? null;
    patch.specTierNumber = q.tier?.number ?? null;
  }
  const { device: updated } = await saveDeviceChange(tx, ctx, device, patch, {
    type: 'grade',
    reason: 'probe snapshot',
    linkedType: 'probe_snapshot',
    linkedId: snapshotId,
  });
  await recordAudit(tx, ctx, {
    action: 'probe.apply',
    entityType: 'device',
    entityId: device.id,
    before: Object.fromEntries(Object.keys(patch).map((k) => [k, device[k as keyof TDeviceRow]])),
    after: { ...patch, drivesAdded: added, drivesSkipped: skipped, snapshotId },
  });
  return {
    device: updated,
    fields: Object.keys(patch),
    drivesAdded: added,
    drivesSkipped: skipped,
  };
}
