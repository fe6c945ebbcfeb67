import { parse } from 'csv-parse/sync';
import type { TImportRowError } from '../../shared/schemas/imports';
import { NEEDS_LIMITS } from '../../shared/needs-enums';

/** Lower-case, accents removed, anything else than letters and digits as "_" ("Code postal" → "code_postal"). */
export function normaliseKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A parsed CSV: one object per data row, keyed by field name, with its row number. */
export interface TCsvTable {
  rows: { row: number; values: Record<string, string> }[];
  errors: TImportRowError[];
}

/** The delimiter people's spreadsheets use: semicolon (French Excel), comma or tab. */
function detectDelimiter(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ',';
}

/**
 * Parses a CSV (header row first, UTF-8 with or without BOM, `;`, `,` or tab) and maps its
 * columns to field names through `aliases` (field → accepted header names, normalised). A
 * missing required column or an unreadable file is an error on row 0.
 */
export function readCsv(
  text: string,
  aliases: Record<string, readonly string[]>,
  required: readonly string[],
): TCsvTable {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(firstLine),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    return {
      rows: [],
      errors: [
        {
          row: 0,
          path: 'file',
          code: 'csv_unreadable',
          params: { message: (error as Error).message },
        },
      ],
    };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ row: 0, path: 'file', code: 'csv_empty' }] };
  const byHeader = new Map<string, string>();
  for (const [field, names] of Object.entries(aliases))
    for (const n of names) byHeader.set(n, field);
  const fields = header.map((h) => byHeader.get(normaliseKey(h)));
  const errors: TImportRowError[] = required
    .filter((f) => !fields.includes(f))
    .map((f) => ({ row: 0, path: f, code: 'column_missing' }));
  if (data.length > NEEDS_LIMITS.maxImportRows) {
    errors.push({
      row: 0,
      path: 'file',
      code: 'too_many_rows',
      params: { max: NEEDS_LIMITS.maxImportRows },
    });
  }
  if (errors.length) return { rows: [], errors };
  const rows = data
    .map((record, i) => {
      const values: Record<string, string> = {};
      fields.forEach((f, j) => {
        if (f && record[j] !== undefined && record[j] !== '') values[f] = record[j]!;
      });
      return { row: i + 1, values };
    })
    .filter((r) => Object.keys(r.values).length > 0);
  return { rows, errors: [] };
}

/** Reads "12/05/2020" or "2020-05-12" as YYYY-MM-DD (anything else is returned unchanged). */
export function readDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (fr) return `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`;
  return value;
}

/** Reads an integer cell; a non-number stays a string so validation reports it. */
export function readInt(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}

/** Calls `progress` every `every` rows (and yields to the event loop so HTTP keeps answering). */
export async function eachWithProgress<T>(
  items: readonly T[],
  fn: (item: T, index: number) => void,
  progress: ((done: number) => Promise<void>) | undefined,
  every = 500,
) {
  for (let i = 0; i < items.length; i++) {
    fn(items[i]!, i);
    if (progress && (i + 1) % every === 0) await progress(i + 1);
  }
  if (progress) await progress(items.length);
}
