import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  PENDING_LOCALE_KEY,
  initialLocale,
  parseLocale,
} from '../lib/locale';
import type { TLocale } from '../../shared/enums';

function readStorage(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Private browsing may forbid storage: the language then lasts for this page only.
  }
}

/** The i18next instance of the web app, French by default, the remembered language otherwise. */
export const i18n = i18next.createInstance();

const bundles: Record<TLocale, () => Promise<{ translation: Record<string, unknown> }>> = {
  fr: () => import('./bundle-fr'),
  en: () => import('./bundle-en'),
};

/** Fetches a language's strings once (each language is its own chunk). */
export async function loadLanguage(locale: TLocale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const { translation } = await bundles[locale]();
  i18n.addResourceBundle(locale, 'translation', translation);
}

/** Shows the interface in another language, its strings fetched first. */
export async function switchLanguage(locale: TLocale): Promise<void> {
  await loadLanguage(locale);
  await i18n.changeLanguage(locale);
}

const startLocale = initialLocale(readStorage(() => localStorage, LOCALE_STORAGE_KEY));

/** Resolves once the first language's strings are there: the app renders after it. */
export const i18nReady: Promise<void> = i18n
  .use(initReactI18next)
  .init({
    resources: {},
    partialBundledLanguages: true,
    lng: startLocale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  })
  .then(() => loadLanguage(startLocale));

function applyDocumentLanguage(lng: string) {
  document.documentElement.lang = parseLocale(lng) ?? DEFAULT_LOCALE;
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', (lng) => {
  applyDocumentLanguage(lng);
  writeStorage(() => localStorage, LOCALE_STORAGE_KEY, lng);
});

/** The current interface language. */
export function currentLocale(): TLocale {
  return parseLocale(i18n.language) ?? DEFAULT_LOCALE;
}

/** Remembers a choice made while logged out, to save it to the account at the next login. */
export function rememberPendingLocale(locale: TLocale | null): void {
  writeStorage(() => sessionStorage, PENDING_LOCALE_KEY, locale);
}

/** The language picked while logged out, if any. */
export function pendingLocale(): string | null {
  return readStorage(() => sessionStorage, PENDING_LOCALE_KEY);
}
