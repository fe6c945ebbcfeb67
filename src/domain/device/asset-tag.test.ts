import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ASSET_TAG_ALPHABET,
  assetTagError,
  assetTagFromScan,
  checkSymbol,
  generateAssetTag,
  isValidAssetTag,
  normaliseAssetTag,
} from './asset-tag';

const randomInt = (n: number) => Math.floor(Math.random() * n);

describe('asset tags', () => {
  it('generates well-formed tags that validate', () => {
    for (let i = 0; i < 500; i++) {
      const tag = generateAssetTag(randomInt);
      expect(tag).toMatch(/^PSR-[0-9A-HJKMNP-TV-Z]{6}$/);
      expect(isValidAssetTag(tag)).toBe(true);
    }
  });

  it('uses only unambiguous symbols (no I, L, O, U)', () => {
    expect(ASSET_TAG_ALPHABET).not.toMatch(/[ILOU]/);
    expect(new Set(ASSET_TAG_ALPHABET).size).toBe(32);
  });

  it('detects every single-symbol typo', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 31 }),
        (payload, position, shift) => {
          const body = payload.map((i) => ASSET_TAG_ALPHABET[i]).join('');
          const tag = `PSR-${body}${checkSymbol(body)}`;
          const chars = tag.split('');
          const at = 4 + position;
          chars[at] = ASSET_TAG_ALPHABET[(ASSET_TAG_ALPHABET.indexOf(chars[at]!) + shift) % 32]!;
          return !isValidAssetTag(chars.join(''));
        },
      ),
    );
  });

  it('detects swapped adjacent symbols in most cases', () => {
    let detected = 0;
    let total = 0;
    for (let i = 0; i < 2000; i++) {
      const tag = generateAssetTag(randomInt);
      const p = 4 + Math.floor(Math.random() * 5);
      if (tag[p] === tag[p + 1]) continue;
      const swapped = tag.slice(0, p) + tag[p + 1] + tag[p] + tag.slice(p + 2);
      total++;
      if (!isValidAssetTag(swapped)) detected++;
    }
    expect(detected / total).toBeGreaterThan(0.9);
  });

  it('names the reason a tag is refused', () => {
    const good = generateAssetTag(() => 7);
    expect(assetTagError(good)).toBeNull();
    expect(assetTagError('PSR-12')).toBe('asset_tag_format');
    expect(assetTagError('XYZ-777777')).toBe('asset_tag_format');
    const last = good.at(-1)!;
    const wrong =
      good.slice(0, -1) + ASSET_TAG_ALPHABET[(ASSET_TAG_ALPHABET.indexOf(last) + 1) % 32];
    expect(assetTagError(wrong)).toBe('asset_tag_checksum');
  });

  it('normalises what people type and scanners read', () => {
    const tag = `PSR-${'10K3Q'}${checkSymbol('10K3Q')}`;
    expect(normaliseAssetTag(' psr-1ok3q' + tag.at(-1)!.toLowerCase())).toBe(tag);
    expect(normaliseAssetTag('psr iok3q' + tag.at(-1))).toBe(tag);
    expect(normaliseAssetTag('PSRl0K3Q' + tag.at(-1))).toBe(tag);
    expect(normaliseAssetTag('SN-12345')).toBe('SN-12345');
  });

  it('reads a tag from a QR content: the tag itself or a URL ending with it', () => {
    const tag = generateAssetTag(randomInt);
    expect(assetTagFromScan(tag)).toBe(tag);
    expect(assetTagFromScan(`https://passerelle.example/d/${tag}`)).toBe(tag);
    expect(assetTagFromScan(`https://passerelle.example/d/${tag.toLowerCase()}/`)).toBe(tag);
    expect(assetTagFromScan('https://passerelle.example/d/PSR-000000X')).toBeNull();
    expect(assetTagFromScan('5CG1234XYZ')).toBeNull();
  });
});
