import type {
  TDriveType,
  TErasureMethod,
  TErasureResult,
  TErasureStandard,
} from '../../shared/inventory';

/**
 * Data erasure rules (NIST SP 800-88 rev. 1): which method suits which drive and which
 * sanitisation level it reaches, and when a drive counts as cleared.
 */

/** Methods allowed per drive type. Overwriting flash does not reliably reach every cell. */
export const METHODS_BY_DRIVE: Record<TDriveType, readonly TErasureMethod[]> = {
  hdd: ['overwrite', 'ata_secure_erase', 'ata_enhanced_secure_erase', 'physical_destruction'],
  ssd: ['ata_secure_erase', 'ata_enhanced_secure_erase', 'crypto_erase', 'physical_destruction'],
  nvme: ['nvme_format', 'nvme_sanitize', 'crypto_erase', 'physical_destruction'],
  emmc: ['crypto_erase', 'physical_destruction'],
  flash: ['crypto_erase', 'physical_destruction'],
};

/** Sanitisation levels each method may claim. */
export const STANDARDS_BY_METHOD: Record<TErasureMethod, readonly TErasureStandard[]> = {
  overwrite: ['nist_800_88_clear'],
  ata_secure_erase: ['nist_800_88_clear', 'nist_800_88_purge'],
  ata_enhanced_secure_erase: ['nist_800_88_purge'],
  nvme_format: ['nist_800_88_clear', 'nist_800_88_purge'],
  nvme_sanitize: ['nist_800_88_purge'],
  crypto_erase: ['nist_800_88_purge'],
  physical_destruction: ['nist_800_88_destroy'],
};

/** An erasure as recorded by an operator. */
export interface TErasureInput {
  method: TErasureMethod;
  standard: TErasureStandard;
  tool: string;
  toolVersion?: string | null | undefined;
  passes?: number | null | undefined;
  startedAt: Date;
  endedAt: Date;
  result: TErasureResult;
}

/** A field error as the API reports it. */
export interface TFieldIssue {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

/** Checks an erasure against the drive it claims to have wiped; empty when acceptable. */
export function erasureIssues(
  input: TErasureInput,
  driveType: TDriveType,
  now: Date,
): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  if (input.endedAt.getTime() < input.startedAt.getTime()) {
    issues.push({ path: 'endedAt', code: 'ended_before_started' });
  }
  if (input.endedAt.getTime() > now.getTime() + 5 * 60_000) {
    issues.push({ path: 'endedAt', code: 'in_future' });
  }
  if (!METHODS_BY_DRIVE[driveType].includes(input.method)) {
    issues.push({
      path: 'method',
      code: 'method_unsuitable_for_drive',
      params: { driveType, allowed: METHODS_BY_DRIVE[driveType] },
    });
  }
  if (!STANDARDS_BY_METHOD[input.method].includes(input.standard)) {
    issues.push({
      path: 'standard',
      code: 'standard_unsuitable_for_method',
      params: { allowed: STANDARDS_BY_METHOD[input.method] },
    });
  }
  if (input.method === 'overwrite' && !(input.passes && input.passes >= 1)) {
    issues.push({ path: 'passes', code: 'passes_required' });
  }
  if (input.method !== 'physical_destruction' && !input.toolVersion?.trim()) {
    issues.push({ path: 'toolVersion', code: 'required' });
  }
  return issues;
}

/** True when a drive counts as cleared: a successful erasure or a physical destruction. */
export function isDriveCleared(erasures: readonly { result: TErasureResult }[]): boolean {
  return erasures.some((e) => e.result === 'success');
}

/** A readable name for a drive: its serial, else its position and device name. */
export function driveLabel(drive: { serial: string | null; name: string | null }, index: number) {
  return drive.serial ?? `#${index + 1}${drive.name ? ` (${drive.name})` : ''}`;
}
