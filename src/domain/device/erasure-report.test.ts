import { describe, expect, it } from 'vitest';
import {
  buildReportLines,
  canonicalReport,
  type TReportDevice,
  type TReportErasure,
} from './erasure-report';

const device = (id: string, over: Partial<TReportDevice> = {}): TReportDevice => ({
  id,
  assetTag: `PSR-${id}`,
  kind: 'laptop',
  brand: 'Dell',
  model: 'Latitude 5490',
  serial: `SN-${id}`,
  donorAssetTag: null,
  state: 'ready',
  recyclerReceiptRef: null,
  ...over,
});
const erasure = (driveId: string, over: Partial<TReportErasure> = {}): TReportErasure => ({
  driveId,
  method: 'ata_secure_erase',
  standard: 'nist_800_88_purge',
  tool: 'hdparm',
  toolVersion: '9.65',
  passes: null,
  startedAt: new Date('2026-03-01T09:00:00Z'),
  endedAt: new Date('2026-03-01T10:00:00Z'),
  result: 'success',
  operatorName: 'Awa',
  toolReportRef: null,
  ...over,
});

describe('erasure report', () => {
  const devices = [
    device('B'),
    device('A'),
    device('M', { kind: 'monitor' }),
    device('R', { state: 'recycled', recyclerReceiptRef: 'DEEE-1' }),
  ];
  const drives = [
    { id: 'a1', deviceId: 'A', serial: 'WD-1', name: 'sda', type: 'hdd', sizeGb: 500 },
    { id: 'a2', deviceId: 'A', serial: null, name: 'sdb', type: 'ssd', sizeGb: 256 },
    { id: 'b1', deviceId: 'B', serial: 'NV-1', name: 'nvme0n1', type: 'nvme', sizeGb: 512 },
    { id: 'r1', deviceId: 'R', serial: 'OLD-1', name: null, type: 'hdd', sizeGb: 80 },
  ];
  const erasures = [
    erasure('a1', {
      result: 'failure',
      endedAt: new Date('2026-03-01T08:00:00Z'),
      startedAt: new Date('2026-03-01T07:00:00Z'),
    }),
    erasure('a1'),
    erasure('a2', { result: 'failure' }),
    erasure('b1', {
      method: 'physical_destruction',
      standard: 'nist_800_88_destroy',
      tool: 'broyeur',
      toolVersion: null,
    }),
  ];

  it('writes one line per drive (sorted by tag) with the evidence that cleared it', () => {
    const lines = buildReportLines(devices, drives, erasures);
    expect(lines.map((l) => [l.assetTag, l.drive, l.status])).toEqual([
      ['PSR-A', 'WD-1', 'erased'],
      ['PSR-A', '#2 (sdb)', 'failed'],
      ['PSR-B', 'NV-1', 'destroyed'],
      ['PSR-M', null, 'no_storage'],
      ['PSR-R', 'OLD-1', 'recycled_weee'],
    ]);
    expect(lines[0]).toMatchObject({
      method: 'ata_secure_erase',
      tool: 'hdparm 9.65',
      operator: 'Awa',
      endedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(lines[4]!.recyclerReceiptRef).toBe('DEEE-1');
  });

  it('gives the same canonical text for the same content, another for any change', () => {
    const a = canonicalReport('lot-1', 'donor-1', buildReportLines(devices, drives, erasures));
    const b = canonicalReport(
      'lot-1',
      'donor-1',
      buildReportLines([...devices].reverse(), drives, [...erasures].reverse()),
    );
    expect(a).toBe(b);
    const c = canonicalReport(
      'lot-1',
      'donor-1',
      buildReportLines(devices, drives, erasures.slice(0, 3)),
    );
    expect(c).not.toBe(a);
  });
});
