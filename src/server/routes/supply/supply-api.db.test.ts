import { describe, expect, it } from 'vitest';
import { loginAs, type TAgent } from '../../../../test/app';
import {
  buildDonationLot,
  buildDonor,
  buildGrant,
  buildLocation,
  buildReceiptIssuer,
  buildSpecTier,
  buildSupplier,
  buildUser,
} from '../../../../test/factories';
import { lotInput, useSupplyApp } from '../../../../test/supply';

/**
 * The supply API's answers: who may call what (401/403), field errors (400), other companies'
 * records (404, never 403), refused transitions and budgets (409), downloads.
 */
describe('supply API', () => {
  const t = useSupplyApp();
  const call = (
    agent: TAgent | null,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: agent ? (method === 'GET' ? { cookie: agent.cookie } : agent.headers) : {},
      ...(payload ? { payload } : method === 'GET' ? {} : { payload: {} }),
    });
  const world = async () => {
    const db = t.database.db;
    const coord = await buildUser(db, { role: 'coordinator' });
    const donorA = await buildDonor(db);
    const donorB = await buildDonor(db);
    const a = await buildUser(db, { role: 'donor_contact', organisationId: donorA.id });
    const b = await buildUser(db, { role: 'donor_contact', organisationId: donorB.id });
    const funder = await buildUser(db, { role: 'funder' });
    const referent = await buildUser(db, { role: 'referent' });
    return {
      db,
      donorA,
      donorB,
      coord: await loginAs(t.app, coord.user.email),
      bankOrg: coord.membership.organisationId,
      a: await loginAs(t.app, a.user.email),
      b: await loginAs(t.app, b.user.email),
      funder: await loginAs(t.app, funder.user.email),
      funderOrg: funder.membership.organisationId,
      referent: await loginAs(t.app, referent.user.email),
    };
  };

  it('shows the rules publicly and guards every other route by role', async () => {
    const w = await world();
    const rules = await call(null, 'GET', '/api/donations/rules');
    expect(rules.statusCode).toBe(200);
    expect(rules.json().rules.kinds.laptop).toEqual({ underYears: 6, acceptsNotWorking: true });
    expect((await call(null, 'GET', '/api/donation-lots')).statusCode).toBe(401);
    expect((await call(w.referent, 'GET', '/api/donation-lots')).statusCode).toBe(403);
    expect((await call(w.a, 'GET', '/api/purchase-orders')).statusCode).toBe(403);
    expect((await call(w.funder, 'POST', '/api/grants', {})).statusCode).toBe(403);
    expect((await call(w.a, 'POST', '/api/tax-receipts', {})).json().error.code).toBe(
      'auth.forbidden',
    );
    expect(
      (await call(w.coord, 'PUT', '/api/donations/rules', { kinds: {}, minDevicesPerLot: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await call(w.coord, 'GET', '/api/tax-receipts/export.csv?year=2026')).statusCode).toBe(
      200,
    );
    expect((await call(w.a, 'GET', '/api/tax-receipts/export.csv?year=2026')).statusCode).toBe(403);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/donation-lots',
      headers: { cookie: w.a.cookie },
      payload: lotInput(),
    });
    expect(noCsrf.json().error.code).toBe('auth.csrf');
  });

  it('answers field errors with codes, including the rules and dates', async () => {
    const w = await world();
    const empty = await call(w.a, 'POST', '/api/donation-lots', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['lines', 'pickupAddress', 'availableFrom', 'siteContact']),
    );
    const noLines = await call(w.a, 'POST', '/api/donation-lots', lotInput({ lines: [] }));
    expect(noLines.json().error.details.fields).toEqual([{ path: 'lines', code: 'lot_empty' }]);
    const old = await call(
      w.a,
      'POST',
      '/api/donation-lots',
      lotInput({ lines: [{ kind: 'laptop', count: 2, ageYears: 6 }] }),
    );
    expect(old.statusCode).toBe(400);
    expect(old.json().error.details.fields[0]).toMatchObject({
      path: 'lines.0.ageYears',
      code: 'device_too_old',
      params: { underYears: 6 },
    });
    const past = await call(
      w.a,
      'POST',
      '/api/donation-lots',
      lotInput({ availableFrom: '2026-02-01' }),
    );
    expect(past.json().error.details.fields[0]).toMatchObject({
      path: 'availableFrom',
      code: 'date_in_past',
    });
    const pub = await call(null, 'POST', '/api/donations/public', {
      company: { name: 'X' },
      contact: {},
      lot: lotInput({ lines: [] }),
    });
    expect(pub.statusCode).toBe(400);
    expect(
      pub
        .json()
        .error.details.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
    ).toEqual(expect.arrayContaining(['company.name:too_short', 'lot.lines:lot_empty']));
    const badId = await call(w.coord, 'GET', '/api/donation-lots/not-a-uuid');
    expect(badId.statusCode).toBe(400);
  });

  it('answers 404 for another company’s lot, documents and receipt', async () => {
    const w = await world();
    const created = await call(w.a, 'POST', '/api/donation-lots', lotInput());
    expect(created.statusCode).toBe(201);
    const lotId = created.json().id;
    expect((await call(w.a, 'GET', `/api/donation-lots/${lotId}`)).statusCode).toBe(200);
    for (const url of [
      `/api/donation-lots/${lotId}`,
      `/api/donation-lots/${lotId}/impact`,
      `/api/donation-lots/${lotId}/pickup-confirmation.pdf`,
    ]) {
      const res = await call(w.b, 'GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect(
      (await call(w.b, 'POST', `/api/donation-lots/${lotId}/cancel`, { reason: 'x' })).statusCode,
    ).toBe(404);
    expect((await call(w.b, 'GET', '/api/donation-lots')).json().total).toBe(0);
    // A receipt of company A, looked up by company B.
    await buildReceiptIssuer(w.db);
    const { lot } = await buildDonationLot(w.db, {
      donorOrganisationId: w.donorA.id,
      status: 'received',
    });
    const receipt = await call(w.coord, 'POST', '/api/tax-receipts', {
      lotId: lot.id,
      valuationCents: 0,
      description: '5 portables',
    });
    expect(receipt.statusCode).toBe(201);
    expect((await call(w.a, 'GET', `/api/tax-receipts/${receipt.json().id}/pdf`)).statusCode).toBe(
      200,
    );
    expect((await call(w.b, 'GET', `/api/tax-receipts/${receipt.json().id}/pdf`)).statusCode).toBe(
      404,
    );
    expect((await call(w.b, 'GET', `/api/tax-receipts/${receipt.json().id}`)).statusCode).toBe(404);
    expect((await call(w.b, 'GET', '/api/tax-receipts')).json().items).toEqual([]);
    // Funders: own grant yes, another funder's no.
    const own = await buildGrant(w.db, { funderId: w.funderOrg });
    const foreign = await buildGrant(w.db);
    expect((await call(w.funder, 'GET', `/api/grants/${own.id}`)).statusCode).toBe(200);
    expect((await call(w.funder, 'GET', `/api/grants/${foreign.id}`)).statusCode).toBe(404);
  });

  it('answers 409 with clear codes for refused transitions, budgets and receipts', async () => {
    const w = await world();
    const lotId = (await call(w.a, 'POST', '/api/donation-lots', lotInput())).json().id;
    const early = await call(w.coord, 'POST', `/api/donation-lots/${lotId}/collect`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'donation.invalid_state',
      details: { from: 'declared', event: 'collect' },
    });
    const impact = await call(w.a, 'GET', `/api/donation-lots/${lotId}/impact-report.pdf`);
    expect(impact.json().error.code).toBe('donation.invalid_state');
    const pastPickup = await call(w.coord, 'POST', `/api/donation-lots/${lotId}/accept`, {});
    expect(pastPickup.statusCode).toBe(200);
    const past = await call(w.coord, 'POST', `/api/donation-lots/${lotId}/schedule-pickup`, {
      pickupDate: '2026-03-01',
      carrier: 'X',
    });
    expect(past.json().error.details.fields).toEqual([
      { path: 'pickupDate', code: 'date_in_past' },
    ]);

    await buildReceiptIssuer(w.db);
    const noSiren = await buildDonor(w.db, { legalId: null });
    const { lot } = await buildDonationLot(w.db, {
      donorOrganisationId: noSiren.id,
      status: 'received',
    });
    const receipt = await call(w.coord, 'POST', '/api/tax-receipts', {
      lotId: lot.id,
      valuationCents: 0,
      description: 'x',
    });
    expect(receipt.statusCode).toBe(409);
    expect(receipt.json().error.code).toBe('receipt_siren_missing');

    const supplier = await buildSupplier(w.db);
    const tier = await buildSpecTier(w.db, { number: 1, kind: 'laptop' });
    const grant = await buildGrant(w.db, { pledgedCents: 100_00 });
    const order = await call(w.coord, 'POST', '/api/purchase-orders', {
      supplierId: supplier.id,
      lines: [
        {
          kind: 'laptop',
          specTierId: tier.id,
          quantity: 2,
          unitPriceCents: 50_00,
          vatRateBp: 2000,
        },
      ],
      grants: [{ grantId: grant.id, amountCents: 120_00 }],
    });
    expect(order.statusCode, order.body).toBe(201);
    const orderId = order.json().id;
    const preview = await call(w.coord, 'POST', `/api/purchase-orders/${orderId}/preview-confirm`);
    expect(preview.json().grants[0]).toMatchObject({
      leftBeforeCents: 100_00,
      leftAfterCents: -20_00,
      isExceeded: true,
    });
    const confirm = await call(w.coord, 'POST', `/api/purchase-orders/${orderId}/confirm`);
    expect(confirm.statusCode).toBe(409);
    expect(confirm.json().error.code).toBe('grant_exceeded');
    const location = await buildLocation(w.db, { organisationId: w.bankOrg });
    const receiveDraft = await call(w.coord, 'POST', `/api/purchase-orders/${orderId}/receptions`, {
      locationId: location.id,
      units: [{ lineId: orderId }],
    });
    expect(receiveDraft.json().error.code).toBe('purchase.invalid_state');
    const charge = await call(w.coord, 'POST', `/api/grants/${grant.id}/charges`, {
      amountCents: 100_01,
      category: 'logistics',
      chargedOn: '2026-03-02',
      description: 'Transport',
    });
    expect(charge.json().error.code).toBe('grant_exceeded');
    const zero = await call(w.coord, 'POST', `/api/grants/${grant.id}/charges`, {
      amountCents: 0,
      category: 'logistics',
      chargedOn: '2026-03-02',
      description: 'Transport',
    });
    expect(zero.json().error.details.fields).toEqual([
      { path: 'amountCents', code: 'must_not_be_zero' },
    ]);
  });

  it('serves the CSV export and the issuer settings', async () => {
    const w = await world();
    const missing = await call(w.coord, 'GET', '/api/tax-receipts/issuer');
    expect(missing.json()).toMatchObject({ issuer: null });
    expect(missing.json().missing).toContain('signatoryName');
    const csv = await call(w.coord, 'GET', '/api/tax-receipts/export.csv?year=2026');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain('number,status,issued_on');
    expect((await call(w.coord, 'GET', '/api/tax-receipts/export.csv')).statusCode).toBe(400);
  });
});
