import { describe, expect, it } from 'vitest';
import { qualify, shortfalls, type TQualifySpecs, type TSpecTier } from './qualify';

const tier = (number: number, over: Partial<TSpecTier> = {}): TSpecTier => ({
  id: `t${number}`,
  number,
  name: `Tier ${number}`,
  kind: 'laptop',
  minRamMb: null,
  minStorageGb: null,
  storageType: 'any',
  minBatteryPct: null,
  minScreenInches: null,
  ...over,
});

const TIERS = [
  tier(1, { minRamMb: 4096, minStorageGb: 120 }),
  tier(2, { minRamMb: 8192, minStorageGb: 240, storageType: 'ssd', minBatteryPct: 70 }),
  tier(3, {
    minRamMb: 16384,
    minStorageGb: 480,
    storageType: 'ssd',
    minBatteryPct: 80,
    minScreenInches: 14,
  }),
  tier(1, { id: 'tab1', kind: 'tablet', minStorageGb: 32 }),
];

const specs = (over: Partial<TQualifySpecs> = {}): TQualifySpecs => ({
  kind: 'laptop',
  ramMb: 8192,
  storageGb: 256,
  storageType: 'ssd',
  batteryHealthPct: 75,
  screenInches: 14,
  ...over,
});

describe('qualify', () => {
  it('gives the highest tier met and why the next one is not', () => {
    const q = qualify(specs(), TIERS);
    expect(q.tier?.number).toBe(2);
    expect(q.nextTier?.number).toBe(3);
    expect(q.reasonsForNext.map((r) => r.field)).toEqual([
      'ramMb',
      'storageGb',
      'batteryHealthPct',
    ]);
    expect(q.reasonsForNext[0]!.message).toBe('ramMb 8192 MB < 16384 MB required by tier 3');
  });

  it('requires an SSD where the tier asks for one (NVMe counts, HDD and eMMC do not)', () => {
    expect(qualify(specs({ storageType: 'hdd' }), TIERS).tier?.number).toBe(1);
    expect(qualify(specs({ storageType: 'nvme' }), TIERS).tier?.number).toBe(2);
    expect(qualify(specs({ storageType: 'emmc' }), TIERS).reasonsForNext[0]).toMatchObject({
      field: 'storageType',
      message: 'storage emmc is not an SSD (tier 2)',
    });
  });

  it('treats unknown specs as not meeting a minimum (never guesses)', () => {
    const q = qualify(specs({ ramMb: null }), TIERS);
    expect(q.tier).toBeNull();
    expect(q.nextTier?.number).toBe(1);
    expect(q.reasonsForNext[0]!.message).toBe('ramMb unknown (tier 1 needs ≥ 4096 MB)');
  });

  it('only looks at tiers of the device kind and ignores unchecked minimums', () => {
    expect(qualify(specs({ kind: 'tablet', storageGb: 64, ramMb: null }), TIERS).tier?.id).toBe(
      'tab1',
    );
    expect(qualify(specs({ kind: 'smartphone' }), TIERS)).toEqual({
      tier: null,
      nextTier: null,
      reasonsForNext: [],
    });
    expect(shortfalls(specs({ batteryHealthPct: null }), tier(9))).toEqual([]);
  });

  it('gives the highest tier met even when a lower one is not (tiers need not nest)', () => {
    const tiers = [tier(1), tier(2, { minScreenInches: 15 }), tier(3, { minRamMb: 1 })];
    expect(qualify(specs({ screenInches: 14 }), tiers).tier?.number).toBe(3);
  });

  it('gives the top tier with no next one', () => {
    const q = qualify(specs({ ramMb: 32768, storageGb: 1000, batteryHealthPct: 95 }), TIERS);
    expect(q.tier?.number).toBe(3);
    expect(q.nextTier).toBeNull();
  });
});
