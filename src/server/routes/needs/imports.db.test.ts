import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  auditEvents,
  beneficiaries,
  mails,
  memberships,
  organisationAddresses,
  organisations,
  structureNetworks,
} from '../../../db/schema';
import { loginAs } from '../../../../test/app';
import {
  buildNetwork,
  buildOrganisation,
  buildStructure,
  buildUser,
  fakeSiret,
} from '../../../../test/factories';
import { runJobs, useNeedsApp } from '../../../../test/needs';

const HEADER =
  'Nom;Type;SIRET;Réseaux;Adresse;Code postal;Code commune;Email;Public;Nombre prévu;Référent nom;Référent email';

describe('CSV imports', () => {
  const t = useNeedsApp();

  async function coordinator() {
    await buildNetwork(t.database.db, 'Collectif Mentorat');
    await buildNetwork(t.database.db, 'Secours populaire français');
    const bank = await buildOrganisation(t.database.db, { kind: 'bank' });
    await buildUser(t.database.db, {
      role: 'coordinator',
      organisationId: bank.id,
      email: 'coord@bank.test',
    });
    return loginAs(t.app, 'coord@bank.test');
  }

  it('previews every row’s errors of a structures CSV without writing anything', async () => {
    const coord = await coordinator();
    await buildStructure(t.database.db, { legalId: fakeSiret(3) });
    const csv = [
      HEADER,
      `Afev Lyon;association;${fakeSiret(1)};Collectif Mentorat;5 rue Molière;69001;;lyon@afev.test;Collégiens;30;Léa Martin;lea@afev.test`,
      'Club X;club;12345678901234;Réseau inconnu;1 rue A;99999;;pas-un-mail;;0;;',
      `CCAS Bourg;CCAS;${fakeSiret(3)};;2 place;01400;;;;;;`,
      `E2C Lille;Ecole de la deuxième chance;${fakeSiret(1)};Secours Populaire Français|Collectif mentorat;3 rue B;59000;;;;;;`,
    ].join('\n');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/structures/preview',
      headers: coord.headers,
      payload: { csv },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 4, valid: 1 });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { row: 2, path: 'structureType', code: 'structure_type_unknown' },
        { row: 2, path: 'legalId', code: 'siret_invalid' },
        { row: 2, path: 'networks', code: 'network_unknown', params: { name: 'Réseau inconnu' } },
        { row: 2, path: 'postalCode', code: 'postal_code_unknown' },
        { row: 2, path: 'email', code: 'email_invalid' },
        { row: 2, path: 'expectedBeneficiaries', code: 'quantity_too_small' },
        { row: 3, path: 'legalId', code: 'siret_taken' },
        expect.objectContaining({ row: 3, path: 'communeCode', code: 'commune_ambiguous' }),
        { row: 4, path: 'legalId', code: 'siret_duplicate_in_file', params: { row: 1 } },
      ]),
    );
    expect(body.sample[0]).toMatchObject({
      name: 'Afev Lyon',
      address: { departementCode: '69', communeName: 'Lyon' },
    });
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/imports/structures/preview',
      headers: coord.headers,
      payload: { csv: 'Nom;Type\nA;association' },
    });
    expect(missing.json().errors).toEqual([
      { row: 0, path: 'line1', code: 'column_missing' },
      { row: 0, path: 'postalCode', code: 'column_missing' },
    ]);
    expect(
      await t.database.db.select().from(organisations).where(eq(organisations.kind, 'structure')),
    ).toHaveLength(1);
  });

  it('imports structures as a job, all at once, inviting their referents', async () => {
    const coord = await coordinator();
    const rows = Array.from(
      { length: 30 },
      (_, i) =>
        `Structure ${i};${i % 2 ? 'ccas' : 'association'};${fakeSiret(100 + i)};Collectif Mentorat;${i} rue de Paris;75011;;;Jeunes;10;Référent ${i};ref${i}@import.test`,
    );
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/imports/structures',
      headers: coord.headers,
      payload: { csv: [HEADER, ...rows].join('\r\n'), inviteReferents: true },
    });
    expect(started.statusCode, started.body).toBe(202);
    const id = started.json().id as string;
    const queued = await t.app.inject({ url: `/api/imports/${id}`, headers: coord.headers });
    expect(queued.json()).toMatchObject({ status: 'queued', processed: 0 });
    expect(queued.json()).not.toHaveProperty('csv');
    await runJobs(t.database);
    const done = await t.app.inject({ url: `/api/imports/${id}`, headers: coord.headers });
    expect(done.json()).toMatchObject({
      status: 'done',
      total: 30,
      processed: 30,
      errors: [],
      result: { created: 30, invited: 30 },
    });
    const created = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.kind, 'structure'));
    expect(created).toHaveLength(30);
    expect(await t.database.db.select().from(organisationAddresses)).toHaveLength(30);
    expect(await t.database.db.select().from(structureNetworks)).toHaveLength(30);
    const referents = await t.database.db
      .select()
      .from(memberships)
      .where(eq(memberships.role, 'referent'));
    expect(referents).toHaveLength(30);
    const invitations = await t.database.db.select().from(mails);
    expect(invitations.filter((m) => /token=/.test(m.bodyText))).toHaveLength(30);
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'organisation.create'));
    expect(trail).toHaveLength(30);
  });

  it('writes nothing when one row of the file is wrong', async () => {
    const coord = await coordinator();
    const csv = [
      HEADER,
      `Bonne;association;;;1 rue;75011;;;;;;`,
      `Mauvaise;association;;;1 rue;00000;;;;;;`,
    ].join('\n');
    const { id } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/imports/structures',
        headers: coord.headers,
        payload: { csv },
      })
    ).json();
    await runJobs(t.database);
    const failed = (
      await t.app.inject({ url: `/api/imports/${id}`, headers: coord.headers })
    ).json();
    expect(failed).toMatchObject({
      status: 'failed',
      total: 2,
      errors: [{ row: 2, path: 'postalCode', code: 'postal_code_unknown' }],
      result: { errorCount: 1 },
    });
    expect(
      await t.database.db.select().from(organisations).where(eq(organisations.kind, 'structure')),
    ).toHaveLength(0);
  });

  it('accepts a CSV above the usual 2 MB body limit on the import routes', async () => {
    const coord = await coordinator();
    const padding = 'x'.repeat(3 * 1024 * 1024);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/structures/preview',
      headers: coord.headers,
      payload: {
        csv: `${HEADER};Commentaire interne\nAB;association;;;1 rue;75011;;;;;;;${padding}`,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, valid: 1 });
  });

  it('imports a structure’s beneficiaries (French headers and values), all or nothing', async () => {
    const structure = await buildStructure(t.database.db);
    await buildUser(t.database.db, {
      role: 'referent',
      organisationId: structure.id,
      email: 'ref@asso.test',
    });
    const agent = await loginAs(t.app, 'ref@asso.test');
    const head =
      'Référence;Tranche d’âge;Situation;Niveau scolaire;Département;Taille foyer;Manques;Consentement;Consentement parental;Consentement parental par;Notes';
    const good = [
      'J-1;15-17;lyceen;lycee_terminale;93;4;ordinateur|connexion;20/04/2020;;;Bac en juin',
      'J-2;11-14;collegien;college_3e;93;3;ordinateur;2020-04-20;2020-04-20;parent;',
      'J-3;18-25;étudiant;university;75;1;connexion;2020-04-21;;;',
    ];
    const bad = [
      ...good,
      'J-4;11-14;collegien;;93;3;ordinateur;2020-04-20;;;',
      'J-1;26-64;demandeur d’emploi;;93;2;telephone;2020-04-20;;;tel 06 11 22 33 44',
    ];
    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/imports/beneficiaries/preview',
      headers: agent.headers,
      payload: { csv: [head, ...bad].join('\n') },
    });
    expect(preview.json()).toMatchObject({ total: 5, valid: 3 });
    expect(preview.json().errors).toEqual([
      { row: 4, path: 'parentalConsentAt', code: 'parental_consent_required' },
      { row: 4, path: 'parentalConsentBy', code: 'parental_consent_required' },
      { row: 5, path: 'notes', code: 'notes_contain_phone' },
      { row: 5, path: 'reference', code: 'reference_duplicate_in_file', params: { row: 1 } },
    ]);
    const failing = (
      await t.app.inject({
        method: 'POST',
        url: '/api/imports/beneficiaries',
        headers: agent.headers,
        payload: { csv: [head, ...bad].join('\n') },
      })
    ).json();
    await runJobs(t.database);
    expect(
      (await t.app.inject({ url: `/api/imports/${failing.id}`, headers: agent.headers })).json()
        .status,
    ).toBe('failed');
    expect(await t.database.db.select().from(beneficiaries)).toHaveLength(0);
    const ok = (
      await t.app.inject({
        method: 'POST',
        url: '/api/imports/beneficiaries',
        headers: agent.headers,
        payload: { csv: [head, ...good].join('\n') },
      })
    ).json();
    await runJobs(t.database);
    expect(
      (await t.app.inject({ url: `/api/imports/${ok.id}`, headers: agent.headers })).json(),
    ).toMatchObject({ status: 'done', result: { created: 3 } });
    const rows = await t.database.db
      .select()
      .from(beneficiaries)
      .where(eq(beneficiaries.structureId, structure.id));
    expect(rows.map((r) => [r.reference, r.ageBand, r.situation, r.lacks, r.consentAt])).toEqual(
      expect.arrayContaining([
        ['J-1', '15_17', 'lyceen', ['computer', 'connection'], '2020-04-20'],
        ['J-3', '18_25', 'student', ['connection'], '2020-04-21'],
      ]),
    );
  });
});
