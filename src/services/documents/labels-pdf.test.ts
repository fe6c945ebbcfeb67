import { describe, expect, it } from 'vitest';
import { LABEL_LAYOUTS_MM, labelPosition } from './label-layouts';
import { renderLabelsPdf } from './labels-pdf';

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
const label = (i: number) => ({
  assetTag: `PSR-00000${i % 10}`,
  qrContent: `https://passerelle.test/d/PSR-00000${i % 10}`,
  line1: 'Ordinateur portable · Dell Latitude 5490',
  line2: 'S/N 5CG1234XYZ',
});

describe('label sheets', () => {
  it('fits every layout inside an A4 page', () => {
    for (const g of Object.values(LABEL_LAYOUTS_MM)) {
      expect(g.left + (g.columns - 1) * g.pitchX + g.width).toBeLessThanOrEqual(210);
      expect(g.top + (g.rows - 1) * g.pitchY + g.height).toBeLessThanOrEqual(297);
    }
  });

  it('places labels row by row and starts a new sheet when one is full', () => {
    expect(labelPosition('L7160', 0)).toEqual({ sheet: 0, x: 7.25, y: 15.15 });
    expect(labelPosition('L7160', 4)).toMatchObject({ sheet: 0, x: 7.25 + 66.04, y: 15.15 + 38.1 });
    expect(labelPosition('L7160', 21)).toMatchObject({ sheet: 1, x: 7.25, y: 15.15 });
    expect(labelPosition('L7163', 13).sheet).toBe(0);
    expect(labelPosition('L7163', 14).sheet).toBe(1);
  });

  it('renders a PDF with one page per sheet, skipping used labels on the first', async () => {
    const at = new Date('2026-03-02T10:00:00Z');
    const one = await renderLabelsPdf([label(0)], 'L7160', { at });
    expect(one.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages(one)).toBe(1);
    expect(
      pages(
        await renderLabelsPdf(
          Array.from({ length: 22 }, (_, i) => label(i)),
          'L7160',
          { at },
        ),
      ),
    ).toBe(2);
    expect(
      pages(
        await renderLabelsPdf(
          Array.from({ length: 14 }, (_, i) => label(i)),
          'L7163',
          { at },
        ),
      ),
    ).toBe(1);
    expect(
      pages(
        await renderLabelsPdf(
          Array.from({ length: 14 }, (_, i) => label(i)),
          'L7163',
          { at, skip: 1 },
        ),
      ),
    ).toBe(2);
  });
});
