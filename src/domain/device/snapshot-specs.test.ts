import { describe, expect, it } from 'vitest';
import { PROBE_FORMAT, type TProbeSnapshot } from '../../shared/schemas/probe';
import { snapshotSerials, specsFromSnapshot } from './snapshot-specs';

const snapshot = (over: Partial<TProbeSnapshot> = {}): TProbeSnapshot => ({
  format: PROBE_FORMAT,
  probeVersion: '0.1.0',
  collectedAt: '2026-03-02T10:00:00.000Z',
  system: { serial: 'PF1ABCDE', vendor: 'LENOVO', model: 'ThinkPad T480' },
  cpu: { model: 'Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz', cores: 8 },
  ramMb: 7834,
  drives: [
    {
      name: 'nvme0n1',
      serial: 'S4EWNX0M',
      sizeGb: 256.1,
      type: 'nvme',
      model: 'Samsung',
      transport: 'nvme',
    },
    { name: 'sda', serial: 'USBSTICK', sizeGb: 16, type: 'ssd', model: 'Cruzer', transport: 'usb' },
  ],
  battery: { present: true, healthPct: 81.44 },
  screenInches: 14,
  os: { name: 'Debian GNU/Linux 12 (bookworm)', kernel: '6.1.0' },
  unknown: [],
  ...over,
});

describe('probe snapshot → device specs', () => {
  it('fills what was read, ignoring USB media', () => {
    const { specs, drives } = specsFromSnapshot(snapshot());
    expect(specs).toEqual({
      serial: 'PF1ABCDE',
      brand: 'LENOVO',
      model: 'ThinkPad T480',
      cpu: 'Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz',
      ramMb: 7834,
      storageGb: 256,
      storageType: 'nvme',
      batteryHealthPct: 81,
      screenInches: 14,
      osName: 'Debian GNU/Linux 12 (bookworm)',
    });
    expect(drives.map((d) => d.name)).toEqual(['nvme0n1']);
  });

  it('leaves unknown fields out instead of inventing them', () => {
    const { specs } = specsFromSnapshot(
      snapshot({
        system: { serial: null, vendor: null, model: null },
        ramMb: null,
        battery: { present: null, healthPct: null },
        screenInches: null,
        drives: [
          { name: 'vda', serial: null, sizeGb: null, type: null, model: null, transport: null },
        ],
        unknown: ['system.serial'],
      }),
    );
    expect(specs).toEqual({
      cpu: 'Intel(R) Core(TM) i5-8350U CPU @ 1.70GHz',
      osName: 'Debian GNU/Linux 12 (bookworm)',
    });
  });

  it('matches by system serial and internal drive serials', () => {
    expect(snapshotSerials(snapshot())).toEqual({ system: 'PF1ABCDE', drives: ['S4EWNX0M'] });
  });
});
