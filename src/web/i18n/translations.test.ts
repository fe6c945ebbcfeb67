import { describe, expect, it } from 'vitest';
import { resources } from './resources';
import { ERROR_STATUS } from '../../shared/app-error';
import { FIELD_ERROR_CODES } from '../lib/api-error';
import { ORGANISATION_KINDS, ROLES, STRUCTURE_TYPES } from '../../shared/enums';

type TTree = { [key: string]: string | TTree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: TTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const fr = leaves(resources.fr.translation as unknown as TTree);
const en = leaves(resources.en.translation as unknown as TTree);
/** Keys without plural suffixes: French also needs `_many`, English does not. */
const base = (m: Map<string, string>) => new Set([...m.keys()].map((k) => k.replace(PLURAL, '')));

describe('translation files', () => {
  it('have exactly the same keys in French and English', () => {
    const frKeys = [...base(fr)].sort();
    const enKeys = [...base(en)].sort();
    expect(frKeys.filter((k) => !base(en).has(k))).toEqual([]);
    expect(enKeys.filter((k) => !base(fr).has(k))).toEqual([]);
  });

  it('have the plural forms each language needs', () => {
    const plurals = [...fr.keys()]
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.replace(PLURAL, ''));
    expect(plurals.length).toBeGreaterThan(0);
    for (const k of plurals) {
      for (const suffix of ['_one', '_many', '_other'])
        expect(fr.has(k + suffix), k + suffix).toBe(true);
      for (const suffix of ['_one', '_other']) expect(en.has(k + suffix), k + suffix).toBe(true);
    }
  });

  it('have no empty value', () => {
    for (const [lang, m] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const empty = [...m].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) =>
      [...s.matchAll(/\{\{(\w+)\}\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    for (const [key, value] of fr) {
      const other = en.get(key) ?? en.get(key.replace(PLURAL, '_other'));
      if (other !== undefined) expect(vars(other), key).toBe(vars(value));
    }
  });

  it('translate every error code of the API', () => {
    for (const code of Object.keys(ERROR_STATUS)) {
      expect(fr.get(`errors.${code}`), `fr errors.${code}`).toBeTruthy();
      expect(en.get(`errors.${code}`), `en errors.${code}`).toBeTruthy();
    }
  });

  it('translate every field error code, roles, kinds and structure types', () => {
    const keys = [
      ...FIELD_ERROR_CODES.map((c) => `fields.${c}`),
      'fields.invalid',
      ...ROLES.map((r) => `roles.${r}`),
      ...ORGANISATION_KINDS.flatMap((k) => [`kinds.${k}`, `kindsPlural.${k}`]),
      ...STRUCTURE_TYPES.map((s) => `structureTypes.${s}`),
    ];
    for (const k of keys) {
      expect(fr.has(k), `fr ${k}`).toBe(true);
      expect(en.has(k), `en ${k}`).toBe(true);
    }
  });

  it('follow French typography: no ordinary space before ? ! : ; or inside « »', () => {
    const bad = [...fr].filter(([, v]) => / [?!:;»]|« /.test(v)).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('use the typographic apostrophe in French', () => {
    const bad = [...fr].filter(([, v]) => /\w'\w/.test(v)).map(([k]) => k);
    expect(bad).toEqual([]);
  });
});
