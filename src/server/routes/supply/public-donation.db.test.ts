import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loginAs } from '../../../../test/app';
import { buildDonor, buildUser, fakeSiren, fakeSiret } from '../../../../test/factories';
import { publicDonationInput, useSupplyApp } from '../../../../test/supply';
import {
  donationLots,
  mails,
  memberships,
  oneTimeTokens,
  organisationAddresses,
  organisations,
  users,
} from '../../../db/schema';

/**
 * The public donation form (POST /api/donations/public, no session): a company declares a lot,
 * its contact gets an account by mail; nothing is revealed about known companies or e-mails.
 */
describe('public donation form (API)', () => {
  const t = useSupplyApp();
  const post = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/donations/public', payload: payload as object });
  const counts = async () => {
    const db = t.database.db;
    return {
      orgs: (await db.select().from(organisations)).length,
      users: (await db.select().from(users)).length,
      lots: (await db.select().from(donationLots)).length,
      mails: (await db.select().from(mails)).length,
      tokens: (await db.select().from(oneTimeTokens)).length,
    };
  };

  it('creates the company with its address, invites the contact and declares the lot', async () => {
    const db = t.database.db;
    const res = await post(publicDonationInput(101, { company: { name: 'Nouvelle SA' } }));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['lotId', 'reference']);
    const [company] = await db
      .select()
      .from(organisations)
      .where(eq(organisations.legalId, fakeSiren(101)));
    expect(company).toMatchObject({
      kind: 'donor',
      name: 'Nouvelle SA',
      email: 'alice101@company.test',
      phone: '06 12 34 56 78',
      departementCode: '75',
    });
    const [address] = await db
      .select()
      .from(organisationAddresses)
      .where(eq(organisationAddresses.organisationId, company!.id));
    expect(address).toMatchObject({ postalCode: '75001', communeName: 'Paris' });
    const [lot] = await db.select().from(donationLots).where(eq(donationLots.id, body.lotId));
    expect(lot).toMatchObject({
      donorOrganisationId: company!.id,
      status: 'declared',
      expectedCount: 20,
    });
    const [alice] = await db.select().from(users).where(eq(users.email, 'alice101@company.test'));
    expect(alice!.passwordHash).toBeNull();
    expect(lot!.declaredBy).toBe(alice!.id);
    const sent = (await db.select().from(mails)).filter(
      (m) => m.toAddress === 'alice101@company.test',
    );
    const invitation = sent.find((m) => /token=/.test(m.bodyText))!;
    const token = /token=([\w-]+)/.exec(invitation.bodyText)![1]!;
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitation/accept',
      payload: { token, password: 'une phrase de passe solide' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const donor = await loginAs(t.app, 'alice101@company.test', 'une phrase de passe solide');
    const seen = await t.app.inject({
      url: `/api/donation-lots/${body.lotId}`,
      headers: { cookie: donor.cookie },
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().reference).toBe(body.reference);
  });

  it('refuses a bad SIREN, a missing address or contact phone, and writes nothing', async () => {
    const before = await counts();
    const bad = await post(publicDonationInput(102, { company: { legalId: '123 456 789' } }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual([
      { path: 'company.legalId', code: 'siren_invalid' },
    ]);
    const badSiret = `${fakeSiren(102)}00001`;
    expect(
      (await post(publicDonationInput(102, { company: { legalId: badSiret } }))).statusCode,
    ).toBe(400);
    const letters = await post(publicDonationInput(102, { company: { legalId: 'ABC' } }));
    expect(letters.json().error.details.fields[0]).toMatchObject({
      path: 'company.legalId',
      code: 'siren_invalid',
    });
    const missing = await post({
      company: { name: 'Sans adresse', legalId: fakeSiren(102) },
      contact: { displayName: 'Bob', email: 'bob@x.test' },
      lot: publicDonationInput(102).lot,
    });
    expect(
      missing
        .json()
        .error.details.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
    ).toEqual(expect.arrayContaining(['company.address:invalid_type', 'contact.phone:required']));
    const unknownPostal = await post(
      publicDonationInput(102, {
        company: { address: { line1: '1 rue X', postalCode: '00000' } },
      }),
    );
    expect(unknownPostal.json().error.details.fields).toEqual([
      { path: 'company.address.postalCode', code: 'postal_code_unknown' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('leaves nothing behind when the lot is refused after the company checks pass', async () => {
    const before = await counts();
    const res = await post(
      publicDonationInput(103, {
        lot: { lines: [{ kind: 'laptop', count: 2, ageYears: 9 }], availableFrom: '2026-02-01' },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`),
    ).toEqual(
      expect.arrayContaining([
        'lot.lines.0.ageYears:device_too_old',
        'lot.availableFrom:date_in_past',
      ]),
    );
    expect(await counts()).toEqual(before);
  });

  it('answers a form sent twice with the same lot, one company, one invitation', async () => {
    const db = t.database.db;
    const input = publicDonationInput(104);
    const [first, second] = await Promise.all([post(input), post(input)]);
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(
      await db
        .select()
        .from(organisations)
        .where(eq(organisations.legalId, fakeSiren(104))),
    ).toHaveLength(1);
    const invitations = (await db.select().from(mails)).filter(
      (m) => m.toAddress === 'alice104@company.test' && /token=/.test(m.bodyText),
    );
    expect(invitations).toHaveLength(1);
    // A different lot from the same company the same day is a new lot, not a duplicate.
    const other = await post(publicDonationInput(104, { lot: { availableUntil: '2026-03-25' } }));
    expect(other.json().reference).not.toBe(first.json().reference);
  });

  it('finds a known company by SIREN without opening it to whoever types the SIREN', async () => {
    const db = t.database.db;
    const known = await buildDonor(db, { name: 'Déjà Connue SA', legalId: fakeSiret(105) });
    const { user: contact } = await buildUser(db, {
      role: 'donor_contact',
      organisationId: known.id,
      email: 'contact@connue.test',
    });
    const before = await counts();
    const res = await post(
      publicDonationInput(105, {
        company: { name: 'Autre nom' },
        contact: { email: 'intrus@ailleurs.test', displayName: 'Intrus' },
      }),
    );
    // The same answer as for a new company.
    expect(res.statusCode).toBe(201);
    expect(Object.keys(res.json()).sort()).toEqual(['lotId', 'reference']);
    const after = await counts();
    expect(after.orgs).toBe(before.orgs);
    expect(after.tokens).toBe(before.tokens);
    const [lot] = await db.select().from(donationLots).where(eq(donationLots.id, res.json().lotId));
    expect(lot!.donorOrganisationId).toBe(known.id);
    // No role for the person who typed the SIREN; the company's contact is told who declared.
    const [intruder] = await db.select().from(users).where(eq(users.email, 'intrus@ailleurs.test'));
    expect(intruder).toBeUndefined();
    expect(
      (await db.select().from(memberships)).filter((m) => m.organisationId === known.id),
    ).toHaveLength(1);
    const told = (await db.select().from(mails)).filter((m) => m.toAddress === contact.email);
    expect(told.some((m) => m.bodyText.includes('intrus@ailleurs.test'))).toBe(true);
    const toIntruder = (await db.select().from(mails)).filter(
      (m) => m.toAddress === 'intrus@ailleurs.test',
    );
    expect(toIntruder).toHaveLength(1);
    expect(toIntruder[0]!.bodyText).not.toMatch(/token=/);
  });

  it('refuses the 11th form from one address in the hour, writing nothing; another address still declares', async () => {
    const from = (n: number, remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/donations/public',
        payload: publicDonationInput(n) as object,
        remoteAddress,
      });
    for (let n = 110; n < 120; n++) {
      const res = await from(n, '203.0.113.7');
      expect(res.statusCode, res.body).toBe(201);
    }
    const before = await counts();
    const refused = await from(120, '203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({
      code: 'form.rate_limited',
      details: { retryAfterMinutes: 60 },
    });
    expect(await counts()).toEqual(before);
    const other = await from(120, '198.51.100.4');
    expect(other.statusCode, other.body).toBe(201);
  });
});
