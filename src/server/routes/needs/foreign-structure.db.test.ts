import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { beneficiaries, importJobs, requests } from '../../../db/schema';
import { loginAs } from '../../../../test/app';
import {
  buildBeneficiary,
  buildCampaign,
  buildNetwork,
  buildOrganisation,
  buildRequest,
  buildStructure,
  buildUser,
} from '../../../../test/factories';
import { useNeedsApp } from '../../../../test/needs';

/** Areas of the needs routes walked with a foreign structure's ids. */
const AREA =
  /^\/api\/(beneficiaries|requests|imports|structures|review|campaigns|structure-applications|networks)/;

const beneficiary = {
  reference: 'PIRATE-1',
  ageBand: '18_25',
  situation: 'student',
  departementCode: '75',
  householdSize: 1,
  lacks: ['computer'],
  consentAt: '2020-04-01',
};

describe('a referent and another structure’s records', () => {
  const t = useNeedsApp();

  it('gets 403 or 404 on every route of the area with a foreign structure’s ids, and changes nothing', async () => {
    const db = t.database.db;
    const network = await buildNetwork(db, 'Secours Populaire');
    const mine = await buildStructure(db, { name: 'Structure A', networkIds: [network.id] });
    const theirs = await buildStructure(db, { name: 'Structure B', networkIds: [network.id] });
    await buildUser(db, { role: 'referent', organisationId: mine.id, email: 'a@structure.test' });
    const campaign = await buildCampaign(db);
    const foreignBeneficiary = await buildBeneficiary(db, {
      structureId: theirs.id,
      reference: 'SECRET-B',
    });
    const { request: foreignRequest, lines } = await buildRequest(db, {
      structureId: theirs.id,
      campaignId: campaign.id,
      status: 'draft',
      lines: [{ kind: 'laptop', quantity: 1, beneficiaryIds: [foreignBeneficiary.id] }],
    });
    const [foreignImport] = await db
      .insert(importJobs)
      .values({
        kind: 'beneficiaries',
        organisationId: theirs.id,
        createdByUserId: (await buildUser(db, { role: 'referent', organisationId: theirs.id })).user
          .id,
        csv: '',
      })
      .returning();
    const bank = await buildOrganisation(db, { kind: 'bank' });
    const agent = await loginAs(t.app, 'a@structure.test');
    const [myAddress] = (
      await t.app.inject({ url: `/api/organisations/${mine.id}`, headers: agent.headers })
    ).json().addresses;

    const request = {
      structureId: theirs.id,
      campaignId: campaign.id,
      deliveryAddressId: myAddress.id,
      preferredFrom: '2020-06-01',
      preferredTo: '2020-06-30',
      lines: [{ kind: 'laptop', quantity: 1 }],
    };
    const idFor: Record<string, string> = {
      '/api/beneficiaries/:id': foreignBeneficiary.id,
      '/api/requests/:id': foreignRequest.id,
      '/api/imports/:id': foreignImport!.id,
      '/api/structures/:id': theirs.id,
      '/api/review/requests/:id': foreignRequest.id,
      '/api/review/structures/:id': theirs.id,
      '/api/campaigns/:id': campaign.id,
      '/api/structure-applications/:id': foreignRequest.id,
      '/api/networks/:id': network.id,
    };
    const bodyFor: Record<string, unknown> = {
      'POST /api/beneficiaries': { structureId: theirs.id, items: [beneficiary] },
      'PUT /api/beneficiaries/:id': beneficiary,
      'POST /api/requests': request,
      'PUT /api/requests/:id': { ...request, structureId: undefined },
      'POST /api/requests/:id/withdraw': {},
      'POST /api/imports/beneficiaries': { structureId: theirs.id, csv: 'reference\nX' },
      'POST /api/imports/beneficiaries/preview': { structureId: theirs.id, csv: 'reference\nX' },
      'POST /api/structures/:id/referents': { email: 'intrus@pirate.test', displayName: 'Intrus' },
      'POST /api/structures/:id/confirmation': { phone: '0000' },
      'PUT /api/requests/:id/lines/:lineId/weight': { weight: 900, reason: 'pour voir' },
    };
    const queryFor: Record<string, string> = {
      'GET /api/beneficiaries': `?structureId=${theirs.id}`,
      'GET /api/requests': `?structureId=${theirs.id}`,
    };

    // Campaign reading is shared by all structures (not a structure's record).
    const walked = t.routes.filter(
      (r) => AREA.test(r.url) && r.action !== 'structure.apply' && r.action !== 'campaign.read',
    );
    expect(walked.length).toBeGreaterThan(30);
    const outcomes: string[] = [];
    for (const route of walked) {
      const key = `${route.method} ${route.url}`;
      let url = route.url.replace(/^(\/api\/[a-z-]+(?:\/[a-z-]+)?\/):id/, (m, prefix: string) => {
        const id = idFor[`${prefix}:id`] ?? idFor[`${prefix.replace(/\/[a-z-]+\/$/, '/')}:id`];
        return id ? `${prefix}${id}` : m;
      });
      url = url.replace(':id', bank.id).replace(':lineId', lines[0]!.id) + (queryFor[key] ?? '');
      const res = await t.app.inject({
        method: route.method as 'GET',
        url,
        headers: agent.headers,
        ...(route.method === 'GET' || route.method === 'DELETE'
          ? {}
          : { payload: (bodyFor[key] ?? {}) as object }),
      });
      outcomes.push(`${key} → ${res.statusCode}`);
      expect([403, 404], `${key} (${url}) answered ${res.statusCode}: ${res.body}`).toContain(
        res.statusCode,
      );
      expect(res.body).not.toContain('SECRET-B');
      // A 404 must come from the ownership check, not from a URL that matched no route.
      if (res.statusCode === 404) expect(res.json().error.message, key).toMatch(/^Unknown /);
    }
    expect(outcomes.filter((o) => o.endsWith('404')).length, outcomes.join('\n')).toBeGreaterThan(
      15,
    );

    // Nothing of structure B changed, and nothing was written for it.
    expect(
      (await db.select().from(beneficiaries).where(eq(beneficiaries.structureId, theirs.id))).map(
        (b) => b.reference,
      ),
    ).toEqual(['SECRET-B']);
    expect(
      (await db.select().from(requests).where(eq(requests.structureId, theirs.id))).map(
        (r) => r.status,
      ),
    ).toEqual(['draft']);
    expect(await db.select().from(importJobs)).toHaveLength(1);
  });

  it('lists only the referent’s own beneficiaries and requests', async () => {
    const db = t.database.db;
    const mine = await buildStructure(db);
    const theirs = await buildStructure(db);
    await buildUser(db, { role: 'referent', organisationId: mine.id, email: 'own@structure.test' });
    await buildBeneficiary(db, { structureId: mine.id, reference: 'MINE-1' });
    await buildBeneficiary(db, { structureId: theirs.id, reference: 'THEIRS-1' });
    await buildRequest(db, { structureId: theirs.id });
    const agent = await loginAs(t.app, 'own@structure.test');
    const list = await t.app.inject({ url: '/api/beneficiaries', headers: agent.headers });
    expect(list.json().items.map((b: { reference: string }) => b.reference)).toEqual(['MINE-1']);
    const reqs = await t.app.inject({ url: '/api/requests', headers: agent.headers });
    expect(reqs.json()).toMatchObject({ total: 0, items: [] });
  });
});
