import type { TDeviceKind } from '../../shared/inventory';

/**
 * CO₂e avoided when a person uses a refurbished device instead of buying a new one, per kind,
 * in whole grams (no floating point in reports).
 *
 * Source: ADEME, « Évaluation de l'impact environnemental d'un ensemble de produits
 * reconditionnés » (September 2022, with Arcep), which gives the greenhouse gas emissions a
 * refurbished device avoids per YEAR of use compared with a new one:
 *   - smartphone: 24.6 kg CO₂e / year;
 *   - tablet: 20 kg CO₂e / year;
 *   - laptop: 27 kg CO₂e / year (desktops fall in the same 43–97 % range; the laptop figure
 *     is used for them too).
 *
 * ASSUMPTION (ours, stated on every report): a device refurbished and handed over by the bank
 * is used 3 more years (2 for a smartphone), so the avoided emissions per device are
 * laptop/desktop 27 × 3 = 81 kg, tablet 20 × 3 = 60 kg, smartphone 24.6 × 2 = 49.2 kg.
 * This is deliberately lower than "manufacturing footprint of a new laptop" figures
 * (~150–250 kg CO₂e) because those ignore the refurbishing itself and assume the person would
 * have bought new. Monitors, 4G routers and other devices: no ADEME figure, counted as 0.
 * Only devices actually handed over to people count: a device on a shelf avoids nothing yet.
 */
export const CO2E_AVOIDED_GRAMS: Record<TDeviceKind, number> = {
  laptop: 81_000,
  desktop: 81_000,
  tablet: 60_000,
  smartphone: 49_200,
  router_4g: 0,
  monitor: 0,
  other: 0,
};

/** Where the factors come from, printed under every figure that uses them. */
export const CO2E_SOURCE =
  "ADEME 2022, « Évaluation de l'impact environnemental d'un ensemble de produits reconditionnés » : " +
  'émissions évitées par année d’usage (portable 27 kg, tablette 20 kg, smartphone 24,6 kg CO2e), ' +
  'hypothèse de 3 ans d’usage supplémentaire (2 pour un smartphone).';

/** Grams of CO₂e avoided by devices handed over, per kind. */
export function co2eAvoidedGrams(handedOverByKind: Partial<Record<TDeviceKind, number>>): number {
  let grams = 0;
  for (const [kind, count] of Object.entries(handedOverByKind) as [TDeviceKind, number][]) {
    grams += (CO2E_AVOIDED_GRAMS[kind] ?? 0) * count;
  }
  return grams;
}

/** "1 234,5 kg" / "12,3 t": grams of CO₂e for a report (integer arithmetic, one decimal). */
export function formatCo2e(grams: number, locale: 'fr' | 'en' = 'fr'): string {
  const sep = locale === 'en' ? '.' : ',';
  const space = locale === 'en' ? ',' : '\u00a0';
  const [unit, divisor] = grams >= 10_000_000 ? ['t', 1_000_000] : ['kg', 1000];
  const tenths = Math.round((grams * 10) / divisor);
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+(?!\d))/g, space);
  return `${whole}${sep}${tenths % 10}${locale === 'en' ? ' ' : '\u00a0'}${unit}`;
}
