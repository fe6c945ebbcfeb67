import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, duplicateAllowances } from '../../../db/schema';
import { buildBeneficiary, buildRequest } from '../../../../test/factories';
import { buildReviewWorld, useNeedsApp } from '../../../../test/needs';

describe('review decisions: quotas, limits, duplicates', () => {
  const t = useNeedsApp();

  const world = () => buildReviewWorld(t);

  const approveAll = (lines: { id: string; quantity: number }[], extra: object = {}) => ({
    lines: lines.map((l) => ({ lineId: l.id, approvedQuantity: l.quantity })),
    ...extra,
  });

  it('warns the structure of a quota overrun and blocks the approval unless overridden with a reason', async () => {
    const { paris, campaign, coord, agent, mentorat } = await world();
    await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'approved',
      lines: [{ kind: 'laptop', quantity: 4 }],
    });
    const { request, lines } = await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      lines: [{ kind: 'laptop', quantity: 3 }],
    });
    const preview = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${request.id}/preview-submit`,
      headers: agent.headers,
    });
    expect(preview.json()).toMatchObject({
      canSubmit: true,
      warnings: [
        {
          code: 'quota_exceeded',
          params: { network: 'Collectif Mentorat', quota: 5, used: 4, requested: 3, remaining: 1 },
        },
      ],
    });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/requests/${request.id}/submit`,
          headers: agent.headers,
        })
      ).statusCode,
    ).toBe(200);
    const blocked = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${request.id}/approve`,
      headers: coord.headers,
      payload: approveAll(lines),
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({
      code: 'request.limits_exceeded',
      details: { issues: [{ code: 'quota_exceeded' }] },
    });
    const fits = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${request.id}/approve`,
      headers: coord.headers,
      payload: {
        lines: [{ lineId: lines[0]!.id, approvedQuantity: 1, reason: 'Quota du réseau atteint' }],
      },
    });
    expect(fits.json()).toMatchObject({ status: 'approved', totals: { approved: 1 } });
    const campaignView = await t.app.inject({
      url: `/api/campaigns/${campaign.id}`,
      headers: coord.headers,
    });
    expect(campaignView.json().quotas).toEqual([
      { networkId: mentorat.id, networkName: 'Collectif Mentorat', quantity: 5, used: 5 },
    ]);

    const third = await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'submitted',
      lines: [{ kind: 'tablet', quantity: 2 }],
    });
    const overridden = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${third.request.id}/approve`,
      headers: coord.headers,
      payload: approveAll(third.lines, { quotaOverride: { reason: 'Don fléché Afev reçu' } }),
    });
    expect(overridden.json()).toMatchObject({
      status: 'approved',
      quotaOverrideReason: 'Don fléché Afev reçu',
    });
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, third.request.id));
    expect(trail.find((a) => a.action === 'request.override')!.after).toMatchObject({
      quota: { reason: 'Don fléché Afev reçu' },
    });
  });

  it('guards against equipping a beneficiary twice with a kind, unless a coordinator allows it', async () => {
    const { paris, campaign, coord, agent } = await world();
    const jeune = await buildBeneficiary(t.database.db, {
      structureId: paris.id,
      reference: 'JEUNE-42',
    });
    await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'approved',
      lines: [{ kind: 'laptop', quantity: 1, beneficiaryIds: [jeune.id] }],
    });
    const { request } = await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      lines: [{ kind: 'laptop', quantity: 1, beneficiaryIds: [jeune.id] }],
    });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${request.id}/submit`,
      headers: agent.headers,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'request.duplicate_beneficiary',
      details: {
        duplicates: [
          {
            reference: 'JEUNE-42',
            kind: 'laptop',
            otherRequests: [expect.stringMatching(/^D-\d{6}$/)],
            missingAllowances: 1,
          },
        ],
      },
    });
    expect(refused.json().error.message).toMatch(/JEUNE-42 already has a laptop/);
    const allow = await t.app.inject({
      method: 'POST',
      url: `/api/campaigns/${campaign.id}/duplicate-allowances`,
      headers: coord.headers,
      payload: {
        beneficiaryId: jeune.id,
        kind: 'laptop',
        reason: 'Ordinateur volé, plainte déposée',
      },
    });
    expect(allow.statusCode).toBe(201);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/requests/${request.id}/submit`,
          headers: agent.headers,
        })
      ).json().status,
    ).toBe('submitted');

    // A third claim needs another allowance; at approval the coordinator may grant it there.
    const third = await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'submitted',
      lines: [{ kind: 'laptop', quantity: 1, beneficiaryIds: [jeune.id] }],
    });
    const blocked = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${third.request.id}/approve`,
      headers: coord.headers,
      payload: approveAll(third.lines),
    });
    expect(blocked.json().error.code).toBe('request.duplicate_beneficiary');
    const granted = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${third.request.id}/approve`,
      headers: coord.headers,
      payload: approveAll(third.lines, {
        duplicateOverride: { reason: 'Second vol, signalé' },
        quotaOverride: { reason: 'Cas exceptionnel' },
      }),
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const allowances = await t.database.db.select().from(duplicateAllowances);
    expect(allowances.map((a) => a.reason).sort()).toEqual([
      'Ordinateur volé, plainte déposée',
      'Second vol, signalé',
    ]);
  });

  it('checks the per-beneficiary limit and the line decisions', async () => {
    const { paris, campaign, coord } = await world();
    const jeune = await buildBeneficiary(t.database.db, {
      structureId: paris.id,
      reference: 'MAX',
    });
    await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'approved',
      lines: [{ kind: 'sim_recharge', quantity: 1, beneficiaryIds: [jeune.id] }],
    });
    const { request, lines } = await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'under_review',
      networkId: null,
      lines: [
        { kind: 'laptop', quantity: 2, beneficiaryIds: [jeune.id] },
        { kind: 'router_4g', quantity: 1, beneficiaryIds: [jeune.id] },
      ],
    });
    const approve = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/requests/${request.id}/approve`,
        headers: coord.headers,
        payload,
      });
    const [laptop, router] = lines;
    const bad = await approve({
      lines: [
        { lineId: laptop!.id, approvedQuantity: 3 },
        { lineId: '00000000-0000-4000-8000-000000000000', approvedQuantity: 1 },
      ],
    });
    expect(bad.json().error.details.fields).toEqual([
      { path: 'lines.0.approvedQuantity', code: 'approved_exceeds_asked', params: { asked: 2 } },
      { path: 'lines.1.lineId', code: 'line_unknown' },
      { path: 'lines', code: 'line_missing', params: { lineId: router!.id } },
    ]);
    const noReason = await approve({
      lines: [
        { lineId: laptop!.id, approvedQuantity: 1 },
        { lineId: router!.id, approvedQuantity: 1 },
      ],
    });
    expect(noReason.json().error.details.fields).toEqual([
      { path: 'lines.0.reason', code: 'reason_required' },
    ]);
    const zero = await approve({
      lines: [
        { lineId: laptop!.id, approvedQuantity: 0, reason: 'non' },
        { lineId: router!.id, approvedQuantity: 0, reason: 'non' },
      ],
    });
    expect(zero.json().error.details.fields).toEqual([{ path: 'lines', code: 'nothing_approved' }]);
    const limit = await approve(approveAll(lines));
    expect(limit.json().error.details.issues).toEqual([
      {
        code: 'beneficiary_limit_exceeded',
        params: { beneficiaryId: jeune.id, reference: 'MAX', limit: 2, count: 3 },
      },
    ]);
    // Refusing the router line keeps the beneficiary within the limit.
    const ok = await approve({
      lines: [
        { lineId: laptop!.id, approvedQuantity: 2 },
        { lineId: router!.id, approvedQuantity: 0, reason: 'Un équipement suffit' },
      ],
    });
    expect(ok.json().status).toBe('approved');
  });
});
