import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  auditEvents,
  mails,
  memberships,
  organisations,
  structureApplications,
} from '../../../db/schema';
import { loginAs } from '../../../../test/app';
import {
  buildNetwork,
  buildOrganisation,
  buildStructure,
  buildUser,
  fakeSiret,
} from '../../../../test/factories';
import { applicationInput, tokenIn, useNeedsApp } from '../../../../test/needs';

describe('structure applications', () => {
  const t = useNeedsApp();

  async function coordinator() {
    const bank = await buildOrganisation(t.database.db, { kind: 'bank' });
    await buildUser(t.database.db, {
      role: 'coordinator',
      organisationId: bank.id,
      email: 'coord@bank.test',
    });
    return loginAs(t.app, 'coord@bank.test');
  }

  it('gives each bad field of the public form its own code, and writes nothing', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/structure-applications',
      payload: applicationInput({
        legalId: '123 456 789 00010',
        address: { line1: '1 rue X', postalCode: '99999' },
        networkIds: ['00000000-0000-4000-8000-000000000000'],
        contacts: [
          { name: 'A B', email: 'same@x.test' },
          { name: 'C D', email: 'same@x.test' },
        ],
      }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual(
      expect.arrayContaining([
        { path: 'legalId', code: 'siret_invalid' },
        { path: 'address.postalCode', code: 'postal_code_unknown' },
        { path: 'networkIds.0', code: 'network_unknown' },
        { path: 'contacts.1.email', code: 'email_repeated' },
      ]),
    );
    const ambiguous = await t.app.inject({
      method: 'POST',
      url: '/api/structure-applications',
      payload: applicationInput({
        address: { line1: '1 place de la Mairie', postalCode: '01400' },
      }),
    });
    const field = ambiguous.json().error.details.fields[0];
    expect(field).toMatchObject({ path: 'address.communeCode', code: 'commune_ambiguous' });
    expect(field.params.options.length).toBeGreaterThan(1);
    const shape = await t.app.inject({
      method: 'POST',
      url: '/api/structure-applications',
      payload: {
        ...applicationInput(),
        expectedBeneficiaries: 0,
        structureType: 'club',
        contacts: [],
      },
    });
    expect(shape.json().error.details.fields).toEqual(
      expect.arrayContaining([
        { path: 'expectedBeneficiaries', code: 'quantity_too_small' },
        { path: 'structureType', code: 'structure_type_unknown' },
        { path: 'contacts', code: 'contact_required' },
      ]),
    );
    expect(await t.database.db.select().from(structureApplications)).toHaveLength(0);
    expect(await t.database.db.select().from(mails)).toHaveLength(0);
  });

  it('refuses a SIRET already registered', async () => {
    await buildStructure(t.database.db, { legalId: fakeSiret(7) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/structure-applications',
      payload: applicationInput({ legalId: fakeSiret(7) }),
    });
    expect(res.json().error.details.fields).toEqual([{ path: 'legalId', code: 'siret_taken' }]);
  });

  it('asks for more information through a one-time link, then approves the completed application', async () => {
    const coord = await coordinator();
    const network = await buildNetwork(t.database.db, 'Croix-Rouge française');
    const { id } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/structure-applications',
        payload: applicationInput({ locale: 'en' }),
      })
    ).json();
    const ask = await t.app.inject({
      method: 'POST',
      url: `/api/structure-applications/${id}/request-information`,
      headers: coord.headers,
      payload: { message: 'Which network are you part of?' },
    });
    expect(ask.json()).toMatchObject({
      status: 'needs_information',
      coordinatorMessage: 'Which network are you part of?',
    });
    expect(ask.json()).not.toHaveProperty('editTokenHash');
    const mail = (await t.database.db.select().from(mails)).find((m) =>
      /more information/.test(m.subject),
    )!;
    expect(mail.bodyText).toContain('Which network are you part of?');
    const token = tokenIn(mail.bodyText);
    const opened = await t.app.inject({
      url: `/api/structure-applications/complete?token=${token}`,
    });
    expect(opened.json()).toMatchObject({
      id,
      coordinatorMessage: 'Which network are you part of?',
      name: applicationInput().name,
    });
    const resubmitted = await t.app.inject({
      method: 'PUT',
      url: '/api/structure-applications/complete',
      payload: { ...applicationInput({ networkIds: [network.id] }), token },
    });
    expect(resubmitted.json()).toEqual({ id, status: 'submitted' });
    const again = await t.app.inject({
      method: 'PUT',
      url: '/api/structure-applications/complete',
      payload: { ...applicationInput(), token },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('application.token_invalid');

    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/structure-applications/${id}/approve`,
      headers: coord.headers,
    });
    const structureId = approved.json().structureId as string;
    const [structure] = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, structureId));
    expect(structure).toMatchObject({
      kind: 'structure',
      departementCode: '75',
      publicServed: 'Collégiens et lycéens du quartier',
      expectedBeneficiaries: 40,
    });
    expect(structure!.detailsConfirmedAt).toEqual(new Date('2020-05-04T08:00:00Z'));
    const roles = await t.database.db
      .select()
      .from(memberships)
      .where(eq(memberships.organisationId, structureId));
    expect(roles.map((r) => r.role)).toEqual(['referent']);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/structure-applications/${id}/approve`,
      headers: coord.headers,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('application.invalid_state');
  });

  it('rejects with a reason the applicant receives, audited', async () => {
    const coord = await coordinator();
    const { id } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/structure-applications',
        payload: applicationInput(),
      })
    ).json();
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/structure-applications/${id}/reject`,
      headers: coord.headers,
      payload: { reason: 'Structure hors du périmètre de l’opération' },
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Structure hors du périmètre de l’opération',
    });
    const mail = (await t.database.db.select().from(mails)).find((m) =>
      /non retenue/.test(m.subject),
    )!;
    expect(mail.bodyText).toContain('hors du périmètre');
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id));
    expect(trail.map((a) => a.action)).toEqual(['application.submit', 'application.reject']);
  });

  it('lets a referent invite a colleague into its own structure only', async () => {
    const mine = await buildStructure(t.database.db);
    const theirs = await buildStructure(t.database.db);
    await buildUser(t.database.db, {
      role: 'referent',
      organisationId: mine.id,
      email: 'ref@mine.test',
    });
    const agent = await loginAs(t.app, 'ref@mine.test');
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/structures/${mine.id}/referents`,
      headers: agent.headers,
      payload: { email: 'collegue@mine.test', displayName: 'Collègue' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const list = await t.app.inject({
      url: `/api/structures/${mine.id}/referents`,
      headers: agent.headers,
    });
    expect(
      list
        .json()
        .items.map((r: { email: string }) => r.email)
        .sort(),
    ).toEqual(['collegue@mine.test', 'ref@mine.test']);
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/structures/${theirs.id}/referents`,
      headers: agent.headers,
      payload: { email: 'x@mine.test', displayName: 'X' },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('sets a network coordinator contact who hears of submitted requests', async () => {
    const coord = await coordinator();
    const network = await buildNetwork(t.database.db, 'FAS');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/networks/${network.id}/coordinator`,
      headers: coord.headers,
      payload: { name: 'Chargée de mission FAS', email: 'fas@reseau.test' },
    });
    expect(res.json()).toMatchObject({
      coordinatorName: 'Chargée de mission FAS',
      coordinatorEmail: 'fas@reseau.test',
      coordinatorUserId: null,
    });
    const unknown = await t.app.inject({
      method: 'PUT',
      url: `/api/networks/${network.id}/coordinator`,
      headers: coord.headers,
      payload: { userId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.json().error.details.fields).toEqual([{ path: 'userId', code: 'user_unknown' }]);
    const publicList = await t.app.inject({ url: '/api/public/networks' });
    expect(publicList.json().items).toEqual([{ id: network.id, name: 'FAS' }]);
  });

  it('refuses the 11th application from one address in the hour, writing nothing; another address still applies', async () => {
    const from = (n: number, remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/structure-applications',
        payload: applicationInput({
          name: `Association ${n}`,
          legalId: fakeSiret(5000 + n),
          contacts: [{ name: 'Samia Benali', email: `samia${n}@asso.test` }],
        }),
        remoteAddress,
      });
    for (let n = 0; n < 10; n++) {
      const res = await from(n, '203.0.113.7');
      expect(res.statusCode, res.body).toBe(201);
    }
    const db = t.database.db;
    const before = {
      applications: (await db.select().from(structureApplications)).length,
      mails: (await db.select().from(mails)).length,
    };
    expect(before.applications).toBe(10);
    const refused = await from(10, '203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('form.rate_limited');
    expect({
      applications: (await db.select().from(structureApplications)).length,
      mails: (await db.select().from(mails)).length,
    }).toEqual(before);
    const other = await from(10, '198.51.100.4');
    expect(other.statusCode, other.body).toBe(201);
  });
});
