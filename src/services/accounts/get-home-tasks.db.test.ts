import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import {
  buildShipmentWorld,
  deliverShipment,
  generateWorldShipments,
} from '../../../test/logistics';
import { NEEDS_NOW } from '../../../test/needs';
import { buildActor, ctxFor } from '../../../test/supply';
import {
  buildDevice,
  buildDonationLot,
  buildDonor,
  buildFunder,
  buildGrant,
  buildLocation,
  buildOrganisation,
  buildRequest,
} from '../../../test/factories';
import { stockCounts } from '../../db/schema';
import type { TActor } from '../../domain/policy';
import { createHandover } from '../logistics/handovers';
import { packUnit } from '../logistics/pack-shipment';
import { shipShipment } from '../logistics/ship-shipment';
import { getHomeTasks } from './get-home-tasks';

const JPEG_DATA_URL = `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]).toString('base64')}`;

describe('home tasks', () => {
  const t = useTestDatabase();

  /** Counts by key of what the actor's home lists, at `now`. */
  const countsOf = async (actor: TActor, now: Date = NEEDS_NOW) => {
    const { items } = await getHomeTasks(ctxFor(t.database.db, actor, now));
    return Object.fromEntries(items.map((i) => [i.key, i.count]));
  };

  it('counts what waits for each role, scoped to its own organisation', async () => {
    const db = t.database.db;
    const world = await buildShipmentWorld(db);
    const shipments = await generateWorldShipments(world);
    const of = (structureId: string) => shipments.find((s) => s.structure.id === structureId)!;
    const { marseille, lille, parisAssoc } = world.structures;

    // Marseille's shipment arrives and is confirmed; one device is lent until 10 May.
    const received = await deliverShipment(
      db,
      world,
      of(marseille.id).id,
      world.marseilleReferent.actor,
    );
    await createHandover(ctxFor(db, world.marseilleReferent.actor, NEEDS_NOW), {
      deviceId: received.units[0]!.device.id,
      beneficiaryId: world.marseilleBeneficiaries[0]!.id,
      form: 'loan',
      returnDueOn: '2020-05-10',
      handedOverOn: '2020-05-04',
      charter: { method: 'photo', image: JPEG_DATA_URL },
    });
    // Paris 11's shipment leaves the warehouse (shipped, not yet received); Lille's stays planned.
    const parisShipment = of(parisAssoc.id);
    for (const u of parisShipment.units) {
      await packUnit(world.ctx, parisShipment.id, { code: u.device.assetTag });
    }
    await shipShipment(world.ctx, parisShipment.id, {
      carrierId: world.carrier.id,
      trackingNumbers: ['TRK-P11'],
    });
    const parisReferent = await buildActor(db, 'referent', parisAssoc.id);

    // Requests: Marseille one draft and one needing information, Lille two needing information.
    const request = (structureId: string, status: 'draft' | 'needs_information') =>
      buildRequest(db, {
        structureId,
        campaignId: world.campaign.id,
        status,
        lines: [{ kind: 'laptop', quantity: 1 }],
      });
    await request(marseille.id, 'draft');
    await request(marseille.id, 'needs_information');
    await request(lille.id, 'needs_information');
    await request(lille.id, 'needs_information');

    expect(await countsOf(world.marseilleReferent.actor)).toEqual({
      'referent.needsInformation': 1,
      'referent.drafts': 1,
      'referent.reserved': 0,
      'referent.toConfirm': 0,
      'referent.toHandOver': 3,
      'referent.loansOverdue': 0,
      'referent.loansDueSoon': 1,
      'referent.followUps': 0,
    });
    // Lille never counts Marseille's handovers or loans, nor Marseille Lille's requests.
    expect(await countsOf(world.lilleReferent.actor)).toMatchObject({
      'referent.needsInformation': 2,
      'referent.drafts': 0,
      'referent.reserved': 3,
      'referent.toConfirm': 0,
      'referent.toHandOver': 0,
      'referent.loansDueSoon': 0,
    });
    expect(await countsOf(parisReferent.actor)).toMatchObject({
      'referent.reserved': 0,
      'referent.toConfirm': 1,
      'referent.needsInformation': 0,
    });
    // Three months later the loan is overdue and the follow-up question (90 days) is due.
    const later = new Date('2020-08-10T08:00:00Z');
    expect(await countsOf(world.marseilleReferent.actor, later)).toMatchObject({
      'referent.loansOverdue': 1,
      'referent.loansDueSoon': 0,
      'referent.followUps': 1,
    });
    expect(await countsOf(world.lilleReferent.actor, later)).toMatchObject({
      'referent.loansOverdue': 0,
      'referent.followUps': 0,
    });

    // Workshops: an operator of the organisation owning the warehouses packs Lille's shipment;
    // a workshop sees its own bench only, never another organisation's locations.
    const packer = await buildActor(db, 'workshop_operator', world.bank.id);
    const workshopA = await buildOrganisation(db, { kind: 'workshop', name: 'Atelier A' });
    const workshopB = await buildOrganisation(db, { kind: 'workshop', name: 'Atelier B' });
    const benchA = await buildLocation(db, { organisationId: workshopA.id, name: 'Banc A' });
    const benchB = await buildLocation(db, { organisationId: workshopB.id, name: 'Banc B' });
    for (const state of ['received', 'diagnosis', 'repair', 'expected'] as const) {
      await buildDevice(db, { locationId: benchA.id, state });
    }
    for (const state of ['received', 'received', 'repair', 'erasure', 'expected'] as const) {
      await buildDevice(db, { locationId: benchB.id, state });
    }
    await db.insert(stockCounts).values({ locationId: benchB.id, startedAt: NEEDS_NOW });
    const operatorA = await buildActor(db, 'workshop_operator', workshopA.id);
    expect(await countsOf(operatorA.actor)).toEqual({
      'workshop.diagnosis': 2,
      'workshop.repair': 1,
      'workshop.erasure': 0,
      'workshop.expected': 1,
      'workshop.lotsToReceive': 0,
      'workshop.toPack': 0,
      'workshop.countsOpen': 0,
    });
    expect(await countsOf(packer.actor)).toMatchObject({
      'workshop.toPack': 1,
      'workshop.diagnosis': 0,
      'workshop.countsOpen': 0,
    });

    // Donors: their own lots and receipts only; funders: their own grants.
    const donorA = await buildDonor(db);
    const donorB = await buildDonor(db);
    await buildDonationLot(db, { donorOrganisationId: donorA.id, status: 'declared' });
    await buildDonationLot(db, { donorOrganisationId: donorA.id, status: 'collected' });
    await buildDonationLot(db, { donorOrganisationId: donorA.id, status: 'closed' });
    await buildDonationLot(db, { donorOrganisationId: donorB.id, status: 'declared' });
    await buildDonationLot(db, { donorOrganisationId: donorB.id, status: 'declared' });
    const donorContact = await buildActor(db, 'donor_contact', donorA.id);
    const donorHome = await getHomeTasks(ctxFor(db, donorContact.actor, NEEDS_NOW));
    expect(Object.fromEntries(donorHome.items.map((i) => [i.key, i.count]))).toEqual({
      'donor.lots.declared': 1,
      'donor.lots.accepted': 0,
      'donor.lots.pickup_scheduled': 0,
      'donor.lots.collected': 1,
      'donor.lots.received': 0,
      'donor.receipts': 0,
      'donor.erasureReports': 0,
    });
    expect(donorHome.actions).toEqual([{ key: 'donor.declare', to: '/donations/new' }]);
    // The collected lot waits for a workshop's reception.
    expect(await countsOf(operatorA.actor)).toMatchObject({ 'workshop.lotsToReceive': 1 });

    const funder = await buildFunder(db, 'Fondation du numérique');
    await buildGrant(db, {
      funderId: funder.id,
      name: 'Équiper les jeunes',
      pledgedCents: 500_000,
    });
    await buildGrant(db, { name: 'Autre financeur', pledgedCents: 900_000 });
    const funderContact = await buildActor(db, 'funder', funder.id);
    const funderHome = await getHomeTasks(ctxFor(db, funderContact.actor, NEEDS_NOW));
    expect(funderHome.grants).toEqual([
      expect.objectContaining({
        name: 'Équiper les jeunes',
        pledgedCents: 500_000,
        spentCents: 0,
        leftCents: 500_000,
      }),
    ]);
    expect(funderHome.items).toEqual([]);

    // The bank sees the whole network.
    expect(await countsOf(world.coordinator.actor)).toEqual({
      'bank.applications': 0,
      'bank.lotsDeclared': 3,
      'bank.purchasesDue': 0,
      'bank.shipmentsPlanned': 1,
      'bank.shipmentsPacked': 0,
      'bank.notConfirmed': 0,
      'bank.discrepancies': 0,
      'bank.loansOverdue': 0,
    });
    expect(await countsOf(world.coordinator.actor, later)).toMatchObject({
      'bank.loansOverdue': 1,
    });

    // Welcome-point volunteers have nothing yet.
    const volunteer = await buildActor(db, 'volunteer');
    expect(await getHomeTasks(ctxFor(db, volunteer.actor, NEEDS_NOW))).toEqual({
      items: [],
      actions: [],
      grants: [],
    });
  });
});
