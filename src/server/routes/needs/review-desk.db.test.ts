import { describe, expect, it } from 'vitest';
import { requests } from '../../../db/schema';
import { buildBeneficiary, buildRequest } from '../../../../test/factories';
import { buildReviewWorld, useNeedsApp } from '../../../../test/needs';

const DAY = 86_400_000;
const NOW = new Date('2020-05-04T08:00:00Z');

describe('review desk: bulk approval, filters, weights, demands', () => {
  const t = useNeedsApp();

  const world = () => buildReviewWorld(t);

  it('bulk-approves each request on its own and reports the blocked ones', async () => {
    const { paris, lille, campaign, coord } = await world();
    const a = await buildRequest(t.database.db, {
      structureId: lille.id,
      campaignId: campaign.id,
      status: 'submitted',
      lines: [{ kind: 'laptop', quantity: 10 }],
    });
    const b = await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'submitted',
      lines: [{ kind: 'laptop', quantity: 4 }],
    });
    const c = await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'submitted',
      lines: [{ kind: 'tablet', quantity: 2 }],
    });
    const d = await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'draft',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/review/requests/bulk-approve',
      headers: coord.headers,
      payload: { requestIds: [a.request.id, b.request.id, c.request.id, d.request.id] },
    });
    expect(res.json()).toMatchObject({
      approved: 2,
      results: [
        { id: a.request.id, ok: true, status: 'approved' },
        { id: b.request.id, ok: true },
        { id: c.request.id, ok: false, error: { code: 'request.limits_exceeded' } },
        { id: d.request.id, ok: false, error: { code: 'request.invalid_state' } },
      ],
    });
    const statuses = await t.database.db
      .select({ id: requests.id, status: requests.status })
      .from(requests);
    expect(statuses.find((s) => s.id === c.request.id)!.status).toBe('submitted');
  });

  it('filters, sorts and pages the desk, weighs lines, and exposes allocatable demands', async () => {
    const { paris, lille, campaign, coord, ase } = await world();
    const minor = await buildBeneficiary(t.database.db, {
      structureId: lille.id,
      ageBand: '15_17',
      schoolLevel: 'lycee_terminale',
      lacks: ['computer', 'connection'],
    });
    const old = await buildRequest(t.database.db, {
      structureId: lille.id,
      campaignId: campaign.id,
      status: 'approved',
      urgency: 'critical',
      urgencyReason: 'exam',
      submittedAt: new Date(NOW.getTime() - 30 * DAY),
      lines: [{ kind: 'laptop', quantity: 3, minTier: 2, beneficiaryIds: [minor.id] }],
    });
    await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'submitted',
      submittedAt: new Date(NOW.getTime() - 2 * DAY),
    });
    await buildRequest(t.database.db, {
      structureId: paris.id,
      campaignId: campaign.id,
      status: 'draft',
    });

    const desk = (q: string) =>
      t.app
        .inject({ url: `/api/review/requests?${q}`, headers: coord.headers })
        .then((r) => r.json());
    const all = await desk('');
    expect(all.total).toBe(2);
    expect(all.items.map((i: { structureName: string }) => i.structureName)).toEqual([
      'Service ASE du Nord',
      'Afev Paris',
    ]);
    expect(all.items[0]).toMatchObject({
      waitingDays: 30,
      departementCode: '59',
      networkName: 'ASE',
      kinds: ['laptop'],
    });
    // 100 base + 300 critical + 60 exam + 120 waiting + 150 ASE minor + 100 exam year + 50 disconnected = 880.
    expect(all.items[0].maxWeight).toBe(880);
    expect((await desk('departementCode=75')).items).toHaveLength(1);
    expect((await desk('urgency=critical')).items[0].id).toBe(old.request.id);
    expect((await desk('minWaitingDays=10')).total).toBe(1);
    expect((await desk(`networkId=${ase.id}`)).total).toBe(1);
    expect((await desk('sort=structure&order=asc&limit=1&offset=1')).items[0].structureName).toBe(
      'Service ASE du Nord',
    );
    expect((await desk('status=approved')).total).toBe(1);

    const weight = await t.app.inject({
      method: 'PUT',
      url: `/api/requests/${old.request.id}/lines/${old.lines[0]!.id}/weight`,
      headers: coord.headers,
      payload: { weight: 990, reason: 'Examen dans 3 jours' },
    });
    expect(weight.json()).toMatchObject({ weightOverride: 990 });
    const badWeight = await t.app.inject({
      method: 'PUT',
      url: `/api/requests/${old.request.id}/lines/${old.lines[0]!.id}/weight`,
      headers: coord.headers,
      payload: { weight: 0, reason: 'poids nul demandé' },
    });
    expect(badWeight.json().error.details.fields).toEqual([
      { path: 'weight', code: 'weight_invalid' },
    ]);
    const detail = (
      await t.app.inject({ url: `/api/review/requests/${old.request.id}`, headers: coord.headers })
    ).json();
    expect(detail.weights[0]).toMatchObject({ computed: 880, override: 990, effective: 990 });
    expect(detail.weights[0].terms.map((term: { code: string }) => term.code)).toEqual([
      'base',
      'urgency',
      'urgency_reason',
      'waiting',
      'ase_minors',
      'exam_year',
      'fully_disconnected',
    ]);
    expect(detail.history.totals).toEqual([
      { kind: 'laptop', asked: 3, approved: 3, fulfilled: 0, handedOver: 0 },
    ]);

    const demands = (
      await t.app.inject({
        url: `/api/review/demand-lines?campaignId=${campaign.id}`,
        headers: coord.headers,
      })
    ).json();
    expect(demands.items).toEqual([
      expect.objectContaining({
        id: old.lines[0]!.id,
        network: ase.id,
        kind: 'laptop',
        minTier: 2,
        quantity: 3,
        weight: 990,
        departementCode: '59',
        lat: 50.45,
        lon: 3.22,
        approximateLocation: true,
      }),
    ]);
    const history = await t.app.inject({
      url: `/api/review/structures/${lille.id}/history`,
      headers: coord.headers,
    });
    expect(history.json().requests).toEqual([
      expect.objectContaining({
        kind: 'laptop',
        asked: 3,
        approved: 3,
        fulfilled: 0,
        handedOver: 0,
      }),
    ]);
  });
});
