import { describe, expect, it } from 'vitest';
import {
  cleanDmi,
  parseBatteryHealth,
  parseCpuinfo,
  parseDmidecodeMemory,
  parseEdidInches,
  parseLsblk,
  parseMeminfo,
  parseOsRelease,
  parseSmartctlSerial,
} from './probe-parse';

describe('probe parsers', () => {
  it('drops firmware placeholders from DMI fields', () => {
    expect(cleanDmi('To be filled by O.E.M.\n')).toBeNull();
    expect(cleanDmi('Default string')).toBeNull();
    expect(cleanDmi('System Serial Number')).toBeNull();
    expect(cleanDmi('0000000000')).toBeNull();
    expect(cleanDmi('')).toBeNull();
    expect(cleanDmi(' PF1ABCDE\n')).toBe('PF1ABCDE');
  });

  it('reads CPU model and cores (x86 and ARM)', () => {
    expect(
      parseCpuinfo(
        'processor\t: 0\nmodel name\t: Intel Core i5\nprocessor\t: 1\nmodel name\t: Intel Core i5\n',
      ),
    ).toEqual({
      model: 'Intel Core i5',
      cores: 2,
    });
    expect(parseCpuinfo('processor : 0\nHardware : BCM2835\n')).toEqual({
      model: 'BCM2835',
      cores: 1,
    });
    expect(parseCpuinfo(null)).toEqual({ model: null, cores: null });
  });

  it('reads memory from meminfo and from dmidecode', () => {
    expect(parseMeminfo('MemTotal:        8022140 kB\nMemFree: 1 kB')).toBe(7834);
    expect(parseMeminfo('nonsense')).toBeNull();
    const dmi =
      'Memory Device\n\tSize: 8 GB\nMemory Device\n\tSize: No Module Installed\nMemory Device\n\tSize: 4096 MB\n';
    expect(parseDmidecodeMemory(dmi)).toBe(12288);
    expect(parseDmidecodeMemory('')).toBeNull();
  });

  it('reads drives from lsblk JSON, skipping zram, loops and empty devices', () => {
    const json = JSON.stringify({
      blockdevices: [
        {
          name: 'zram0',
          serial: null,
          size: 0,
          rota: false,
          type: 'disk',
          model: null,
          tran: null,
        },
        {
          name: 'loop0',
          serial: null,
          size: 1000,
          rota: false,
          type: 'loop',
          model: null,
          tran: null,
        },
        {
          name: 'sda',
          serial: 'WD-WCC4E1234567',
          size: 500107862016,
          rota: true,
          type: 'disk',
          model: 'WDC WD5000',
          tran: 'sata',
        },
        {
          name: 'nvme0n1',
          serial: 'S4EWNX0M123',
          size: '256060514304',
          rota: '0',
          type: 'disk',
          model: 'SAMSUNG',
          tran: 'nvme',
        },
        {
          name: 'mmcblk0',
          serial: '0x1234',
          size: 31268536320,
          rota: false,
          type: 'disk',
          model: null,
          tran: null,
        },
        {
          name: 'vda',
          serial: null,
          size: 274877906944,
          rota: null,
          type: 'disk',
          model: null,
          tran: null,
        },
        {
          name: 'sr0',
          serial: 'X',
          size: 1073741312,
          rota: true,
          type: 'rom',
          model: 'DVD',
          tran: 'sata',
        },
      ],
    });
    expect(parseLsblk(json)).toEqual([
      {
        name: 'sda',
        serial: 'WD-WCC4E1234567',
        sizeGb: 500.1,
        type: 'hdd',
        model: 'WDC WD5000',
        transport: 'sata',
      },
      {
        name: 'nvme0n1',
        serial: 'S4EWNX0M123',
        sizeGb: 256.1,
        type: 'nvme',
        model: 'SAMSUNG',
        transport: 'nvme',
      },
      {
        name: 'mmcblk0',
        serial: '0x1234',
        sizeGb: 31.3,
        type: 'emmc',
        model: null,
        transport: null,
      },
      { name: 'vda', serial: null, sizeGb: 274.9, type: null, model: null, transport: null },
    ]);
    expect(parseLsblk('not json')).toBeNull();
    expect(parseLsblk(null)).toBeNull();
  });

  it('reads a drive serial from smartctl', () => {
    expect(parseSmartctlSerial('Model Family: X\nSerial Number:    WD-123\n')).toBe('WD-123');
    expect(parseSmartctlSerial(null)).toBeNull();
  });

  it('computes battery health from energy or charge files', () => {
    const files = (m: Record<string, string>) => (f: string) => m[f] ?? null;
    expect(
      parseBatteryHealth(files({ energy_full: '40000000', energy_full_design: '50000000' })),
    ).toBe(80);
    expect(parseBatteryHealth(files({ charge_full: '3000', charge_full_design: '4000' }))).toBe(75);
    expect(parseBatteryHealth(files({ energy_full: '0', energy_full_design: '0' }))).toBeNull();
    expect(parseBatteryHealth(files({}))).toBeNull();
  });

  it('reads the OS name', () => {
    expect(
      parseOsRelease('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n'),
    ).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(parseOsRelease('NAME=Emmabuntüs\nVERSION="5"\n')).toBe('Emmabuntüs 5');
  });

  it('computes a panel diagonal from its EDID', () => {
    const edid = new Uint8Array(128);
    edid.set([0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00]);
    edid[21] = 31;
    edid[22] = 17;
    expect(parseEdidInches(edid)).toBe(13.9);
    expect(parseEdidInches(new Uint8Array(128))).toBeNull();
    expect(parseEdidInches(null)).toBeNull();
  });
});
