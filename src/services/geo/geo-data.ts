import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  codesPostaux?: string[];
}
interface RawNamed {
  code: string;
  nom: string;
  region?: string;
}

/** A commune a postal code may stand for. */
export interface TCommuneMatch {
  communeCode: string;
  communeName: string;
  departementCode: string;
  departementName: string;
  regionCode: string;
  regionName: string;
}

interface GeoIndex {
  byPostalCode: Map<string, TCommuneMatch[]>;
  departements: Map<string, { name: string; regionCode: string }>;
  regions: Map<string, string>;
}

let index: GeoIndex | undefined;

/**
 * Loads the official administrative divisions (`@etalab/decoupage-administratif`) once, on
 * first use, and indexes communes by postal code.
 */
function load(): GeoIndex {
  if (index) return index;
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
  const deps = require('@etalab/decoupage-administratif/data/departements.json') as RawNamed[];
  const regs = require('@etalab/decoupage-administratif/data/regions.json') as RawNamed[];
  const regions = new Map(regs.map((r) => [r.code, r.nom]));
  const departements = new Map(
    deps.map((d) => [d.code, { name: d.nom, regionCode: d.region ?? '' }]),
  );
  const byPostalCode = new Map<string, TCommuneMatch[]>();
  for (const c of communes) {
    if (c.type !== 'commune-actuelle' || !c.departement || !c.region) continue;
    for (const cp of c.codesPostaux ?? []) {
      const list = byPostalCode.get(cp) ?? [];
      list.push({
        communeCode: c.code,
        communeName: c.nom,
        departementCode: c.departement,
        departementName: departements.get(c.departement)?.name ?? c.departement,
        regionCode: c.region,
        regionName: regions.get(c.region) ?? c.region,
      });
      byPostalCode.set(cp, list);
    }
  }
  for (const list of byPostalCode.values()) {
    list.sort((a, b) => a.communeName.localeCompare(b.communeName, 'fr'));
  }
  index = { byPostalCode, departements, regions };
  return index;
}

/** Communes served by a postal code (empty when the code is unknown). */
export function communesForPostalCode(postalCode: string): TCommuneMatch[] {
  return load().byPostalCode.get(postalCode.trim()) ?? [];
}

/** All départements, sorted by code, with their région. */
export function listDepartements(): { code: string; name: string; regionCode: string }[] {
  return [...load().departements.entries()]
    .map(([code, d]) => ({ code, name: d.name, regionCode: d.regionCode }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** True when the code is an existing département (01…95, 2A, 2B, 971…976). */
export function isDepartement(code: string): boolean {
  return load().departements.has(code);
}
