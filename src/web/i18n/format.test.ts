import { describe, expect, it } from 'vitest';
import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatKilobytes,
  formatNumber,
} from './format';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('Intl formatting per locale', () => {
  it('formats numbers with French and English separators', () => {
    expect(formatNumber(12400, 'fr')).toBe(`12${NNBSP}400`);
    expect(formatNumber(12400, 'en')).toBe('12,400');
  });

  it('formats cents as euros', () => {
    expect(formatCurrency(200_000_000, 'fr')).toBe(`2${NNBSP}000${NNBSP}000,00${NBSP}€`);
    expect(formatCurrency(1999, 'en')).toBe('€19.99');
  });

  it('formats dates in the language of the interface', () => {
    const d = new Date('2026-03-03T14:05:00Z');
    expect(formatDate(d, 'fr', 'UTC')).toBe('3 mars 2026');
    expect(formatDate(d, 'en', 'UTC')).toBe('3 March 2026');
    expect(formatDateTime(d, 'fr', 'UTC')).toContain('14:05');
    expect(formatDateTime('2026-03-03T14:05:00Z', 'en', 'UTC')).toContain('3 March 2026');
  });

  it('falls back to French for an unknown locale', () => {
    expect(formatNumber(1000, 'de')).toBe(`1${NNBSP}000`);
  });

  it('formats file sizes', () => {
    expect(formatKilobytes(200 * 1024, 'fr')).toBe(`200${NNBSP}ko`);
    expect(formatKilobytes(200 * 1024, 'en')).toBe('200 kB');
  });
});
