import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVICE_KINDS } from '../src/shared/inventory';
import {
  BENEFICIARY_QUALIFICATIONS,
  CHARGE_CATEGORIES,
  DEVICE_CONDITIONS,
  DONATION_STATUSES,
  DRIVES_PRESENCE,
  GIFT_FORMS,
  PURCHASE_STATUSES,
  RECEIPT_STATUSES,
  RETURN_REASONS,
  SUPPLY_ERROR_CODES,
  SUPPLY_FIELD_CODES,
} from '../src/shared/supply-enums';
import { resources } from '../src/web/i18n/resources';

type TTree = { [key: string]: string | TTree };
const PLURAL = /_(one|many|other)$/;

function leaves(tree: TTree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.add(key.replace(PLURAL, ''));
    else for (const kk of leaves(v, key)) out.add(kk);
  }
  return out;
}

const LANGS = {
  fr: leaves(resources.fr.translation as unknown as TTree),
  en: leaves(resources.en.translation as unknown as TTree),
};

describe('supply translations', () => {
  it('translate every supply field code and error code in both languages', () => {
    for (const [lang, keys] of Object.entries(LANGS)) {
      for (const code of SUPPLY_FIELD_CODES)
        expect(keys.has(`supply.fields.${code}`), `${lang} ${code}`).toBe(true);
      for (const code of SUPPLY_ERROR_CODES)
        expect(keys.has(`errors.${code}`), `${lang} ${code}`).toBe(true);
    }
  });

  it('name every status, kind, condition and form the pages show', () => {
    const groups: [string, readonly string[]][] = [
      ['lotStatus', DONATION_STATUSES],
      ['orderStatus', PURCHASE_STATUSES],
      ['receiptStatus', RECEIPT_STATUSES],
      ['kinds', DEVICE_KINDS],
      ['kindsPlural', DEVICE_KINDS],
      ['conditions', DEVICE_CONDITIONS],
      ['drives', DRIVES_PRESENCE],
      ['giftForms', GIFT_FORMS],
      ['qualifications', BENEFICIARY_QUALIFICATIONS],
      ['returnReasons', RETURN_REASONS],
      ['chargeCategories', CHARGE_CATEGORIES],
    ];
    for (const [lang, keys] of Object.entries(LANGS)) {
      for (const [group, values] of groups) {
        for (const v of values)
          expect(keys.has(`supply.${group}.${v}`), `${lang} ${group}.${v}`).toBe(true);
      }
    }
  });

  it('hold every fixed key the supply pages ask for', () => {
    const dir = join(import.meta.dirname, '../src/web/routes/supply');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const m of source.matchAll(/t\(\s*'(supply\.[A-Za-z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    for (const [lang, keys] of Object.entries(LANGS)) {
      expect(
        [...used].filter((k) => !keys.has(k)),
        lang,
      ).toEqual([]);
    }
  });
});
