import { createRequire } from 'node:module';
import { fakeSiret } from '../../src/db/seed/factories';
import { communesForPostalCode } from '../../src/services/geo/geo-data';

const require = createRequire(import.meta.url);

/** Deterministic pseudo-random numbers (mulberry32), so every run imports the same files. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Postal codes that name one commune, spread over every département. */
function unambiguousPostalCodes(): string[] {
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as {
    type: string;
    codesPostaux?: string[];
  }[];
  const codes = new Set<string>();
  for (const c of communes) {
    if (c.type !== 'commune-actuelle') continue;
    for (const cp of c.codesPostaux ?? [])
      if (communesForPostalCode(cp).length === 1) codes.add(cp);
  }
  return [...codes].sort();
}

const TYPES = ['association', 'ccas', 'ase', 'school', 'e2c', 'chrs', 'mission_locale', 'other'];

/**
 * A structures CSV like a real onboarding file: `count` structures across France, French
 * headers, SIRETs, one or two networks by name, one referent each.
 */
export function structuresCsv(count: number, networkNames: string[]): string {
  const rnd = random(42);
  const codes = unambiguousPostalCodes();
  const step = Math.floor(codes.length / count) || 1;
  const lines = [
    'Nom;Type;SIRET;Réseaux;Adresse;Code postal;Email;Public;Nombre prévu;Référent nom;Référent email',
  ];
  for (let i = 0; i < count; i++) {
    const networks = [networkNames[i % networkNames.length]!];
    if (rnd() < 0.2) networks.push(networkNames[(i + 3) % networkNames.length]!);
    lines.push(
      [
        `Structure solidaire ${i + 1}`,
        TYPES[i % TYPES.length],
        fakeSiret(50_000 + i),
        networks.join('|'),
        `${1 + Math.floor(rnd() * 120)} rue de la République`,
        codes[(i * step) % codes.length],
        `contact${i}@structure.test`,
        'Jeunes de 15 à 25 ans sans équipement',
        10 + Math.floor(rnd() * 90),
        `Référente ${i + 1}`,
        `referente${i}@structure.test`,
      ].join(';'),
    );
  }
  return lines.join('\n');
}

const BANDS = ['11_14', '15_17', '15_17', '18_25', '18_25', '26_64'];
const SITUATION: Record<string, [string, string]> = {
  '11_14': ['collegien', 'college_4e'],
  '15_17': ['lyceen', 'lycee_terminale'],
  '18_25': ['student', 'university'],
  '26_64': ['job_seeker', ''],
};
const LACKS = ['computer|connection', 'computer', 'connection', 'tablet|connection', 'phone'];

/** A beneficiaries CSV of one structure: `count` pseudonymous rows, valid consents. */
export function beneficiariesCsv(count: number): string {
  const rnd = random(7);
  const lines = [
    'Référence;Tranche d’âge;Situation;Niveau scolaire;Département;Taille foyer;Manques;Consentement;Consentement parental;Consentement parental par;Notes',
  ];
  for (let i = 0; i < count; i++) {
    const band = BANDS[Math.floor(rnd() * BANDS.length)]!;
    const [situation, level] = SITUATION[band]!;
    const under15 = band === '11_14';
    lines.push(
      [
        `B-${String(i + 1).padStart(6, '0')}`,
        band,
        situation,
        level,
        String(1 + Math.floor(rnd() * 95))
          .padStart(2, '0')
          .replace(/^20$/, '2A'),
        1 + Math.floor(rnd() * 7),
        LACKS[i % LACKS.length],
        '20/04/2020',
        under15 ? '20/04/2020' : '',
        under15 ? 'parent' : '',
        rnd() < 0.3 ? 'Suivi scolaire à distance, examens en juin' : '',
      ].join(';'),
    );
  }
  return lines.join('\n');
}
