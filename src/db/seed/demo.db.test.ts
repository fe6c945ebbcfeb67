import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { resetDatabase, useTestDatabase } from '../../../test/db';
import {
  memberships,
  organisationAddresses,
  organisations,
  settings,
  structureNetworks,
  users,
} from '../schema';
import { isValidSiren, isValidSiret } from '../../domain/organisations/legal-ids';
import { communesForPostalCode } from '../../services/geo/geo-data';
import { verifyPassword } from '../../services/accounts/passwords';
import { STRUCTURE_TYPES } from '../../shared/enums';
import { DEMO_LOGINS, seedDemo } from './demo';

describe('demo seed', () => {
  const t = useTestDatabase();
  const now = new Date('2026-03-02T09:00:00Z');

  it('loads a realistic, consistent world', async () => {
    const db = t.database.db;
    await seedDemo(db, { now });
    const orgs = await db.select().from(organisations);
    const structures = orgs.filter((o) => o.kind === 'structure');
    expect(structures.length).toBeGreaterThanOrEqual(30);
    expect(new Set(structures.map((s) => s.departementCode)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(structures.map((s) => s.structureType))).toEqual(new Set(STRUCTURE_TYPES));
    for (const kind of ['bank', 'workshop', 'network', 'donor', 'funder', 'supplier', 'telecom']) {
      expect(
        orgs.some((o) => o.kind === kind),
        kind,
      ).toBe(true);
    }
    expect(orgs.filter((o) => o.kind === 'warehouse')).toHaveLength(2);
    expect(orgs.filter((o) => o.kind === 'welcome_point')).toHaveLength(2);
    expect(orgs.find((o) => o.kind === 'bank')!.name).toBe('Banque Passerelle');
    const [bankName] = await db.select().from(settings).where(eq(settings.key, 'bankName'));
    expect(bankName!.value).toBe('Banque Passerelle');

    // Legal ids: every structure has a valid SIRET, donors a valid SIREN, none repeated.
    for (const s of structures) expect(isValidSiret(s.legalId!), s.name).toBe(true);
    for (const d of orgs.filter((o) => o.kind === 'donor')) {
      expect(isValidSiren(d.legalId!), d.name).toBe(true);
    }
    const legalIds = orgs.map((o) => o.legalId).filter(Boolean);
    expect(new Set(legalIds).size).toBe(legalIds.length);

    // Addresses come from the official data, and a structure's département is its address's.
    const addresses = await db.select().from(organisationAddresses);
    for (const ad of addresses) {
      const match = communesForPostalCode(ad.postalCode).find(
        (c) => c.communeCode === ad.communeCode,
      );
      expect(match, `${ad.postalCode} ${ad.communeName}`).toMatchObject({
        communeName: ad.communeName,
        departementCode: ad.departementCode,
        regionCode: ad.regionCode,
      });
    }
    for (const s of structures) {
      const own = addresses.filter((ad) => ad.organisationId === s.id);
      expect(own.length, s.name).toBeGreaterThanOrEqual(1);
      expect(own[0]!.departementCode).toBe(s.departementCode);
    }
    const perOrg = new Map<string, number>();
    for (const ad of addresses)
      perOrg.set(ad.organisationId, (perOrg.get(ad.organisationId) ?? 0) + 1);
    expect([...perOrg.values()].some((n) => n >= 2)).toBe(true);
    const workshop = orgs.find((o) => o.kind === 'workshop')!;
    expect(addresses.find((ad) => ad.organisationId === workshop.id)!.communeName).toBe('Le Pin');

    // Networks: the mentoring collective groups its eight associations.
    const links = await db.select().from(structureNetworks);
    const mentorat = orgs.find((o) => o.name === 'Collectif Mentorat')!;
    expect(links.filter((l) => l.networkId === mentorat.id)).toHaveLength(8);
    for (const name of [
      'Aide sociale',
      'Fédération des acteurs',
      'deuxième chance',
      'Croix-Rouge',
      'Secours populaire',
    ]) {
      const network = orgs.find((o) => o.kind === 'network' && o.name.includes(name))!;
      expect(
        links.some((l) => l.networkId === network.id),
        name,
      ).toBe(true);
    }

    // Users: every demo login works with the documented password; one holds two roles.
    const people = await db.select().from(users);
    const roles = await db.select().from(memberships);
    for (const login of DEMO_LOGINS.users) {
      const user = people.find((u) => u.email === login.email)!;
      expect(await verifyPassword(user.passwordHash!, DEMO_LOGINS.password)).toBe(true);
      expect(roles.some((m) => m.userId === user.id && m.role === login.role)).toBe(true);
    }
    const multi = people.find((u) => u.email === 'deux-structures@passerelle.demo')!;
    const multiRoles = roles.filter((m) => m.userId === multi.id);
    expect(multiRoles).toHaveLength(2);
    expect(new Set(multiRoles.map((m) => m.organisationId)).size).toBe(2);
    expect(roles.filter((m) => m.role === 'referent').length).toBeGreaterThanOrEqual(6);
  });

  it('is deterministic and refuses to seed twice', async () => {
    const db = t.database.db;
    await seedDemo(db, { now });
    const snapshot = async () =>
      (await db.select().from(organisations))
        .map((o) => `${o.kind}|${o.name}|${o.legalId}|${o.departementCode}`)
        .sort();
    const first = await snapshot();
    await expect(seedDemo(db, { now })).rejects.toMatchObject({ code: 'conflict' });
    expect(await snapshot()).toEqual(first);

    await resetDatabase(t.database);
    await seedDemo(db, { now });
    expect(await snapshot()).toEqual(first);
  });
});
