import type { Executor } from '../../db/connect';
import { listDrives, type TDeviceRow } from '../../db/repositories/devices-repo';
import { listErasures } from '../../db/repositories/workshop-repo';
import { driveLabel, isDriveCleared } from '../../domain/device/erasure';
import type { TTransitionFacts } from '../../domain/device/lifecycle';

/** Drives of a device with their erasures and whether each counts as cleared. */
export async function loadDrivesWithErasures(ex: Executor, deviceId: string) {
  const [drives, erasureRows] = await Promise.all([
    listDrives(ex, [deviceId]),
    listErasures(ex, [deviceId]),
  ]);
  return drives.map((drive, i) => {
    const own = erasureRows
      .filter((r) => r.erasure.driveId === drive.id)
      .map((r) => ({ ...r.erasure, operatorName: r.operatorName }));
    return { ...drive, label: driveLabel(drive, i), erasures: own, isCleared: isDriveCleared(own) };
  });
}

/** What the lifecycle guards need to know about a device. */
export async function loadTransitionFacts(
  ex: Executor,
  device: TDeviceRow,
  extra: Pick<TTransitionFacts, 'reason' | 'recyclerReceiptRef'> = {},
): Promise<TTransitionFacts> {
  const drives = await loadDrivesWithErasures(ex, device.id);
  return {
    kind: device.kind,
    drives: drives.map((d) => ({ label: d.label, isCleared: d.isCleared })),
    appearanceGrade: device.appearanceGrade,
    functionGrade: device.functionGrade,
    recyclerReceiptRef: extra.recyclerReceiptRef ?? device.recyclerReceiptRef,
    reason: extra.reason ?? null,
  };
}
