import { findDevicesByCode } from '../../db/repositories/devices-repo';
import { assetTagFromScan } from '../../domain/device/asset-tag';
import { AppError } from '../../shared/app-error';
import type { TImportRowError } from '../../shared/schemas/imports';
import {
  ZDeviceCsvImport,
  ZDeviceUpdate,
  ZReceiveDeviceLine,
  type TDeviceCsvImport,
} from '../../shared/schemas/devices';
import { readCsv } from '../imports/csv';
import type { ServiceContext } from '../context';
import { canOnOrganisation } from './access';
import { parseInput } from './parse-input';
import { receiveInTx } from './receive-devices';
import { updateDeviceSpecsInTx } from './update-device-specs';

/** Accepted headers per field (normalised: lower case, no accents, "_" for the rest). */
const ALIASES: Record<string, readonly string[]> = {
  assetTag: ['asset_tag', 'etiquette', 'tag'],
  kind: ['kind', 'type', 'type_appareil'],
  serial: ['serial', 'numero_de_serie', 'n_serie', 'serial_number', 'sn'],
  donorAssetTag: ['donor_asset_tag', 'inventaire_donateur', 'asset_donateur'],
  brand: ['brand', 'marque'],
  model: ['model', 'modele'],
  cpu: ['cpu', 'processeur'],
  ramMb: ['ram_mb', 'ram_mo', 'memoire_mo'],
  storageType: ['storage_type', 'type_stockage'],
  storageGb: ['storage_gb', 'stockage_go'],
  screenInches: ['screen_inches', 'ecran_pouces'],
  batteryHealthPct: ['battery_pct', 'batterie_pct', 'battery_health_pct'],
  osName: ['os', 'systeme'],
  osLicenceRef: ['os_licence', 'licence'],
  accessories: ['accessories', 'accessoires'],
  driveSerials: ['drive_serials', 'series_disques'],
  driveTypes: ['drive_types', 'types_disques'],
  driveSizes: ['drive_sizes_gb', 'tailles_disques_go'],
  shelfCode: ['shelf', 'etagere'],
  notes: ['notes', 'remarques'],
};

const NUMBERS = new Set(['ramMb', 'storageGb', 'screenInches', 'batteryHealthPct']);
/** Lists inside a cell are separated by "|" (the cell separator may be "," or ";"). */
const list = (v: string | undefined) =>
  v
    ? v
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** A CSV row as the device schemas expect it (numbers read, French decimal commas accepted). */
function rowToLine(values: Record<string, string>) {
  const line: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (NUMBERS.has(k)) line[k] = /^-?\d+([.,]\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v;
    else if (!['accessories', 'driveSerials', 'driveTypes', 'driveSizes'].includes(k)) line[k] = v;
  }
  if (values.accessories !== undefined) line.accessories = list(values.accessories);
  const serials = list(values.driveSerials);
  const types = list(values.driveTypes);
  const sizes = list(values.driveSizes);
  const n = Math.max(serials.length, types.length, sizes.length);
  if (n)
    line.drives = Array.from({ length: n }, (_, i) => ({
      serial: serials[i],
      type: types[i]?.toLowerCase(),
      sizeGb: sizes[i] && /^\d+$/.test(sizes[i]!) ? Number(sizes[i]) : sizes[i],
    }));
  return line;
}

/** Field errors of a service call, as row errors ("devices.3.serial" → row 4, "serial"). */
function toRowErrors(error: unknown, rowOf: (index: number) => number, fallbackRow?: number) {
  if (!(error instanceof AppError) || error.code !== 'validation.failed') throw error;
  const fields = (error.details?.fields ?? []) as {
    path: string;
    code: string;
    params?: Record<string, unknown>;
  }[];
  return fields.map((f): TImportRowError => {
    const m = /^devices\.(\d+)\.(.+)$/.exec(f.path);
    return m
      ? {
          row: rowOf(Number(m[1])),
          path: m[2]!,
          code: f.code,
          ...(f.params ? { params: f.params } : {}),
        }
      : {
          row: fallbackRow ?? 0,
          path: f.path,
          code: f.code,
          ...(f.params ? { params: f.params } : {}),
        };
  });
}

