/** A commune a postal code may stand for (as `GET /api/geo/postal-codes/:code` answers). */
export interface TCommuneMatch {
  communeCode: string;
  communeName: string;
  departementCode: string;
  departementName: string;
  regionCode: string;
  regionName: string;
}

/** True when a postal code is complete enough to look up (five digits). */
export function isPostalCodeComplete(code: string): boolean {
  return /^\d{5}$/.test(code.trim());
}

/** What the address form should do with a postal code look-up. */
export type TPostalLookupState =
  | { status: 'incomplete' }
  | { status: 'loading' }
  | { status: 'unknown' }
  | { status: 'single'; commune: TCommuneMatch }
  | { status: 'multiple'; communes: TCommuneMatch[]; selected: TCommuneMatch | null };

/**
 * Decides from the look-up result: one commune fills everything, several make the person pick
 * one (keeping a valid earlier pick), none means the postal code is unknown.
 */
export function postalLookupState(
  code: string,
  items: TCommuneMatch[] | undefined,
  selectedCommuneCode: string,
): TPostalLookupState {
  if (!isPostalCodeComplete(code)) return { status: 'incomplete' };
  if (!items) return { status: 'loading' };
  if (items.length === 0) return { status: 'unknown' };
  if (items.length === 1) return { status: 'single', commune: items[0]! };
  const selected = items.find((c) => c.communeCode === selectedCommuneCode) ?? null;
  return { status: 'multiple', communes: items, selected };
}

/** The commune code the form should hold after a look-up ('' when the person must choose). */
export function communeCodeAfterLookup(state: TPostalLookupState, current: string): string {
  if (state.status === 'single') return state.commune.communeCode;
  if (state.status === 'multiple') return state.selected?.communeCode ?? '';
  if (state.status === 'unknown') return '';
  return current;
}
