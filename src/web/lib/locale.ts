import { LOCALES, type TLocale } from '../../shared/enums';

/** localStorage key remembering the interface language before (and after) login. */
export const LOCALE_STORAGE_KEY = 'passerelle.locale';
/** sessionStorage key set when someone picks a language while logged out. */
export const PENDING_LOCALE_KEY = 'passerelle.locale.pending';
/** French first: the language shown when nothing was chosen. */
export const DEFAULT_LOCALE: TLocale = 'fr';

/** A supported locale, or null for anything else. */
export function parseLocale(value: unknown): TLocale | null {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
    ? (value as TLocale)
    : null;
}

/** The language to start with: the remembered one, else French (never the browser's guess). */
export function initialLocale(stored: string | null | undefined): TLocale {
  return parseLocale(stored) ?? DEFAULT_LOCALE;
}

/**
 * Which language to use once a session is known. The user's stored language wins, unless the
 * person explicitly picked another one on the login page just before: that fresh choice is kept
 * and saved to the account.
 */
export function resolveSessionLocale(input: {
  userLocale: TLocale;
  pendingChoice: string | null | undefined;
}): { locale: TLocale; shouldSave: boolean } {
  const pending = parseLocale(input.pendingChoice);
  if (pending && pending !== input.userLocale) return { locale: pending, shouldSave: true };
  return { locale: input.userLocale, shouldSave: false };
}

/** BCP 47 tag given to Intl for a locale (France for French, British English for English). */
export function intlLocale(locale: string): string {
  return parseLocale(locale) === 'en' ? 'en-GB' : 'fr-FR';
}