class Rollback extends Error {}

/**
 * Imports devices from a spreadsheet, all rows or none. `receive` creates the devices at a
 * location (like a reception); `update` fills the specs of devices already recorded, found by
 * asset tag or serial. With `dryRun` (the default) everything is checked inside a
 * transaction that is then rolled back: the preview shows exactly what committing would do,
 * or every row's errors.
 */
export async function importDevicesCsv(ctx: ServiceContext, raw: unknown) {
  const input: TDeviceCsvImport = parseInput(ZDeviceCsvImport, raw);
  const table = readCsv(input.csv, ALIASES, input.mode === 'receive' ? ['kind'] : []);
  const errors: TImportRowError[] = [...table.errors];
  if (
    input.mode === 'update' &&
    table.rows.length &&
    !table.rows.every((r) => r.values.assetTag || r.values.serial)
  ) {
    errors.push({ row: 0, path: 'file', code: 'asset_tag_or_serial_column_required' });
  }
  if (input.mode === 'receive' && !input.locationId)
    errors.push({ row: 0, path: 'locationId', code: 'required' });
  const lines = table.rows.map((r) => ({ row: r.row, line: rowToLine(r.values) }));
  for (const { row, line } of lines) {
    const schema = input.mode === 'receive' ? ZReceiveDeviceLine : ZDeviceUpdate;
    const parsed = schema.safeParse(
      input.mode === 'receive' ? line : { ...line, drives: undefined },
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({
          row,
          path: issue.path.join('.'),
          code: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
        });
      }
    }
  }
  let result: unknown = null;
  if (!errors.length && lines.length) {
    try {
      await ctx.db.transaction(async (tx) => {
        if (input.mode === 'receive') {
          result = await receiveInTx(tx, ctx, {
            locationId: input.locationId!,
            originType: input.originType,
            originId: input.originId,
            donorOrganisationId: input.donorOrganisationId,
            funderOrganisationId: input.funderOrganisationId,
            earmark: input.earmark,
            devices: lines.map((l) => ZReceiveDeviceLine.parse(l.line)),
          }).catch((e: unknown) => {
            errors.push(...toRowErrors(e, (i) => lines[i]!.row));
            throw new Rollback();
          });
        } else {
          const updated: string[] = [];
          for (const { row, line } of lines) {
            const code = String(line.assetTag ?? line.serial);
            const found = (await findDevicesByCode(tx, code, assetTagFromScan(code))).filter((d) =>
              canOnOrganisation(ctx, 'device.update', d.ownerOrganisationId),
            );
            if (found.length !== 1) {
              errors.push({
                row,
                path: line.assetTag ? 'assetTag' : 'serial',
                code: found.length ? 'device_ambiguous' : 'device_unknown',
              });
              continue;
            }
            const { assetTag: _t, ...fields } = line;
            const patch = ZDeviceUpdate.parse({
              ...fields,
              drives: undefined,
              serial: line.assetTag ? line.serial : undefined,
            });
            try {
              updated.push((await updateDeviceSpecsInTx(tx, ctx, found[0]!.id, patch)).assetTag);
            } catch (e) {
              if (e instanceof AppError && e.code === 'state.invalid')
                errors.push({ row, path: 'assetTag', code: 'device_not_editable' });
              else errors.push(...toRowErrors(e, () => row, row));
            }
          }
          result = { updated };
        }
        if (errors.length || input.dryRun) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const isValid = errors.length === 0 && lines.length > 0;
  return {
    mode: input.mode,
    rowCount: lines.length,
    isValid,
    committed: isValid && !input.dryRun,
    errors,
    result: isValid ? result : null,
  };
}
