import { describe, expect, it } from 'vitest';
import {
  describeGoods,
  formatReceiptNumber,
  formatSiren,
  missingIssuerFields,
  parseReceiptNumber,
  sirenOf,
} from './tax-receipt';

describe('tax receipt rules', () => {
  it('numbers receipts per year with six digits', () => {
    expect(formatReceiptNumber(2026, 1)).toBe('2026-000001');
    expect(formatReceiptNumber(2026, 123_456)).toBe('2026-123456');
    expect(parseReceiptNumber('2026-000042')).toEqual({ year: 2026, sequence: 42 });
    expect(parseReceiptNumber('2026-42')).toBeNull();
    expect(() => formatReceiptNumber(2026, 0)).toThrow(RangeError);
  });

  it('takes the SIREN from a SIREN or a SIRET, and nothing else', () => {
    expect(sirenOf('732 829 320')).toBe('732829320');
    expect(sirenOf('73282932000074')).toBe('732829320');
    expect(sirenOf('W751234567')).toBeNull();
    expect(sirenOf(null)).toBeNull();
    expect(formatSiren('732829320')).toBe('732 829 320');
  });

  it('lists the issuer fields still missing', () => {
    expect(missingIssuerFields(null)).toContain('sirenOrRna');
    expect(missingIssuerFields({ name: 'Banque', sirenOrRna: ' ' })).toContain('sirenOrRna');
  });

  it('describes the goods with quantities and models', () => {
    expect(
      describeGoods([
        { kind: 'laptop', count: 19, models: ['Dell Latitude 5490'] },
        { kind: 'tablet', count: 1, models: [] },
        { kind: 'smartphone', count: 0, models: [] },
      ]),
    ).toBe(
      "19 ordinateurs portables (Dell Latitude 5490) ; 1 tablette — matériel informatique d'occasion",
    );
    expect(describeGoods([])).toBe('');
  });
});
