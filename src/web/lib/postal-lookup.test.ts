import { describe, expect, it } from 'vitest';
import { communeCodeAfterLookup, postalLookupState, type TCommuneMatch } from './postal-lookup';

const commune = (code: string, name: string): TCommuneMatch => ({
  communeCode: code,
  communeName: name,
  departementCode: '01',
  departementName: 'Ain',
  regionCode: '84',
  regionName: 'Auvergne-Rhône-Alpes',
});

describe('postal code look-up', () => {
  it('waits for five digits and for the answer', () => {
    expect(postalLookupState('750', undefined, '').status).toBe('incomplete');
    expect(postalLookupState('75020', undefined, '').status).toBe('loading');
  });

  it('fills the only commune of a postal code', () => {
    const s = postalLookupState('75020', [commune('75120', 'Paris 20e')], '');
    expect(s.status).toBe('single');
    expect(communeCodeAfterLookup(s, '')).toBe('75120');
  });

  it('asks to choose when several communes share the code, keeping a valid choice', () => {
    const items = [commune('01001', 'A'), commune('01002', 'B')];
    const none = postalLookupState('01400', items, '');
    expect(none).toMatchObject({ status: 'multiple', selected: null });
    expect(communeCodeAfterLookup(none, '')).toBe('');
    const chosen = postalLookupState('01400', items, '01002');
    expect(communeCodeAfterLookup(chosen, '01002')).toBe('01002');
    const stale = postalLookupState('01400', items, '75120');
    expect(communeCodeAfterLookup(stale, '75120')).toBe('');
  });

  it('says when the postal code is unknown', () => {
    const s = postalLookupState('00000', [], '75120');
    expect(s.status).toBe('unknown');
    expect(communeCodeAfterLookup(s, '75120')).toBe('');
  });
});
