import { describe, expect, it } from 'vitest';
import { beneficiaries } from '../../../db/schema';
import { loginAs } from '../../../../test/app';
import {
  buildBeneficiary,
  buildOrganisation,
  buildRequest,
  buildStructure,
  buildUser,
} from '../../../../test/factories';
import { useNeedsApp } from '../../../../test/needs';

const person = {
  reference: 'JEUNE-1',
  ageBand: '15_17',
  situation: 'lyceen',
  schoolLevel: 'lycee_1re',
  departementCode: '93',
  householdSize: 5,
  lacks: ['computer', 'connection'],
  consentAt: '2020-04-15',
};

describe('beneficiaries API', () => {
  const t = useNeedsApp();

  async function referent() {
    const structure = await buildStructure(t.database.db);
    await buildUser(t.database.db, {
      role: 'referent',
      organisationId: structure.id,
      email: 'ref@asso.test',
    });
    return { structure, agent: await loginAs(t.app, 'ref@asso.test') };
  }

  it('records several at once and refuses the whole batch when one row is wrong', async () => {
    const { structure, agent } = await referent();
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/beneficiaries',
      headers: agent.headers,
      payload: {
        items: [
          person,
          {
            ...person,
            reference: 'JEUNE-2',
            ageBand: '11_14',
            situation: 'collegien',
            schoolLevel: 'college_4e',
          },
          { ...person, reference: 'JEUNE-3', notes: 'écrire à maman.dupont@gmail.com' },
          { ...person, reference: 'JEUNE-4', notes: 'appeler le 06 12 34 56 78 le soir' },
          { ...person, reference: 'JEUNE-5', consentAt: '2020-05-05', departementCode: '99' },
          { ...person, reference: 'JEUNE-1' },
          { ...person, reference: 'JEUNE-7', situation: 'job_seeker', ageBand: '26_64' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual(
      expect.arrayContaining([
        { path: 'items.1.parentalConsentAt', code: 'parental_consent_required' },
        { path: 'items.1.parentalConsentBy', code: 'parental_consent_required' },
        { path: 'items.2.notes', code: 'notes_contain_email' },
        { path: 'items.3.notes', code: 'notes_contain_phone' },
        { path: 'items.4.consentAt', code: 'date_in_future' },
        { path: 'items.4.departementCode', code: 'departement_unknown' },
        { path: 'items.5.reference', code: 'reference_duplicate_in_batch', params: { row: 0 } },
        { path: 'items.6.schoolLevel', code: 'school_level_not_applicable' },
      ]),
    );
    expect(await t.database.db.select().from(beneficiaries)).toHaveLength(0);

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/beneficiaries',
      headers: agent.headers,
      payload: {
        items: [
          person,
          {
            ...person,
            reference: 'JEUNE-2',
            ageBand: '11_14',
            situation: 'collegien',
            schoolLevel: 'college_3e',
            parentalConsentAt: '2020-04-15',
            parentalConsentBy: 'legal_guardian',
          },
        ],
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().items).toEqual([
      expect.objectContaining({
        reference: 'JEUNE-1',
        structureId: structure.id,
        consentRecordedBy: expect.any(String),
      }),
      expect.objectContaining({ reference: 'JEUNE-2', parentalConsentBy: 'legal_guardian' }),
    ]);
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/beneficiaries',
      headers: agent.headers,
      payload: { items: [person] },
    });
    expect(taken.json().error.details.fields).toEqual([
      { path: 'items.0.reference', code: 'reference_taken' },
    ]);
  });

  it('validates shapes with codes the UI translates', async () => {
    const { agent } = await referent();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/beneficiaries',
      headers: agent.headers,
      payload: {
        items: [
          { ...person, ageBand: '10_12', householdSize: 0, lacks: [], consentAt: '15/04/2020' },
        ],
      },
    });
    expect(res.json().error.details.fields).toEqual(
      expect.arrayContaining([
        { path: 'items.0.ageBand', code: 'age_band_unknown' },
        { path: 'items.0.householdSize', code: 'household_size_invalid' },
        { path: 'items.0.lacks', code: 'lacks_required' },
        { path: 'items.0.consentAt', code: 'date_invalid' },
      ]),
    );
  });

  it('edits, and deletes only a beneficiary no request refers to', async () => {
    const { structure, agent } = await referent();
    const kept = await buildBeneficiary(t.database.db, {
      structureId: structure.id,
      reference: 'KEEP',
    });
    const free = await buildBeneficiary(t.database.db, {
      structureId: structure.id,
      reference: 'FREE',
    });
    await buildRequest(t.database.db, {
      structureId: structure.id,
      lines: [{ kind: 'tablet', quantity: 1, beneficiaryIds: [kept.id] }],
    });
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/beneficiaries/${free.id}`,
      headers: agent.headers,
      payload: { ...person, reference: 'FREE-2', householdSize: 2 },
    });
    expect(edited.json()).toMatchObject({ reference: 'FREE-2', householdSize: 2 });
    const clash = await t.app.inject({
      method: 'PUT',
      url: `/api/beneficiaries/${free.id}`,
      headers: agent.headers,
      payload: { ...person, reference: 'KEEP' },
    });
    expect(clash.json().error.details.fields).toEqual([
      { path: 'reference', code: 'reference_taken' },
    ]);
    const inUse = await t.app.inject({
      method: 'DELETE',
      url: `/api/beneficiaries/${kept.id}`,
      headers: agent.headers,
    });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('beneficiary.in_use');
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/beneficiaries/${free.id}`,
      headers: agent.headers,
    });
    expect(deleted.statusCode).toBe(200);
    expect((await t.database.db.select().from(beneficiaries)).map((b) => b.reference)).toEqual([
      'KEEP',
    ]);
  });

  it('lets the bank read any structure’s beneficiaries; other roles and anonymous users get nothing', async () => {
    const structure = await buildStructure(t.database.db);
    await buildBeneficiary(t.database.db, { structureId: structure.id, reference: 'B-1' });
    const bank = await buildOrganisation(t.database.db, { kind: 'bank' });
    await buildUser(t.database.db, {
      role: 'coordinator',
      organisationId: bank.id,
      email: 'c@bank.test',
    });
    await buildUser(t.database.db, { role: 'donor_contact', email: 'donor@corp.test' });
    const coord = await loginAs(t.app, 'c@bank.test');
    const all = await t.app.inject({
      url: `/api/beneficiaries?structureId=${structure.id}`,
      headers: coord.headers,
    });
    expect(all.json()).toMatchObject({ total: 1, items: [{ reference: 'B-1' }] });
    const donor = await loginAs(t.app, 'donor@corp.test');
    expect(
      (await t.app.inject({ url: '/api/beneficiaries', headers: donor.headers })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/beneficiaries' })).statusCode).toBe(401);
    const noStructure = await t.app.inject({
      method: 'POST',
      url: '/api/beneficiaries',
      headers: coord.headers,
      payload: { items: [person] },
    });
    expect(noStructure.json().error.details.fields).toEqual([
      { path: 'structureId', code: 'required' },
    ]);
  });
});
