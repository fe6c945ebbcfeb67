/**
 * Calendar dates as the bank lives them: "today", "in the past" and "which year" are judged on
 * the French calendar (Europe/Paris), whatever the server's time zone.
 */

/** Today's date in France, "YYYY-MM-DD". */
export function parisDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The year in France at this instant. */
export function parisYear(now: Date): number {
  return Number(parisDate(now).slice(0, 4));
}

/** "12/03/2026" from "2026-03-12" (documents in French). */
export function frenchDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
