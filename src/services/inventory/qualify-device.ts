import type { Executor } from '../../db/connect';
import type { TDeviceRow } from '../../db/repositories/devices-repo';
import { listActiveTiers, type TSpecTierRow } from '../../db/repositories/spec-tiers-repo';
import { qualify, type TQualification, type TSpecTier } from '../../domain/device/qualify';

/** A tier row as the pure `qualify` expects it. */
export function toSpecTier(row: TSpecTierRow): TSpecTier {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    kind: row.kind,
    minRamMb: row.minRamMb,
    minStorageGb: row.minStorageGb,
    storageType: row.storageType,
    minBatteryPct: row.minBatteryPct,
    minScreenInches: row.minScreenInches,
  };
}

/** Qualifies a device (its current specs) against the active tiers of its kind. */
export async function qualifyDevice(
  ex: Executor,
  device: Pick<
    TDeviceRow,
    'kind' | 'ramMb' | 'storageGb' | 'storageType' | 'batteryHealthPct' | 'screenInches'
  >,
): Promise<TQualification> {
  const tiers = (await listActiveTiers(ex, device.kind)).map(toSpecTier);
  return qualify(
    {
      kind: device.kind,
      ramMb: device.ramMb,
      storageGb: device.storageGb,
      storageType: device.storageType,
      batteryHealthPct: device.batteryHealthPct,
      screenInches: device.screenInches,
    },
    tiers,
  );
}
