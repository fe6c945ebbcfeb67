import type { TProbeDrive } from '../shared/schemas/probe';
import type { TDriveType } from '../shared/inventory';

/**
 * Pure parsers for what `passerelle probe` reads on a Linux machine. Each returns null for
 * what it cannot read; nothing is guessed.
 */

/** Placeholder values firmware vendors leave in DMI fields; they identify nothing. */
const DMI_JUNK = [
  /^to be filled by o\.?e\.?m\.?$/i,
  /^default string$/i,
  /^system (serial number|product name|manufacturer)$/i,
  /^(not specified|not applicable|none|n\/a|unknown|invalid|oem|o\.e\.m\.)$/i,
  /^chassis serial number$/i,
  /^type1productconfigid$/i,
  /^0+$/,
  /^0123456789(abcdef)?$/i,
  /^x+$/i,
];

/** A DMI value, or null when empty or a known placeholder. */
export function cleanDmi(value: string | null | undefined): string | null {
  const v = value?.replace(/\0/g, '').trim();
  if (!v) return null;
  return DMI_JUNK.some((re) => re.test(v)) ? null : v;
}

/** CPU model and logical core count from /proc/cpuinfo (x86 and ARM). */
export function parseCpuinfo(text: string | null): { model: string | null; cores: number | null } {
  if (!text) return { model: null, cores: null };
  const field = (name: string) =>
    new RegExp(`^${name}\\s*:\\s*(.+)$`, 'mi').exec(text)?.[1]?.trim() || null;
  const model = field('model name') ?? field('Hardware') ?? field('Model') ?? field('cpu model');
  const cores = (text.match(/^processor\s*:/gim) ?? []).length;
  return { model, cores: cores || null };
}

/** Total memory in MB from /proc/meminfo (what the kernel sees, slightly under the DIMMs). */
export function parseMeminfo(text: string | null): number | null {
  const kb = text ? /^MemTotal:\s+(\d+)\s*kB/im.exec(text)?.[1] : undefined;
  return kb ? Math.round(Number(kb) / 1024) : null;
}

/** Installed memory in MB from `dmidecode -t memory` (sum of the populated slots). */
export function parseDmidecodeMemory(text: string | null): number | null {
  if (!text) return null;
  let total = 0;
  for (const m of text.matchAll(/^\s*Size:\s*(\d+)\s*(MB|GB|TB)\s*$/gim)) {
    const n = Number(m[1]);
    total +=
      m[2]!.toUpperCase() === 'GB' ? n * 1024 : m[2]!.toUpperCase() === 'TB' ? n * 1024 * 1024 : n;
  }
  return total || null;
}

interface TLsblkDevice {
  name?: string;
  serial?: string | null;
  size?: number | string | null;
  rota?: boolean | string | number | null;
  type?: string;
  model?: string | null;
  tran?: string | null;
}

/** Block devices that are not drives: RAM disks, loops, optical drives, zram swap. */
const NOT_A_DRIVE = /^(zram|loop|ram|sr|fd|md|dm-)/;

function driveType(d: TLsblkDevice): TDriveType | null {
  const name = d.name ?? '';
  if (name.startsWith('nvme') || d.tran === 'nvme') return 'nvme';
  if (name.startsWith('mmcblk') || d.tran === 'mmc') return 'emmc';
  if (d.rota === true || d.rota === '1' || d.rota === 1) return 'hdd';
  if (d.rota === false || d.rota === '0' || d.rota === 0) return 'ssd';
  return null;
}

/** Drives from `lsblk -J -b -o NAME,SERIAL,SIZE,ROTA,TYPE,MODEL,TRAN`. */
export function parseLsblk(json: string | null): TProbeDrive[] | null {
  if (!json) return null;
  let parsed: { blockdevices?: TLsblkDevice[] };
  try {
    parsed = JSON.parse(json) as { blockdevices?: TLsblkDevice[] };
  } catch {
    return null;
  }
  return (parsed.blockdevices ?? [])
    .filter((d) => d.type === 'disk' && d.name && !NOT_A_DRIVE.test(d.name))
    .filter((d) => Number(d.size ?? 0) > 0)
    .map((d) => ({
      name: d.name!,
      serial: cleanDmi(d.serial ?? null),
      sizeGb: d.size == null ? null : Math.round(Number(d.size) / 1e8) / 10,
      type: driveType(d),
      model: d.model?.trim() || null,
      transport: d.tran?.trim() || null,
    }));
}

/** Serial number from `smartctl -i` output. */
export function parseSmartctlSerial(text: string | null): string | null {
  return cleanDmi(text ? /^Serial Number:\s*(.+)$/im.exec(text)?.[1] : null);
}

/** Battery health in % from a power_supply directory's files (energy_* or charge_*). */
export function parseBatteryHealth(read: (file: string) => string | null): number | null {
  for (const [full, design] of [
    ['energy_full', 'energy_full_design'],
    ['charge_full', 'charge_full_design'],
  ] as const) {
    const f = Number(read(full));
    const d = Number(read(design));
    if (Number.isFinite(f) && Number.isFinite(d) && f > 0 && d > 0) {
      return Math.round((f / d) * 1000) / 10;
    }
  }
  return null;
}

/** PRETTY_NAME (or NAME VERSION) from /etc/os-release. */
export function parseOsRelease(text: string | null): string | null {
  if (!text) return null;
  const get = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1]?.trim();
  return get('PRETTY_NAME') || [get('NAME'), get('VERSION')].filter(Boolean).join(' ') || null;
}

/** Screen diagonal in inches from an EDID block (bytes 21–22: image size in cm). */
export function parseEdidInches(edid: Uint8Array | null): number | null {
  if (!edid || edid.length < 128) return null;
  const header = [0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00];
  if (!header.every((b, i) => edid[i] === b)) return null;
  const h = edid[21]!;
  const v = edid[22]!;
  if (!h || !v) return null;
  return Math.round((Math.sqrt(h * h + v * v) / 2.54) * 10) / 10;
}
