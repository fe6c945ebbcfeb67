import { describe, expect, it } from 'vitest';
import { communesForPostalCode, isDepartement, listDepartements } from './geo-data';

describe('geo data', () => {
  it('resolves a postal code to its commune, département and région', () => {
    const [paris] = communesForPostalCode('75011');
    expect(paris).toMatchObject({
      communeName: 'Paris',
      departementCode: '75',
      regionCode: '11',
      regionName: 'Île-de-France',
    });
  });
  it('lists every commune of an ambiguous code', () => {
    expect(communesForPostalCode('01400').length).toBeGreaterThan(1);
  });
  it('knows nothing of an unknown code', () => {
    expect(communesForPostalCode('00000')).toEqual([]);
  });
  it('knows Corsica and overseas départements', () => {
    expect(isDepartement('2A')).toBe(true);
    expect(isDepartement('974')).toBe(true);
    expect(isDepartement('20')).toBe(false);
    expect(listDepartements().length).toBeGreaterThanOrEqual(101);
  });
});
