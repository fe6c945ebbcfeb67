import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../allocation/haversine';
import { DEPARTEMENT_CENTROIDS, departementCentroid, locateAddress } from './departement-centroids';

const require = createRequire(import.meta.url);
const deps = require('@etalab/decoupage-administratif/data/departements.json') as {
  code: string;
  zone: string;
}[];

describe('département centroids', () => {
  it('covers every metropolitan and overseas département (101) of the official list', () => {
    const wanted = deps.filter((d) => d.zone === 'metro' || d.zone === 'drom').map((d) => d.code);
    expect(wanted).toHaveLength(101);
    for (const code of wanted) expect(DEPARTEMENT_CENTROIDS[code], code).toBeDefined();
  });

  it('places metropolitan centres inside mainland France and Corsica', () => {
    for (const [code, [lat, lon]] of Object.entries(DEPARTEMENT_CENTROIDS)) {
      if (code.length === 3) continue;
      expect(lat, code).toBeGreaterThan(41.3);
      expect(lat, code).toBeLessThan(51.1);
      expect(lon, code).toBeGreaterThan(-4.8);
      expect(lon, code).toBeLessThan(9.6);
    }
  });

  it('keeps neighbours close and distant départements far apart', () => {
    const d = (a: string, b: string) => {
      const p = departementCentroid(a)!;
      const q = departementCentroid(b)!;
      return haversineKm(p.lat, p.lon, q.lat, q.lon);
    };
    expect(d('75', '92')).toBeLessThan(20);
    expect(d('2A', '2B')).toBeLessThan(80);
    expect(d('59', '06')).toBeGreaterThan(700);
    expect(d('29', '67')).toBeGreaterThan(700);
  });

  it("uses an address's own coordinates and falls back to its département", () => {
    expect(locateAddress({ lat: 45, lon: 4, departementCode: '75' })).toEqual({
      lat: 45,
      lon: 4,
      approximate: false,
    });
    expect(locateAddress({ lat: null, lon: null, departementCode: '974' })).toMatchObject({
      approximate: true,
      lat: -21.13,
    });
    expect(locateAddress({ lat: null, lon: null, departementCode: '99' })).toBeUndefined();
  });
});
