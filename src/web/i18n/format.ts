import { intlLocale } from '../lib/locale';

type TDateInput = Date | string | number;

function toDate(value: TDateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A date, e.g. « 3 mars 2026 » / "3 March 2026". */
export function formatDate(value: TDateInput, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(
    toDate(value),
  );
}

/** A date and time, e.g. « 3 mars 2026 à 14:05 » / "3 March 2026 at 14:05". */
export function formatDateTime(value: TDateInput, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(toDate(value));
}

/** A number with the locale's separators (French: narrow no-break space for thousands). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** An amount held in integer cents, as currency (euros by default). */
export function formatCurrency(cents: number, locale: string, currency = 'EUR'): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency }).format(
    cents / 100,
  );
}

/** A file size in kilobytes, e.g. « 180 ko » / "180 kB". */
export function formatKilobytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(Math.ceil(bytes / 1024));
}
