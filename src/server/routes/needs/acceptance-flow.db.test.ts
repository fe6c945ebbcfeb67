import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, mails, requestEvents } from '../../../db/schema';
import { loginAs } from '../../../../test/app';
import {
  buildCampaign,
  buildNetwork,
  buildOrganisation,
  buildUser,
} from '../../../../test/factories';
import { applicationInput, tokenIn, useNeedsApp } from '../../../../test/needs';

/**
 * The acceptance flow through the API (the E2E in Chromium will drive the same calls):
 * a structure applies, a coordinator approves it, its referent logs in, records three
 * beneficiaries, submits a request through the confirmation step, the coordinator partly
 * approves it with a reason, and the referent sees the decision — in French and in English.
 */
describe.each(['fr', 'en'] as const)('needs acceptance flow (%s)', (locale) => {
  const t = useNeedsApp();

  it('goes from an application to a partly approved request the referent can read', async () => {
    const db = t.database.db;
    const bank = await buildOrganisation(db, { kind: 'bank', name: 'Banque Passerelle' });
    await buildUser(db, { role: 'coordinator', organisationId: bank.id, email: 'coord@bank.test' });
    const mentorat = await buildNetwork(db, 'Collectif Mentorat');
    const campaign = await buildCampaign(db, {
      name: "Connexion d'Urgence 2020",
      offeredKinds: ['laptop', 'tablet', 'sim_recharge'],
      quotas: [{ networkId: mentorat.id, quantity: 1100 }],
    });

    // 1. The structure applies, without logging in.
    const email = `referente-${locale}@asso.test`;
    const applied = await t.app.inject({
      method: 'POST',
      url: '/api/structure-applications',
      payload: applicationInput({
        networkIds: [mentorat.id],
        locale,
        contacts: [{ name: 'Awa Diallo', email }],
      }),
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const applicationId = applied.json().id as string;

    // 2. A coordinator approves it: the structure exists, the referent is invited.
    const coord = await loginAs(t.app, 'coord@bank.test');
    const list = await t.app.inject({
      url: '/api/structure-applications?status=submitted',
      headers: coord.headers,
    });
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([applicationId]);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/structure-applications/${applicationId}/approve`,
      headers: coord.headers,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const structureId = approved.json().structureId as string;

    // 3. The referent chooses a password from the invitation and logs in.
    const inviteMail = (await db.select().from(mails).where(eq(mails.toAddress, email))).find((m) =>
      /token=/.test(m.bodyText),
    )!;
    expect(inviteMail.subject).toMatch(
      locale === 'en' ? /invited to join/ : /invitation à rejoindre/,
    );
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: { token: tokenIn(inviteMail.bodyText), password: 'une longue phrase secrète' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const referent = await loginAs(t.app, email, 'une longue phrase secrète');
    const org = await t.app.inject({
      url: `/api/organisations/${structureId}`,
      headers: referent.headers,
    });
    expect(org.json()).toMatchObject({
      name: applicationInput().name,
      networks: [{ id: mentorat.id }],
    });
    const addressId = org.json().addresses[0].id as string;

    // 4. Three beneficiaries, one of them under 15 with a parent's consent.
    const base = {
      situation: 'lyceen',
      schoolLevel: 'lycee_terminale',
      departementCode: '75',
      householdSize: 4,
      lacks: ['computer', 'connection'],
      consentAt: '2020-04-20',
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/beneficiaries',
      headers: referent.headers,
      payload: {
        items: [
          { ...base, reference: 'AD-01', ageBand: '15_17' },
          {
            ...base,
            reference: 'AD-02',
            ageBand: '18_25',
            situation: 'student',
            schoolLevel: 'university',
          },
          {
            ...base,
            reference: 'AD-03',
            ageBand: '11_14',
            situation: 'collegien',
            schoolLevel: 'college_3e',
            parentalConsentAt: '2020-04-20',
            parentalConsentBy: 'parent',
          },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const ids = created.json().items.map((b: { id: string }) => b.id) as string[];

    // 5. A request, the confirmation step, then submission.
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: referent.headers,
      payload: {
        campaignId: campaign.id,
        urgency: 'high',
        urgencyReason: 'exam',
        deliveryAddressId: addressId,
        preferredFrom: '2020-05-11',
        preferredTo: '2020-05-29',
        lines: [
          { kind: 'laptop', quantity: 3, minTier: 2, beneficiaryIds: ids },
          { kind: 'sim_recharge', quantity: 3, beneficiaryIds: ids },
        ],
      },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const requestId = draft.json().id as string;
    expect(draft.json()).toMatchObject({
      status: 'draft',
      waitingFor: 'structure',
      network: { id: mentorat.id },
    });
    const preview = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${requestId}/preview-submit`,
      headers: referent.headers,
    });
    expect(preview.json()).toMatchObject({
      canSubmit: true,
      warnings: [],
      errors: [],
      quota: { quota: 1100, used: 0 },
    });
    expect(preview.json().summary.totals).toEqual({ asked: 6, approved: null });
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${requestId}/submit`,
      headers: referent.headers,
    });
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      waitingFor: 'bank',
      nextStep: 'bank_reviews',
    });

    // 6. The coordinator finds it on the desk and approves 2 laptops of 3, with a reason.
    const desk = await t.app.inject({
      url: `/api/review/requests?campaignId=${campaign.id}`,
      headers: coord.headers,
    });
    expect(desk.json().items).toEqual([
      expect.objectContaining({ id: requestId, urgency: 'high', asked: 6 }),
    ]);
    const detail = await t.app.inject({
      url: `/api/review/requests/${requestId}`,
      headers: coord.headers,
    });
    const lines = detail.json().request.lines as { id: string; kind: string }[];
    const laptop = lines.find((l) => l.kind === 'laptop')!;
    const sim = lines.find((l) => l.kind === 'sim_recharge')!;
    const decision = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${requestId}/approve`,
      headers: coord.headers,
      payload: {
        lines: [
          { lineId: laptop.id, approvedQuantity: 2, reason: 'Stock limité cette semaine' },
          { lineId: sim.id, approvedQuantity: 3 },
        ],
      },
    });
    expect(decision.statusCode, decision.body).toBe(200);

    // 7. The referent sees the decision, line by line, and the history.
    const seen = await t.app.inject({
      url: `/api/requests/${requestId}`,
      headers: referent.headers,
    });
    expect(seen.json()).toMatchObject({
      status: 'approved',
      waitingFor: 'bank',
      totals: { asked: 6, approved: 5 },
      lines: [
        {
          kind: 'laptop',
          quantity: 3,
          approvedQuantity: 2,
          decisionReason: 'Stock limité cette semaine',
        },
        { kind: 'sim_recharge', quantity: 3, approvedQuantity: 3, decisionReason: null },
      ],
    });
    expect(seen.json().events.map((e: { toStatus: string | null }) => e.toStatus)).toEqual([
      'draft',
      'submitted',
      'approved',
    ]);
    expect(seen.json().lines[0]).not.toHaveProperty('weightOverride');
    const decisionMail = (await db.select().from(mails).where(eq(mails.toAddress, email))).find(
      (m) => m.subject.includes(' D-0') && /approved|accept/.test(m.subject),
    )!;
    expect(decisionMail.bodyText).toContain(
      locale === 'en'
        ? '2 approved of 3 asked — Stock limité'
        : '2 accordé(s) sur 3 demandé(s) — Stock limité',
    );
    const history = await db
      .select()
      .from(requestEvents)
      .where(eq(requestEvents.requestId, requestId));
    expect(history).toHaveLength(3);
    const trail = await db.select().from(auditEvents).where(eq(auditEvents.entityId, requestId));
    expect(trail.map((a) => a.action)).toEqual(
      expect.arrayContaining(['request.create', 'request.submit', 'request.approve']),
    );
  });
});
