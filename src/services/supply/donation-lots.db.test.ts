import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { buildDonor, buildLocation, buildOrganisation } from '../../../test/factories';
import {
  buildActor,
  ctxFor,
  failure,
  fieldCodes,
  lotInput,
  publicDonationInput,
} from '../../../test/supply';
import { auditEvents, donationLots, mails, organisations, users } from '../../db/schema';
import type { TActor } from '../../domain/policy';
import { declareLot } from './declare-lot';
import { declareLotPublic } from './declare-lot-public';
import { getLot, listLots } from './read-lots';
import { acceptLot, cancelLot, collectLot, declineLot, schedulePickup } from './review-lot';
import { updateDonationRules } from './donation-rules';

describe('donation lots (service, real database)', () => {
  const t = useTestDatabase();
  const setup = async () => {
    const db = t.database.db;
    const bank = await buildActor(db, 'coordinator');
    const donor = await buildActor(db, 'donor_contact', (await buildDonor(db)).id);
    const location = await buildLocation(db, { organisationId: bank.organisationId });
    return {
      db,
      bank: ctxFor(db, bank.actor),
      donor: ctxFor(db, donor.actor),
      donorActor: donor,
      location,
    };
  };

  it('lets a donor contact declare for its own company, numbered, with history, audit and mail', async () => {
    const { db, donor, donorActor } = await setup();
    const lot = await declareLot(donor, lotInput({ donorOrganisationId: undefined }, 12));
    expect(lot).toMatchObject({
      reference: 'DON-2026-000001',
      status: 'declared',
      expectedCount: 12,
    });
    const again = await declareLot(donor, lotInput());
    expect(again.reference).toBe('DON-2026-000002');
    const [row] = await db.select().from(donationLots).where(eq(donationLots.id, lot.id));
    expect(row).toMatchObject({
      donorOrganisationId: donorActor.organisationId,
      pickupCommuneName: 'Paris',
      pickupDepartementCode: '75',
    });
    const detail = await getLot(donor, lot.id);
    expect(detail.history).toHaveLength(1);
    expect(detail.allowedEvents).toEqual(['cancel']);
    expect(
      (await db.select().from(auditEvents).where(eq(auditEvents.entityId, lot.id))).map(
        (a) => a.action,
      ),
    ).toEqual(['donation.declare']);
    expect((await db.select().from(mails)).map((m) => m.toAddress)).toContain(donorActor.email);
  });

  it('refuses lines breaking the rules, empty lots and past dates, writing nothing', async () => {
    const { db, donor, bank } = await setup();
    const tooOld = await failure(
      declareLot(donor, lotInput({ lines: [{ kind: 'smartphone', count: 5, ageYears: 5 }] })),
    );
    expect(tooOld.code).toBe('validation.failed');
    expect(fieldCodes(tooOld)).toEqual(['lines.0.ageYears:device_too_old']);
    expect((tooOld.details!.fields as { params: object }[])[0]!.params).toMatchObject({
      underYears: 5,
    });
    expect(fieldCodes(await failure(declareLot(donor, lotInput({ lines: [] }))))).toEqual([
      'lines:lot_empty',
    ]);
    expect(
      fieldCodes(
        await failure(
          declareLot(donor, lotInput({ lines: [{ kind: 'laptop', count: 0, ageYears: 1 }] })),
        ),
      ),
    ).toEqual(['lines.0.count:count_must_be_positive']);
    expect(
      fieldCodes(
        await failure(
          declareLot(
            donor,
            lotInput({ availableFrom: '2026-03-01', availableUntil: '2026-02-28' }),
          ),
        ),
      ),
    ).toEqual(['availableFrom:date_in_past', 'availableUntil:date_before_start']);
    expect(
      fieldCodes(
        await failure(
          declareLot(donor, lotInput({ pickupAddress: { line1: 'x', postalCode: '00000' } })),
        ),
      ),
    ).toEqual(['pickupAddress.postalCode:postal_code_unknown']);
    expect(fieldCodes(await failure(declareLot(bank, lotInput())))).toEqual([
      'donorOrganisationId:donor_required',
    ]);
    // Rules are settings: allow older smartphones and the same line passes.
    await updateDonationRules(bank, {
      kinds: { smartphone: { underYears: 8, acceptsNotWorking: false } },
      minDevicesPerLot: 1,
    });
    expect(
      (
        await declareLot(
          donor,
          lotInput({ lines: [{ kind: 'smartphone', count: 5, ageYears: 5 }] }),
        )
      ).status,
    ).toBe('declared');
    const [total] = await db.select({ n: count() }).from(donationLots);
    expect(total?.n).toBe(1);
  });

  it('hides other companies’ lots: 404 on read and actions, filtered lists', async () => {
    const { db, donor, bank } = await setup();
    const other = await buildActor(db, 'donor_contact', (await buildDonor(db)).id);
    const otherCtx = ctxFor(db, other.actor);
    const lot = await declareLot(donor, lotInput());
    expect((await failure(getLot(otherCtx, lot.id))).code).toBe('not_found');
    expect((await failure(cancelLot(otherCtx, lot.id, { reason: 'x' }))).code).toBe('not_found');
    expect((await listLots(otherCtx, {})).total).toBe(0);
    expect((await listLots(otherCtx, { donorId: donor.actor!.organisationId })).items).toEqual([]);
    expect((await listLots(donor, {})).total).toBe(1);
    expect((await listLots(bank, {})).total).toBe(1);
    // A donor contact cannot declare for another company either.
    const forOther = await failure(
      declareLot(donor, lotInput({ donorOrganisationId: other.organisationId })),
    );
    expect(forOther.code).toBe('not_found');
  });

  it('follows the lifecycle table and refuses the rest with donation.invalid_state', async () => {
    const { bank, donor } = await setup();
    const lot = await declareLot(donor, lotInput());
    expect((await failure(collectLot(bank, lot.id, {}))).details).toMatchObject({
      from: 'declared',
      event: 'collect',
    });
    // The donor may not accept its own lot, whatever the route lets through.
    expect((await failure(acceptLot(donor, lot.id, {}))).code).toBe('not_found');
    await acceptLot(bank, lot.id, { note: 'Bienvenue' });
    const past = await failure(
      schedulePickup(bank, lot.id, { pickupDate: '2026-03-01', carrier: 'X' }),
    );
    expect(fieldCodes(past)).toEqual(['pickupDate:date_in_past']);
    expect(
      fieldCodes(await failure(schedulePickup(bank, lot.id, { pickupDate: '2026-03-04' }))),
    ).toEqual(['carrier:carrier_or_workshop_required']);
    const supplier = await buildOrganisation(bank.db, { kind: 'supplier' });
    expect(
      fieldCodes(
        await failure(
          schedulePickup(bank, lot.id, { pickupDate: '2026-03-04', workshopId: supplier.id }),
        ),
      ),
    ).toEqual(['workshopId:workshop_unknown']);
    const workshop = await buildOrganisation(bank.db, {
      kind: 'workshop',
      name: 'Atelier Solidaire',
    });
    await schedulePickup(bank, lot.id, {
      pickupDate: '2026-03-04',
      workshopId: workshop.id,
      timeSlot: 'matin',
    });
    const planned = await getLot(donor, lot.id);
    expect(planned.pickup).toMatchObject({
      date: '2026-03-04',
      workshop: { name: 'Atelier Solidaire' },
    });
    // The donor can no longer cancel once the pickup is planned; the bank can.
    expect((await failure(cancelLot(donor, lot.id, { reason: 'plus besoin' }))).code).toBe(
      'donation.invalid_state',
    );
    const cancelled = await cancelLot(bank, lot.id, { reason: 'Entreprise fermée' });
    expect(cancelled).toMatchObject({ status: 'cancelled', decisionReason: 'Entreprise fermée' });
    const declined = await declareLot(donor, lotInput());
    expect((await declineLot(bank, declined.id, { reason: 'Trop ancien' })).status).toBe(
      'declined',
    );
  });

  it('the public form creates the company and the contact, or nothing at all', async () => {
    const { db } = await setup();
    const anonymous = ctxFor(db, null as TActor | null);
    const refused = await failure(
      declareLotPublic(
        anonymous,
        publicDonationInput(1, {
          company: { name: 'ACME', legalId: '123456789' },
          contact: { email: 'bob@acme.test' },
        }),
      ),
    );
    expect(fieldCodes(refused)).toEqual(['company.legalId:siren_invalid']);
    const tooOld = await failure(
      declareLotPublic(
        anonymous,
        publicDonationInput(1, {
          company: { name: 'ACME' },
          contact: { email: 'bob@acme.test' },
          lot: { lines: [{ kind: 'laptop', count: 3, ageYears: 9 }] },
        }),
      ),
    );
    expect(fieldCodes(tooOld)).toEqual(['lot.lines.0.ageYears:device_too_old']);
    expect(
      await db.select().from(organisations).where(eq(organisations.name, 'ACME')),
    ).toHaveLength(0);
    expect(await db.select().from(users).where(eq(users.email, 'bob@acme.test'))).toHaveLength(0);
    const ok = await declareLotPublic(
      anonymous,
      publicDonationInput(1, { company: { name: 'ACME' }, contact: { email: 'bob@acme.test' } }),
    );
    expect(ok.reference).toMatch(/^DON-2026-\d{6}$/);
    const [bob] = await db.select().from(users).where(eq(users.email, 'bob@acme.test'));
    expect(bob!.passwordHash).toBeNull();
    const sent = (await db.select().from(mails)).filter((m) => m.toAddress === 'bob@acme.test');
    expect(sent.map((m) => m.subject).join('|')).toMatch(/invitation.*\|.*DON-2026/);
  });
});
