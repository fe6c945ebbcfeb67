import type { TDeviceKind, TDriveType } from '../../shared/inventory';

/**
 * Qualification: which of the bank's spec tiers a device meets. Tiers are numbered (1 the
 * most basic); a device qualifies for the highest tier whose every minimum it meets, and the
 * reasons it misses the next one are returned so the workshop knows what an upgrade buys.
 */

/** The specs qualification looks at (null = unknown, which never meets a minimum). */
export interface TQualifySpecs {
  kind: TDeviceKind;
  ramMb: number | null;
  storageGb: number | null;
  storageType: TDriveType | null;
  batteryHealthPct: number | null;
  screenInches: number | null;
}

/** A spec tier (active version). Null minimums are not checked. */
export interface TSpecTier {
  id: string;
  number: number;
  name: string;
  kind: TDeviceKind;
  minRamMb: number | null;
  minStorageGb: number | null;
  storageType: 'ssd' | 'any';
  minBatteryPct: number | null;
  minScreenInches: number | null;
}

/** One unmet minimum, as a code the UI translates plus an English message. */
export interface TTierShortfall {
  field: 'ramMb' | 'storageGb' | 'storageType' | 'batteryHealthPct' | 'screenInches';
  required: number | string;
  actual: number | string | null;
  message: string;
}

/** The result of `qualify`. */
export interface TQualification {
  /** The highest tier met, or null. */
  tier: TSpecTier | null;
  /** The next tier up (for this kind), if any. */
  nextTier: TSpecTier | null;
  /** Why the next tier is not met (empty when there is none). */
  reasonsForNext: TTierShortfall[];
}

/** Flash storage counts as "SSD" for a tier that asks for one; eMMC does not. */
export function isSsdLike(type: TDriveType | null): boolean {
  return type === 'ssd' || type === 'nvme';
}

/** Everything that keeps `specs` out of `tier` (empty when the tier is met). */
export function shortfalls(specs: TQualifySpecs, tier: TSpecTier): TTierShortfall[] {
  const out: TTierShortfall[] = [];
  const min = (
    field: 'ramMb' | 'storageGb' | 'batteryHealthPct' | 'screenInches',
    required: number | null,
    unit: string,
  ) => {
    if (required == null) return;
    const actual = specs[field];
    if (actual == null || actual < required) {
      out.push({
        field,
        required,
        actual,
        message:
          actual == null
            ? `${field} unknown (tier ${tier.number} needs ≥ ${required} ${unit})`
            : `${field} ${actual} ${unit} < ${required} ${unit} required by tier ${tier.number}`,
      });
    }
  };
  min('ramMb', tier.minRamMb, 'MB');
  min('storageGb', tier.minStorageGb, 'GB');
  if (tier.storageType === 'ssd' && !isSsdLike(specs.storageType)) {
    out.push({
      field: 'storageType',
      required: 'ssd',
      actual: specs.storageType,
      message: `storage ${specs.storageType ?? 'unknown'} is not an SSD (tier ${tier.number})`,
    });
  }
  min('batteryHealthPct', tier.minBatteryPct, '%');
  min('screenInches', tier.minScreenInches, 'in');
  return out;
}

/**
 * The highest tier of the device's kind that it meets, plus the reasons it misses the next
 * one. Tiers of other kinds are ignored; tiers are compared by number.
 */
export function qualify(specs: TQualifySpecs, tiers: readonly TSpecTier[]): TQualification {
  const own = tiers.filter((t) => t.kind === specs.kind).sort((a, b) => a.number - b.number);
  let best: TSpecTier | null = null;
  for (const tier of own) {
    if (shortfalls(specs, tier).length === 0) best = tier;
  }
  const nextTier = own.find((t) => t.number > (best?.number ?? 0)) ?? null;
  return {
    tier: best,
    nextTier,
    reasonsForNext: nextTier ? shortfalls(specs, nextTier) : [],
  };
}
