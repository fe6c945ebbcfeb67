import { translation as fr } from './bundle-fr';
import { translation as en } from './bundle-en';

/**
 * Every string of the interface, French first, for tests and tools that need both languages
 * at once. The web app itself does not import this: it loads one language's bundle at a time.
 */
export const resources = {
  fr: { translation: fr },
  en: { translation: en },
} as const;
