import { describe, expect, it } from 'vitest';
import { checkLogoFile, MAX_LOGO_BYTES } from './logo-file';
import { linkify } from './linkify';
import { homeCounts, homeKindFor } from './home';
import { ROLES } from '../../shared/enums';

describe('logo file check', () => {
  it('accepts small PNG, SVG and JPEG files only', () => {
    expect(checkLogoFile({ type: 'image/png', size: 1000 })).toBeNull();
    expect(checkLogoFile({ type: 'image/svg+xml', size: MAX_LOGO_BYTES })).toBeNull();
    expect(checkLogoFile({ type: 'image/gif', size: 10 })).toBe('logo_format');
    expect(checkLogoFile({ type: 'image/jpeg', size: MAX_LOGO_BYTES + 1 })).toBe('logo_too_large');
  });
});

describe('links in mail bodies', () => {
  it('finds http(s) links without trailing punctuation', () => {
    expect(linkify('Ouvrez https://x.fr/invitation?token=abc. Merci')).toEqual([
      { type: 'text', text: 'Ouvrez ' },
      { type: 'link', url: 'https://x.fr/invitation?token=abc' },
      { type: 'text', text: '. Merci' },
    ]);
    expect(linkify('rien')).toEqual([{ type: 'text', text: 'rien' }]);
  });
});

describe('home page per role', () => {
  it('gives each role a home, bank staff sharing one', () => {
    expect(ROLES.map(homeKindFor)).toEqual([
      'bank',
      'bank',
      'workshop',
      'referent',
      'donor',
      'funder',
      'volunteer',
    ]);
    expect(homeKindFor(null)).toBe('none');
  });

  it('lists counts in a fixed order with zeros', () => {
    const c = homeCounts({ structure: 12, network: 3 });
    expect(c[0]).toEqual({ kind: 'structure', count: 12 });
    expect(c.find((x) => x.kind === 'donor')!.count).toBe(0);
    expect(c.some((x) => x.kind === 'bank')).toBe(false);
  });
});
