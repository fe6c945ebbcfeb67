import type { TProbeDrive, TProbeSnapshot } from '../../shared/schemas/probe';
import type { TDriveType } from '../../shared/inventory';

/**
 * Turns a probe snapshot into the device fields it can fill. Only what the probe actually
 * read is returned: unknown values stay out of the patch so they never erase typed data.
 */

/** Device fields a snapshot can fill. */
export interface TSnapshotSpecs {
  serial?: string;
  brand?: string;
  model?: string;
  cpu?: string;
  ramMb?: number;
  storageGb?: number;
  storageType?: TDriveType;
  batteryHealthPct?: number;
  screenInches?: number;
  osName?: string;
}

/** Internal drives: USB sticks and the probe's own boot medium are not the device's storage. */
export function internalDrives(drives: readonly TProbeDrive[]): TProbeDrive[] {
  return drives.filter((d) => d.transport !== 'usb' && (d.sizeGb ?? 1) > 0);
}

/** The fields of a device the snapshot fills, and the drives it found. */
export function specsFromSnapshot(s: TProbeSnapshot): {
  specs: TSnapshotSpecs;
  drives: TProbeDrive[];
} {
  const specs: TSnapshotSpecs = {};
  if (s.system.serial) specs.serial = s.system.serial;
  if (s.system.vendor) specs.brand = s.system.vendor;
  if (s.system.model) specs.model = s.system.model;
  if (s.cpu.model) specs.cpu = s.cpu.model;
  if (s.ramMb != null) specs.ramMb = s.ramMb;
  const drives = internalDrives(s.drives);
  const sized = drives.filter((d) => d.sizeGb != null);
  if (sized.length && sized.length === drives.length) {
    specs.storageGb = Math.round(sized.reduce((sum, d) => sum + d.sizeGb!, 0));
  }
  const largest = [...sized].sort((a, b) => b.sizeGb! - a.sizeGb!)[0];
  if (largest?.type) specs.storageType = largest.type;
  if (s.battery.healthPct != null)
    specs.batteryHealthPct = Math.min(100, Math.round(s.battery.healthPct));
  if (s.screenInches != null) specs.screenInches = s.screenInches;
  if (s.os.name) specs.osName = s.os.name;
  return { specs, drives };
}

/** Serials a snapshot can be matched by: the system serial and each drive serial. */
export function snapshotSerials(s: TProbeSnapshot): { system: string | null; drives: string[] } {
  return {
    system: s.system.serial,
    drives: internalDrives(s.drives)
      .map((d) => d.serial)
      .filter((x): x is string => !!x),
  };
}
