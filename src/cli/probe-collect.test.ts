import { describe, expect, it } from 'vitest';
import { ZProbeSnapshot } from '../shared/schemas/probe';
import { collectSnapshot, type TProbeIO } from './probe-collect';

function fakeIO(
  files: Record<string, string>,
  dirs: Record<string, string[]>,
  commands: Record<string, string>,
): TProbeIO {
  return {
    readText: (p) => files[p] ?? null,
    readBytes: () => null,
    list: (d) => dirs[d] ?? null,
    run: (cmd, args) => commands[[cmd, ...args].join(' ')] ?? null,
  };
}
const at = new Date('2026-03-02T10:00:00Z');

describe('probe collection', () => {
  it('collects a laptop read as root', () => {
    const io = fakeIO(
      {
        '/sys/class/dmi/id/product_serial': 'PF1ABCDE\n',
        '/sys/class/dmi/id/sys_vendor': 'LENOVO\n',
        '/sys/class/dmi/id/product_name': '20L5CTO1WW\n',
        '/sys/class/dmi/id/product_version': 'ThinkPad T480\n',
        '/proc/cpuinfo': 'processor : 0\nmodel name : Intel i5\n',
        '/proc/meminfo': 'MemTotal: 8022140 kB\n',
        '/sys/class/power_supply/BAT0/energy_full': '45000000',
        '/sys/class/power_supply/BAT0/energy_full_design': '50000000',
        '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n',
        '/proc/sys/kernel/osrelease': '6.1.0-18-amd64\n',
      },
      { '/sys/class/power_supply': ['AC', 'BAT0'] },
      {
        'lsblk -J -b -o NAME,SERIAL,SIZE,ROTA,TYPE,MODEL,TRAN': JSON.stringify({
          blockdevices: [
            {
              name: 'nvme0n1',
              serial: 'S4EW',
              size: 256060514304,
              rota: false,
              type: 'disk',
              model: 'SAMSUNG',
              tran: 'nvme',
            },
          ],
        }),
        'dmidecode -t memory': '\tSize: 8 GB\n',
      },
    );
    const s = collectSnapshot(io, at, '0.1.0');
    expect(ZProbeSnapshot.parse(s)).toBeTruthy();
    expect(s.system).toEqual({ serial: 'PF1ABCDE', vendor: 'LENOVO', model: 'ThinkPad T480' });
    expect(s.ramMb).toBe(8192);
    expect(s.battery).toEqual({ present: true, healthPct: 90 });
    expect(s.drives[0]).toMatchObject({ serial: 'S4EW', type: 'nvme' });
    expect(s.unknown).toEqual(['screenInches']);
  });

  it('reports as unknown (null) everything it cannot read, never a guess', () => {
    const s = collectSnapshot(
      fakeIO({ '/proc/cpuinfo': 'processor : 0\nmodel name : AMD EPYC\n' }, {}, {}),
      at,
      '0.1.0',
    );
    expect(ZProbeSnapshot.parse(s)).toBeTruthy();
    expect(s.system).toEqual({ serial: null, vendor: null, model: null });
    expect(s.ramMb).toBeNull();
    expect(s.drives).toEqual([]);
    expect(s.battery).toEqual({ present: null, healthPct: null });
    expect(s.unknown).toEqual([
      'battery',
      'drives',
      'os.kernel',
      'os.name',
      'ramMb',
      'screenInches',
      'system.model',
      'system.serial',
      'system.vendor',
    ]);
  });

  it('knows a desktop has no battery (not unknown) and lists drives without serial', () => {
    const s = collectSnapshot(
      fakeIO(
        {},
        { '/sys/class/power_supply': ['AC'] },
        {
          'lsblk -J -b -o NAME,SERIAL,SIZE,ROTA,TYPE,MODEL,TRAN': JSON.stringify({
            blockdevices: [
              {
                name: 'sda',
                serial: null,
                size: 1000000000,
                rota: true,
                type: 'disk',
                model: null,
                tran: 'sata',
              },
            ],
          }),
        },
      ),
      at,
      '0.1.0',
    );
    expect(s.battery).toEqual({ present: false, healthPct: null });
    expect(s.unknown).toContain('drives.sda.serial');
    expect(s.unknown).not.toContain('battery');
  });
});
