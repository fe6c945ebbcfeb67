import { describe, expect, it } from 'vitest';
import { mails, requests, structureNetworks } from '../../../db/schema';
import { loginAs } from '../../../../test/app';
import {
  buildAddress,
  buildBeneficiary,
  buildCampaign,
  buildNetwork,
  buildOrganisation,
  buildStructure,
  buildUser,
} from '../../../../test/factories';
import { useNeedsApp } from '../../../../test/needs';

describe('requests API', () => {
  const t = useNeedsApp();

  async function setup() {
    const db = t.database.db;
    const network = await buildNetwork(db, 'Emmaüs');
    const structure = await buildStructure(db, { networkIds: [network.id] });
    await buildUser(db, { role: 'referent', organisationId: structure.id, email: 'ref@asso.test' });
    const bank = await buildOrganisation(db, { kind: 'bank' });
    await buildUser(db, { role: 'coordinator', organisationId: bank.id, email: 'coord@bank.test' });
    const campaign = await buildCampaign(db, {
      offeredKinds: ['laptop', 'tablet', 'sim_recharge'],
    });
    const agent = await loginAs(t.app, 'ref@asso.test');
    const coord = await loginAs(t.app, 'coord@bank.test');
    const org = (
      await t.app.inject({ url: `/api/organisations/${structure.id}`, headers: agent.headers })
    ).json();
    const valid = {
      campaignId: campaign.id,
      deliveryAddressId: org.addresses[0].id as string,
      preferredFrom: '2020-05-11',
      preferredTo: '2020-05-22',
      lines: [{ kind: 'laptop', quantity: 2, minTier: 1 }],
    };
    return { network, structure, campaign, agent, coord, valid };
  }

  it('gives every bad line, date and reference its own code, and writes nothing', async () => {
    const { structure, agent, valid } = await setup();
    const foreign = await buildBeneficiary(t.database.db, { reference: 'AILLEURS' });
    const shape = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: agent.headers,
      payload: {
        ...valid,
        lines: [
          { kind: 'laptop', quantity: 0 },
          { kind: 'tablet', quantity: 10_000 },
          { kind: 'laptop', quantity: 1, minTier: 4 },
        ],
      },
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.details.fields).toEqual([
      { path: 'lines.0.quantity', code: 'quantity_too_small' },
      { path: 'lines.1.quantity', code: 'quantity_too_large' },
      { path: 'lines.2.minTier', code: 'tier_invalid' },
    ]);
    const rules = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: agent.headers,
      payload: {
        ...valid,
        urgency: 'critical',
        deliveryAddressId: '00000000-0000-4000-8000-000000000000',
        preferredFrom: '2020-05-01',
        preferredTo: '2020-04-30',
        lines: [
          { kind: 'smartphone', quantity: 1 },
          { kind: 'sim_recharge', quantity: 1, minTier: 2 },
          { kind: 'laptop', quantity: 1, beneficiaryIds: [foreign.id] },
        ],
      },
    });
    expect(rules.json().error.details.fields).toEqual(
      expect.arrayContaining([
        { path: 'deliveryAddressId', code: 'address_unknown' },
        { path: 'urgencyReason', code: 'required' },
        { path: 'preferredFrom', code: 'date_in_past' },
        { path: 'preferredTo', code: 'date_in_past' },
        { path: 'lines.0.kind', code: 'kind_not_offered', params: { kind: 'smartphone' } },
        { path: 'lines.1.minTier', code: 'tier_not_applicable' },
        { path: 'lines.2.beneficiaryIds.0', code: 'beneficiary_unknown' },
      ]),
    );
    const closed = await buildCampaign(t.database.db, { endsOn: '2020-04-30' });
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: agent.headers,
      payload: { ...valid, campaignId: closed.id },
    });
    expect(late.json().error.details.fields).toEqual([
      { path: 'campaignId', code: 'campaign_closed' },
    ]);
    const other = await buildNetwork(t.database.db, 'ASE 93');
    const notMine = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: agent.headers,
      payload: { ...valid, networkId: other.id },
    });
    expect(notMine.json().error.details.fields).toEqual([
      { path: 'networkId', code: 'network_not_member' },
    ]);
    expect(await t.database.db.select().from(requests)).toHaveLength(0);
    expect(structure.id).toBeTruthy();
  });

  it('asks which network when the structure belongs to several, and checks eligibility', async () => {
    const { structure, agent, valid, network } = await setup();
    const second = await buildNetwork(t.database.db, 'FAS');
    await t.database.db
      .insert(structureNetworks)
      .values({ structureId: structure.id, networkId: second.id });
    const ambiguous = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: agent.headers,
      payload: valid,
    });
    expect(ambiguous.json().error.details.fields).toEqual([
      { path: 'networkId', code: 'network_required' },
    ]);
    const chosen = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: agent.headers,
      payload: { ...valid, networkId: second.id },
    });
    expect(chosen.json().network).toEqual({ id: second.id, name: 'FAS' });
    const onlyFas = await buildCampaign(t.database.db, { eligibleNetworkIds: [second.id] });
    const defaulted = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: agent.headers,
      payload: { ...valid, campaignId: onlyFas.id },
    });
    expect(defaulted.json().network.id).toBe(second.id);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: agent.headers,
      payload: { ...valid, campaignId: onlyFas.id, networkId: network.id },
    });
    expect(refused.json().error.details.fields).toEqual([
      { path: 'networkId', code: 'network_not_eligible' },
    ]);
  });

  it('follows the lifecycle: question, edit, resubmission, refused transitions, withdrawal', async () => {
    const { agent, coord, valid, structure } = await setup();
    const address = await buildAddress(t.database.db, structure.id, {
      label: 'Antenne Bobigny',
      postalCode: '93000',
      communeCode: '93008',
      communeName: 'Bobigny',
      departementCode: '93',
      regionCode: '11',
    });
    const id = (
      await t.app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: agent.headers,
        payload: valid,
      })
    ).json().id;
    const submit = () =>
      t.app.inject({ method: 'POST', url: `/api/requests/${id}/submit`, headers: agent.headers });
    expect((await submit()).json().status).toBe('submitted');
    const twice = await submit();
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'request.invalid_state',
      details: { from: 'submitted', event: 'submit' },
    });
    const locked = await t.app.inject({
      method: 'PUT',
      url: `/api/requests/${id}`,
      headers: agent.headers,
      payload: valid,
    });
    expect(locked.statusCode).toBe(409);

    const review = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${id}/start-review`,
      headers: coord.headers,
      payload: {},
    });
    expect(review.json()).toMatchObject({ status: 'under_review', waitingFor: 'bank' });
    const ask = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${id}/ask-information`,
      headers: coord.headers,
      payload: { reason: 'Pouvez-vous livrer à Bobigny ?' },
    });
    expect(ask.json()).toMatchObject({
      status: 'needs_information',
      waitingFor: 'structure',
      statusReason: 'Pouvez-vous livrer à Bobigny ?',
    });
    const asked = await t.app.inject({ url: `/api/requests/${id}`, headers: agent.headers });
    expect(asked.json()).toMatchObject({
      nextStep: 'structure_completes',
      allowedEvents: ['submit', 'withdraw'],
    });
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/requests/${id}`,
      headers: agent.headers,
      payload: { ...valid, deliveryAddressId: address.id },
    });
    expect(edited.json().delivery).toMatchObject({ communeName: 'Bobigny', departementCode: '93' });
    const again = await submit();
    expect(again.json()).toMatchObject({
      status: 'submitted',
      submittedAt: '2020-05-04T08:00:00.000Z',
    });
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${id}/reject`,
      headers: coord.headers,
      payload: { reason: 'Hors critères' },
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      waitingFor: null,
      statusReason: 'Hors critères',
    });
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${id}/withdraw`,
      headers: agent.headers,
      payload: {},
    });
    expect(late.statusCode).toBe(409);
    const history = (
      await t.app.inject({ url: `/api/requests/${id}`, headers: agent.headers })
    ).json().events;
    expect(
      history.map(
        (e: { kind: string; toStatus: string | null }) => `${e.kind}:${e.toStatus ?? ''}`,
      ),
    ).toEqual([
      'created:draft',
      'status:submitted',
      'status:under_review',
      'status:needs_information',
      'edited:',
      'status:submitted',
      'status:rejected',
    ]);
    const toReferent = (await t.database.db.select().from(mails)).filter(
      (m) => m.toAddress === 'ref@asso.test',
    );
    expect(toReferent.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/refusée/),
        expect.stringMatching(/précisions/),
      ]),
    );

    const other = (
      await t.app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: agent.headers,
        payload: valid,
      })
    ).json().id;
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/requests/${other}/withdraw`,
      headers: agent.headers,
      payload: { note: 'Besoin couvert ailleurs' },
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', waitingFor: null });
  });
});
