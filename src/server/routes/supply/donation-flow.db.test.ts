import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loginAs } from '../../../../test/app';
import {
  buildLocation,
  buildReceiptIssuer,
  buildUser,
  fakeSiren,
} from '../../../../test/factories';
import { pdfText, publicDonationInput, useSupplyApp } from '../../../../test/supply';
import {
  devices,
  donationLotDiscrepancies,
  mails,
  organisations,
  stockEvents,
} from '../../../db/schema';

/**
 * Acceptance (issue 4), at API level: a company declares a lot of 20 laptops through the public
 * form, a coordinator accepts it and schedules the pickup, the warehouse receives 19 (the
 * missing one is recorded with its reason), the donor sees every step and downloads the tax
 * receipt, whose PDF text carries the key fields.
 */
describe('donation flow: declare 20, receive 19, tax receipt', () => {
  const t = useSupplyApp();

  it('runs from the public form to the tax receipt PDF', async () => {
    const db = t.database.db;
    const bank = await buildUser(db, { role: 'coordinator', email: 'coord@bank.test' });
    const warehouse = await buildLocation(db, {
      organisationId: bank.membership.organisationId,
      name: 'Entrepôt',
    });
    await buildReceiptIssuer(db);
    const siren = fakeSiren(4242);

    // 1. The company declares its lot through the public form (no account yet).
    const declared = await t.app.inject({
      method: 'POST',
      url: '/api/donations/public',
      payload: publicDonationInput(4242, {
        company: { name: 'Société Générique SA', legalId: siren },
        contact: { displayName: 'Alice Donatrice', email: 'Alice@Company.test' },
      }),
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const { lotId, reference } = declared.json();
    const [created] = await db.select().from(organisations).where(eq(organisations.legalId, siren));
    const organisationId = created!.id;
    expect(reference).toBe('DON-2026-000001');

    // The contact chooses a password from the invitation mail, then logs in.
    const invitation = (await db.select().from(mails)).find((m) => /token=/.test(m.bodyText))!;
    expect(invitation.toAddress).toBe('alice@company.test');
    const token = /token=([\w-]+)/.exec(invitation.bodyText)![1]!;
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: { token, password: 'une phrase de passe solide' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const donor = await loginAs(t.app, 'alice@company.test', 'une phrase de passe solide');
    const coord = await loginAs(t.app, 'coord@bank.test');

    // 2. The coordinator accepts and schedules the pickup.
    const post = (agent: typeof coord, url: string, payload: object = {}) =>
      t.app.inject({ method: 'POST', url, headers: agent.headers, payload });
    expect(
      (await post(coord, `/api/donation-lots/${lotId}/accept`, { note: 'Merci !' })).statusCode,
    ).toBe(200);
    const pickup = await post(coord, `/api/donation-lots/${lotId}/schedule-pickup`, {
      pickupDate: '2026-03-10',
      timeSlot: '9h-12h',
      carrier: 'Transports Solidaires',
    });
    expect(pickup.statusCode, pickup.body).toBe(200);
    const pickupPdf = await t.app.inject({
      url: `/api/donation-lots/${lotId}/pickup-confirmation.pdf`,
      headers: { cookie: donor.cookie },
    });
    expect(pickupPdf.headers['content-type']).toBe('application/pdf');
    const pickupText = pdfText(pickupPdf.rawPayload);
    expect(pickupText).toContain("Confirmation d'enlèvement");
    expect(pickupText).toContain('10/03/2026');
    expect(pickupText).toContain('Transports Solidaires');
    expect((await post(coord, `/api/donation-lots/${lotId}/collect`)).statusCode).toBe(200);

    // 3. The warehouse receives 19 laptops: each gets its device record through receiveDevices.
    const detail = (
      await t.app.inject({ url: `/api/donation-lots/${lotId}`, headers: { cookie: coord.cookie } })
    ).json();
    const lineId = detail.lines[0].id;
    const received = await post(coord, `/api/donation-lots/${lotId}/devices`, {
      locationId: warehouse.id,
      devices: Array.from({ length: 19 }, (_, i) => ({
        lineId,
        serial: `SN-DON-${i}`,
        brand: 'Dell',
        model: 'Latitude 5490',
      })),
    });
    expect(received.statusCode, received.body).toBe(201);
    expect(received.json().lines).toEqual([{ id: lineId, expected: 20, received: 19 }]);

    // Finishing the count without a reason for the missing laptop is refused, and records nothing.
    const noReason = await post(coord, `/api/donation-lots/${lotId}/complete-reception`);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields[0]).toMatchObject({
      code: 'discrepancy_reason_required',
      params: { lineId, expected: 20, received: 19 },
    });
    expect(await db.select().from(donationLotDiscrepancies)).toHaveLength(0);
    const completed = await post(coord, `/api/donation-lots/${lotId}/complete-reception`, {
      discrepancies: [{ lineId, reason: 'Un portable manquant au déchargement' }],
    });
    expect(completed.statusCode, completed.body).toBe(200);
    const [discrepancy] = await db.select().from(donationLotDiscrepancies);
    expect(discrepancy).toMatchObject({
      expectedCount: 20,
      receivedCount: 19,
      reason: 'Un portable manquant au déchargement',
    });

    const lotDevices = await db.select().from(devices).where(eq(devices.originId, lotId));
    expect(lotDevices).toHaveLength(19);
    expect(
      lotDevices.every(
        (d) => d.originType === 'donation_lot' && d.donorOrganisationId === organisationId,
      ),
    ).toBe(true);
    const ledger = await db.select().from(stockEvents).where(eq(stockEvents.linkedId, lotId));
    expect(ledger.filter((e) => e.type === 'receive')).toHaveLength(19);

    // 4. The donor sees every step with its date.
    const seen = await t.app.inject({
      url: `/api/donation-lots/${lotId}`,
      headers: { cookie: donor.cookie },
    });
    expect(seen.statusCode).toBe(200);
    const lot = seen.json();
    expect(lot.status).toBe('received');
    expect(lot.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'declared',
      'accepted',
      'pickup_scheduled',
      'collected',
      'received',
    ]);
    expect(lot.history.every((h: { at: string }) => h.at.startsWith('2026-03-02'))).toBe(true);
    expect(lot.discrepancies).toHaveLength(1);
    expect(lot.receivedCount).toBe(19);
    expect(lot.allowedEvents).toEqual([]);

    // 5. The bank issues the tax receipt; the donor downloads it.
    const issued = await post(coord, '/api/tax-receipts', {
      lotId,
      valuationCents: 0,
      donorLegalForm: 'SA',
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const receipt = issued.json();
    expect(receipt.number).toBe('2026-000001');
    const pdf = await t.app.inject({
      url: `/api/tax-receipts/${receipt.id}/pdf`,
      headers: { cookie: donor.cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toContain('recu-fiscal-2026-000001.pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('2026-000001');
    expect(text).toContain(siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'));
    expect(text).toContain('don en nature');
    expect(text).toContain('***0,00 €***');
    expect(text).toMatch(/238 bis/);
    expect(text).toContain('Société Générique SA');
    expect(text).toContain('19 ordinateurs portables (Dell Latitude 5490)');
    expect(text).toContain('02/03/2026');
    expect(text).toContain('Cerfa n° 16216');

    // The donor sees its receipt in the list; the company organisation holds the SIREN.
    const list = await t.app.inject({
      url: '/api/tax-receipts',
      headers: { cookie: donor.cookie },
    });
    expect(list.json().items.map((r: { number: string }) => r.number)).toEqual(['2026-000001']);
    const [company] = await db
      .select()
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    expect(company).toMatchObject({ kind: 'donor', legalId: siren });
  });
});
