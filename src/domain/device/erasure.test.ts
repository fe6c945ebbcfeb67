import { describe, expect, it } from 'vitest';
import { driveLabel, erasureIssues, isDriveCleared, type TErasureInput } from './erasure';

const now = new Date('2026-03-02T12:00:00Z');
const base: TErasureInput = {
  method: 'ata_secure_erase',
  standard: 'nist_800_88_purge',
  tool: 'hdparm',
  toolVersion: '9.65',
  startedAt: new Date('2026-03-02T09:00:00Z'),
  endedAt: new Date('2026-03-02T10:30:00Z'),
  result: 'success',
};

describe('erasure rules', () => {
  it('accepts a consistent record', () => {
    expect(erasureIssues(base, 'ssd', now)).toEqual([]);
    expect(
      erasureIssues(
        { ...base, method: 'overwrite', standard: 'nist_800_88_clear', passes: 1 },
        'hdd',
        now,
      ),
    ).toEqual([]);
    expect(
      erasureIssues(
        { ...base, method: 'crypto_erase', standard: 'nist_800_88_purge' },
        'flash',
        now,
      ),
    ).toEqual([]);
    expect(
      erasureIssues(
        {
          ...base,
          method: 'physical_destruction',
          standard: 'nist_800_88_destroy',
          tool: 'broyeur',
          toolVersion: null,
        },
        'nvme',
        now,
      ),
    ).toEqual([]);
  });

  it('refuses an end before the start', () => {
    expect(
      erasureIssues({ ...base, endedAt: new Date('2026-03-02T08:59:00Z') }, 'ssd', now),
    ).toEqual([{ path: 'endedAt', code: 'ended_before_started' }]);
  });

  it('refuses an end in the future', () => {
    expect(
      erasureIssues({ ...base, endedAt: new Date('2026-03-03T00:00:00Z') }, 'ssd', now),
    ).toEqual([{ path: 'endedAt', code: 'in_future' }]);
  });

  it('refuses methods that do not suit the drive (overwrite on flash, NVMe format on SATA)', () => {
    const overwriteSsd = erasureIssues(
      { ...base, method: 'overwrite', standard: 'nist_800_88_clear', passes: 3 },
      'ssd',
      now,
    );
    expect(overwriteSsd.map((i) => i.code)).toEqual(['method_unsuitable_for_drive']);
    expect(erasureIssues({ ...base, method: 'nvme_format' }, 'hdd', now)[0]!.code).toBe(
      'method_unsuitable_for_drive',
    );
    expect(erasureIssues({ ...base, method: 'ata_secure_erase' }, 'flash', now)[0]!.params).toEqual(
      {
        driveType: 'flash',
        allowed: ['crypto_erase', 'physical_destruction'],
      },
    );
  });

  it('refuses a level the method cannot reach, and an overwrite without passes', () => {
    expect(
      erasureIssues(
        { ...base, method: 'overwrite', standard: 'nist_800_88_purge', passes: 1 },
        'hdd',
        now,
      ),
    ).toEqual([
      expect.objectContaining({ path: 'standard', code: 'standard_unsuitable_for_method' }),
    ]);
    expect(
      erasureIssues({ ...base, method: 'overwrite', standard: 'nist_800_88_clear' }, 'hdd', now),
    ).toEqual([{ path: 'passes', code: 'passes_required' }]);
    expect(erasureIssues({ ...base, standard: 'nist_800_88_destroy' }, 'hdd', now)[0]!.code).toBe(
      'standard_unsuitable_for_method',
    );
  });

  it('requires the tool version except for a physical destruction', () => {
    expect(erasureIssues({ ...base, toolVersion: ' ' }, 'ssd', now)).toEqual([
      { path: 'toolVersion', code: 'required' },
    ]);
  });

  it('counts a drive cleared once any erasure (or destruction) succeeded', () => {
    expect(isDriveCleared([])).toBe(false);
    expect(isDriveCleared([{ result: 'failure' }])).toBe(false);
    expect(isDriveCleared([{ result: 'failure' }, { result: 'success' }])).toBe(true);
  });

  it('labels a drive by serial, else by position and name', () => {
    expect(driveLabel({ serial: 'WD-123', name: 'sda' }, 0)).toBe('WD-123');
    expect(driveLabel({ serial: null, name: 'sdb' }, 1)).toBe('#2 (sdb)');
    expect(driveLabel({ serial: null, name: null }, 0)).toBe('#1');
  });
});
