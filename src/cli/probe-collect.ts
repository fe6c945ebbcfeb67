import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { PROBE_FORMAT, type TProbeSnapshot } from '../shared/schemas/probe';
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

/** The probe's access to the machine, injectable so tests run on fixtures. */
export interface TProbeIO {
  readText(path: string): string | null;
  readBytes(path: string): Uint8Array | null;
  list(dir: string): string[] | null;
  /** Runs a command; null when it is missing, fails or times out. */
  run(cmd: string, args: string[]): string | null;
}

/** The real machine. */
export const systemProbeIO: TProbeIO = {
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  readBytes(path) {
    try {
      return new Uint8Array(readFileSync(path));
    } catch {
      return null;
    }
  },
  list(dir) {
    try {
      return readdirSync(dir);
    } catch {
      return null;
    }
  },
  run(cmd, args) {
    try {
      return execFileSync(cmd, args, {
        encoding: 'utf8',
        timeout: 8000,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      return null;
    }
  },
};

const DMI = '/sys/class/dmi/id';

function dmi(io: TProbeIO, file: string, dmidecodeKey: string): string | null {
  return (
    cleanDmi(io.readText(`${DMI}/${file}`)) ?? cleanDmi(io.run('dmidecode', ['-s', dmidecodeKey]))
  );
}

function battery(io: TProbeIO, unknown: string[]): TProbeSnapshot['battery'] {
  const root = '/sys/class/power_supply';
  const entries = io.list(root);
  if (!entries) {
    unknown.push('battery');
    return { present: null, healthPct: null };
  }
  const batteries = entries.filter(
    (e) => /^BAT/i.test(e) || io.readText(`${root}/${e}/type`)?.trim() === 'Battery',
  );
  if (!batteries.length) return { present: false, healthPct: null };
  const healthPct = parseBatteryHealth((f) => io.readText(`${root}/${batteries[0]}/${f}`));
  if (healthPct == null) unknown.push('battery.healthPct');
  return { present: true, healthPct };
}

function screenInches(io: TProbeIO): number | null {
  const root = '/sys/class/drm';
  // Only built-in panels: an external monitor's size is not the device's screen.
  const panels = (io.list(root) ?? []).filter((e) => /-(eDP|LVDS|DSI)-/i.test(e));
  for (const p of panels) {
    const inches = parseEdidInches(io.readBytes(`${root}/${p}/edid`));
    if (inches) return inches;
  }
  return null;
}

/**
 * Reads everything the probe can on this machine. Fields it cannot read are null and listed
 * in `unknown`.
 */
export function collectSnapshot(io: TProbeIO, now: Date, probeVersion: string): TProbeSnapshot {
  const unknown: string[] = [];
  const note = <T>(path: string, value: T | null): T | null => {
    if (value == null) unknown.push(path);
    return value;
  };
  const vendor = dmi(io, 'sys_vendor', 'system-manufacturer');
  let model = dmi(io, 'product_name', 'system-product-name');
  // Lenovo puts the machine type in product_name and the marketing name in product_version.
  const version = cleanDmi(io.readText(`${DMI}/product_version`));
  if (vendor && /lenovo/i.test(vendor) && version) model = version;
  const cpu = parseCpuinfo(io.readText('/proc/cpuinfo'));
  const ramMb =
    parseDmidecodeMemory(io.run('dmidecode', ['-t', 'memory'])) ??
    parseMeminfo(io.readText('/proc/meminfo'));
  const lsblk = io.run('lsblk', ['-J', '-b', '-o', 'NAME,SERIAL,SIZE,ROTA,TYPE,MODEL,TRAN']);
  const drives = parseLsblk(lsblk);
  if (!drives) unknown.push('drives');
  for (const d of drives ?? []) {
    if (!d.serial) d.serial = parseSmartctlSerial(io.run('smartctl', ['-i', `/dev/${d.name}`]));
    if (!d.serial) unknown.push(`drives.${d.name}.serial`);
    if (d.type == null) unknown.push(`drives.${d.name}.type`);
  }
  const snapshot: TProbeSnapshot = {
    format: PROBE_FORMAT,
    probeVersion,
    collectedAt: now.toISOString(),
    system: {
      serial: note('system.serial', dmi(io, 'product_serial', 'system-serial-number')),
      vendor: note('system.vendor', vendor),
      model: note('system.model', model),
    },
    cpu: { model: note('cpu.model', cpu.model), cores: note('cpu.cores', cpu.cores) },
    ramMb: note('ramMb', ramMb),
    drives: drives ?? [],
    battery: battery(io, unknown),
    screenInches: note('screenInches', screenInches(io)),
    os: {
      name: note('os.name', parseOsRelease(io.readText('/etc/os-release'))),
      kernel: note('os.kernel', io.readText('/proc/sys/kernel/osrelease')?.trim() || null),
    },
    unknown,
  };
  unknown.sort();
  return snapshot;
}
