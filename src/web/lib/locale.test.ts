import { describe, expect, it } from 'vitest';
import { initialLocale, intlLocale, parseLocale, resolveSessionLocale } from './locale';

describe('interface language', () => {
  it('starts in French unless another supported language was remembered', () => {
    expect(initialLocale(null)).toBe('fr');
    expect(initialLocale('de')).toBe('fr');
    expect(initialLocale('en')).toBe('en');
    expect(parseLocale(42)).toBeNull();
  });

  it("uses the account's language once logged in", () => {
    expect(resolveSessionLocale({ userLocale: 'en', pendingChoice: null })).toEqual({
      locale: 'en',
      shouldSave: false,
    });
  });

  it('keeps and saves a language picked on the login page just before', () => {
    expect(resolveSessionLocale({ userLocale: 'fr', pendingChoice: 'en' })).toEqual({
      locale: 'en',
      shouldSave: true,
    });
    expect(resolveSessionLocale({ userLocale: 'fr', pendingChoice: 'fr' }).shouldSave).toBe(false);
    expect(resolveSessionLocale({ userLocale: 'fr', pendingChoice: 'xx' }).locale).toBe('fr');
  });

  it('maps to Intl tags', () => {
    expect(intlLocale('fr')).toBe('fr-FR');
    expect(intlLocale('en')).toBe('en-GB');
  });
});
