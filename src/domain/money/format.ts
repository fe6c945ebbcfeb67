/**
 * Formatting cents as euros for documents (PDF, CSV), with integer arithmetic only. French:
 * "1 234,56 €" (no-break space between thousands and before the sign, characters that the
 * PDF's standard fonts can print); English: "€1,234.56".
 */

const NBSP = '\u00a0';

/** Groups the digits of a non-negative integer string by three. */
function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "1 234,56 €" (fr) or "€1,234.56" (en) for an amount in cents (may be negative). */
export function formatEuros(cents: number, locale: 'fr' | 'en' = 'fr'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('cents must be a whole number');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  return locale === 'en'
    ? `${sign}€${group(euros, ',')}.${rest}`
    : `${sign}${group(euros, NBSP)},${rest}${NBSP}€`;
}

/** "1234.56": cents as a plain decimal string (CSV exports, machine-readable). */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError('cents must be a whole number');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "20 %" / "5,5 %" for a VAT rate in basis points. */
export function formatVatRate(rateBp: number, locale: 'fr' | 'en' = 'fr'): string {
  const whole = Math.floor(rateBp / 100);
  const frac = String(rateBp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const sep = locale === 'en' ? '.' : ',';
  return `${whole}${frac ? sep + frac : ''}${locale === 'en' ? '' : NBSP}%`;
}
