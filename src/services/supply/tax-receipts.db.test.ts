import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import {
  buildDonationLot,
  buildDonor,
  buildLocation,
  buildReceiptIssuer,
} from '../../../test/factories';
import { buildActor, ctxFor, failure, lotInput, pdfText } from '../../../test/supply';
import { taxReceipts } from '../../db/schema';
import { type AppError } from '../../shared/app-error';
import { declareLot } from './declare-lot';
import { acceptLot, collectLot, schedulePickup } from './review-lot';
import { receiveLotDevices } from './receive-lot-devices';
import { completeLotReception } from './complete-lot-reception';
import { cancelTaxReceipt, correctTaxReceipt, issueTaxReceipt } from './issue-tax-receipt';
import {
  exportTaxReceiptsCsv,
  getTaxReceipt,
  listTaxReceipts,
  taxReceiptPdf,
} from './read-tax-receipts';

describe('tax receipts (service, real database)', () => {
  const t = useTestDatabase();
  const setup = async () => {
    const db = t.database.db;
    const bank = await buildActor(db, 'coordinator');
    await buildReceiptIssuer(db);
    return { db, bank: ctxFor(db, bank.actor) };
  };
  const receivedLot = async (donorId?: string) =>
    (
      await buildDonationLot(t.database.db, {
        status: 'received',
        ...(donorId ? { donorOrganisationId: donorId } : {}),
      })
    ).lot;

  it('refuses to issue without SIREN, issuer details or received goods, and consumes no number', async () => {
    const { db, bank } = await setup();
    const noSiren = await receivedLot((await buildDonor(db, { legalId: null })).id);
    const e = await failure(
      issueTaxReceipt(bank, { lotId: noSiren.id, valuationCents: 0, description: 'x' }),
    );
    expect(e.code).toBe('receipt_siren_missing');
    const declared = (await buildDonationLot(db, { status: 'declared' })).lot;
    expect(
      (await failure(issueTaxReceipt(bank, { lotId: declared.id, valuationCents: 0 }))).code,
    ).toBe('donation.invalid_state');
    const empty = await receivedLot();
    const nothing = await failure(issueTaxReceipt(bank, { lotId: empty.id, valuationCents: 0 }));
    expect(nothing.details?.fields).toEqual([{ path: 'description', code: 'nothing_received' }]);
    await db.execute(sql`DELETE FROM settings WHERE key = 'tax_receipt_issuer'`);
    const incomplete = await failure(
      issueTaxReceipt(bank, { lotId: empty.id, valuationCents: 0, description: 'x' }),
    );
    expect(incomplete.code).toBe('receipt_issuer_incomplete');
    expect(incomplete.details?.missing).toContain('sirenOrRna');
    await buildReceiptIssuer(db);
    const first = await issueTaxReceipt(bank, {
      lotId: empty.id,
      valuationCents: 150_00,
      description: '3 écrans',
    });
    expect(first.number).toBe('2026-000001');
    expect(
      (
        await failure(
          issueTaxReceipt(bank, { lotId: empty.id, valuationCents: 0, description: 'y' }),
        )
      ).code,
    ).toBe('receipt.invalid_state');
  });

  it('describes the received goods and freezes the content with its hash', async () => {
    const { db, bank } = await setup();
    const donor = await buildActor(
      db,
      'donor_contact',
      (await buildDonor(db, { name: 'Été & Fils' })).id,
    );
    const location = await buildLocation(db, { organisationId: bank.actor!.organisationId! });
    const lot = await declareLot(ctxFor(db, donor.actor), lotInput({}, 2));
    await acceptLot(bank, lot.id, {});
    await schedulePickup(bank, lot.id, { pickupDate: '2026-03-02', carrier: 'X' });
    await collectLot(bank, lot.id, {});
    await receiveLotDevices(bank, lot.id, {
      locationId: location.id,
      devices: [
        { brand: 'HP', model: 'EliteBook 840' },
        { brand: 'Dell', model: 'Latitude 5490' },
      ],
    });
    await completeLotReception(bank, lot.id, {});
    const r = await issueTaxReceipt(bank, { lotId: lot.id, valuationCents: 1_234_56 });
    expect(r.content.description).toBe(
      "2 ordinateurs portables (Dell Latitude 5490, HP EliteBook 840) — matériel informatique d'occasion",
    );
    expect(r.content.donor.name).toBe('Été & Fils');
    expect(r.giftDate).toBe('2026-03-02');
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const text = pdfText((await taxReceiptPdf(bank, r.id)).pdf);
    expect(text).toContain('***1 234,56 €***');
    expect(text).toContain('Été & Fils');
    expect(text).toContain(r.contentHash);
  });

  it('corrects by cancelling and re-issuing under a new number; the database refuses edits', async () => {
    const { db, bank } = await setup();
    const lot = await receivedLot();
    const r1 = await issueTaxReceipt(bank, {
      lotId: lot.id,
      valuationCents: 0,
      description: '10 portables',
    });
    const { cancelled, issued } = await correctTaxReceipt(bank, r1.id, {
      reason: 'Valeur oubliée',
      valuationCents: 500_00,
    });
    expect(cancelled).toMatchObject({
      number: '2026-000001',
      status: 'cancelled',
      cancelReason: 'Valeur oubliée',
    });
    expect(issued).toMatchObject({
      number: '2026-000002',
      status: 'issued',
      valuationCents: 500_00,
      replacesReceiptId: r1.id,
    });
    expect(issued.content).toMatchObject({
      replacesNumber: '2026-000001',
      description: '10 portables',
    });
    expect((await getTaxReceipt(bank, r1.id)).replacedBy).toEqual({
      id: issued.id,
      number: '2026-000002',
    });
    const oldPdf = pdfText((await taxReceiptPdf(bank, r1.id)).pdf);
    expect(oldPdf).toContain('REÇU ANNULÉ — remplacé par le reçu n° 2026-000002');
    expect(pdfText((await taxReceiptPdf(bank, issued.id)).pdf)).toContain(
      'annule et remplace le reçu n° 2026-000001',
    );
    expect((await failure(correctTaxReceipt(bank, r1.id, { reason: 'encore' }))).code).toBe(
      'receipt.invalid_state',
    );
    // Never edited, never deleted, whatever the caller.
    await expect(
      db.execute(sql`UPDATE tax_receipts SET valuation_cents = 1 WHERE id = ${issued.id}`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`UPDATE tax_receipts SET cancel_reason = 'x' WHERE id = ${r1.id}`),
    ).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM tax_receipts WHERE id = ${r1.id}`)).rejects.toThrow();
    await cancelTaxReceipt(bank, issued.id, { reason: 'Don annulé' });
    expect((await db.select().from(taxReceipts)).map((r) => r.status).sort()).toEqual([
      'cancelled',
      'cancelled',
    ]);
  });

  it('numbers without gaps or duplicates under concurrent issuance, a failing issuer included', async () => {
    const { db, bank } = await setup();
    const lots = [];
    for (let i = 0; i < 8; i++) lots.push(await receivedLot());
    const noSiren = await receivedLot((await buildDonor(db, { legalId: null })).id);
    const results = await Promise.allSettled([
      ...lots.map((l) =>
        issueTaxReceipt(bank, { lotId: l.id, valuationCents: 0, description: 'lot' }),
      ),
      issueTaxReceipt(bank, { lotId: noSiren.id, valuationCents: 0, description: 'lot' }),
      // Two issuers racing for the same lot: exactly one wins.
      issueTaxReceipt(bank, { lotId: lots[0]!.id, valuationCents: 0, description: 'doublon' }),
    ]);
    const failed = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r.reason as AppError).code);
    expect(failed.sort()).toEqual(['receipt.invalid_state', 'receipt_siren_missing']);
    const numbers = (await db.select().from(taxReceipts))
      .map((r) => r.sequence)
      .sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('starts a new series each year (French calendar)', async () => {
    const { db, bank } = await setup();
    const lot = await receivedLot();
    await issueTaxReceipt(bank, { lotId: lot.id, valuationCents: 0, description: 'a' });
    const newYear = ctxFor(db, bank.actor, new Date('2026-12-31T23:30:00Z')); // 00:30 on 1 January in Paris
    const r = await issueTaxReceipt(newYear, {
      lotId: (await receivedLot()).id,
      valuationCents: 0,
      description: 'b',
    });
    expect(r.number).toBe('2027-000001');
  });

  it('shows a donor its own receipts only and exports the year as CSV', async () => {
    const { db, bank } = await setup();
    const mine = await buildActor(db, 'donor_contact', (await buildDonor(db)).id);
    const other = await buildActor(db, 'donor_contact', (await buildDonor(db)).id);
    const r1 = await issueTaxReceipt(bank, {
      lotId: (await receivedLot(mine.organisationId)).id,
      valuationCents: 12_50,
      description: 'a',
    });
    const r2 = await issueTaxReceipt(bank, {
      lotId: (await receivedLot(other.organisationId)).id,
      valuationCents: 0,
      description: 'b',
    });
    await correctTaxReceipt(bank, r2.id, { reason: 'erreur' });
    const mineCtx = ctxFor(db, mine.actor);
    expect((await listTaxReceipts(mineCtx, {})).items.map((r) => r.number)).toEqual([r1.number]);
    expect((await failure(getTaxReceipt(mineCtx, r2.id))).code).toBe('not_found');
    expect((await failure(taxReceiptPdf(mineCtx, r2.id))).code).toBe('not_found');
    const { csv, count, issuedTotalCents } = await exportTaxReceiptsCsv(bank, { year: 2026 });
    expect(count).toBe(3);
    expect(issuedTotalCents).toBe(12_50);
    const lines = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'number,status,issued_on,gift_date,donor_name,donor_siren,lot_reference,nature,form,valuation_eur,description,replaces,cancelled_on,cancel_reason',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      '2026-000001,issued',
      '2026-000002,cancelled',
      '2026-000003,issued',
    ]);
    expect(lines[1]).toContain(',12.50,');
    expect((await exportTaxReceiptsCsv(bank, { year: 2025 })).count).toBe(0);
  });
});
