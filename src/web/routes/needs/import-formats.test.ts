import { describe, expect, it } from 'vitest';
import { fileLine, IMPORT_FORMATS, readCsvFile, templateCsv, templateHref } from './import-formats';

describe('CSV import formats', () => {
  it('writes a template with one header per column and example rows of the same width', () => {
    for (const kind of ['structures', 'beneficiaries'] as const) {
      const [header, ...rows] = templateCsv(kind).trimEnd().split('\r\n');
      expect(header!.split(';')).toEqual(IMPORT_FORMATS[kind].map((c) => c.headers[0]));
      for (const row of rows) expect(row.split(';')).toHaveLength(IMPORT_FORMATS[kind].length);
    }
    expect(decodeURIComponent(templateHref('structures').split(',')[1]!)).toMatch(
      /^\uFEFFNom;Type;/,
    );
  });

  it('numbers errors as spreadsheet lines (the header is line 1)', () => {
    expect(fileLine(1)).toBe(2);
    expect(fileLine(0)).toBeNull();
  });

  it('reads UTF-8, and falls back on Windows-1252 for files saved by French Excel', async () => {
    expect(await readCsvFile(new Blob(['Nom;Réseaux\n']))).toBe('Nom;Réseaux\n');
    const latin = new Uint8Array([0x52, 0xe9, 0x73, 0x65, 0x61, 0x75, 0x78]);
    expect(await readCsvFile(new Blob([latin]))).toBe('Réseaux');
  });
});
