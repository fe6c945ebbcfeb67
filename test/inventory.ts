import type { Database, Executor } from '../src/db/connect';
import type { TActor } from '../src/domain/policy';
import type { ServiceContext } from '../src/services/context';
import type { TRole } from '../src/shared/enums';
import { testConfig } from './app';
import { buildLocation, buildNetwork, buildOrganisation, buildUser } from './factories';

/** A clock the inventory tests move forward by hand (history order depends on it). */
export function testClock(start = new Date('2026-03-02T08:00:00Z')) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    /** Moves the clock forward (default one minute). */
    tick(minutes = 1) {
      t += minutes * 60_000;
      return new Date(t);
    },
  };
}

/** A service context acting as a user with a role in an organisation. */
export function ctxFor(
  database: Database,
  actor: { userId: string; membershipId?: string; role: TRole; organisationId: string },
  now: () => Date = () => new Date('2026-03-02T08:00:00Z'),
): ServiceContext {
  const a: TActor = {
    userId: actor.userId,
    membershipId: actor.membershipId ?? null,
    role: actor.role,
    organisationId: actor.organisationId,
    organisationKind: null,
  };
  return { db: database.db, actor: a, requestId: 'test', now, config: testConfig() };
}

/**
 * The inventory world most tests need: a bank with a coordinator and a warehouse, two
 * workshops (A and B) with an operator and a bay each, a donor company with a contact, and a
 * network for earmarks.
 */
export async function buildInventoryWorld(ex: Executor) {
  const bank = await buildOrganisation(ex, { kind: 'bank', name: 'Banque' });
  const workshopA = await buildOrganisation(ex, { kind: 'workshop', name: 'Atelier A' });
  const workshopB = await buildOrganisation(ex, { kind: 'workshop', name: 'Atelier B' });
  const donor = await buildOrganisation(ex, { kind: 'donor', name: 'Société Donatrice' });
  const network = await buildNetwork(ex, 'Réseau ASE');
  const coordinator = await buildUser(ex, {
    role: 'coordinator',
    organisationId: bank.id,
    displayName: 'Claire Coord',
  });
  const admin = await buildUser(ex, {
    role: 'admin',
    organisationId: bank.id,
    displayName: 'Adam Admin',
  });
  const operatorA = await buildUser(ex, {
    role: 'workshop_operator',
    organisationId: workshopA.id,
    displayName: 'Awa Atelier',
  });
  const operatorB = await buildUser(ex, {
    role: 'workshop_operator',
    organisationId: workshopB.id,
    displayName: 'Bruno Atelier',
  });
  const donorContact = await buildUser(ex, {
    role: 'donor_contact',
    organisationId: donor.id,
    displayName: 'Dora Don',
  });
  const warehouse = await buildLocation(ex, {
    organisationId: workshopA.id,
    name: 'Entrepôt A',
    kind: 'warehouse',
  });
  const bayA = await buildLocation(ex, {
    organisationId: workshopA.id,
    name: 'Baie A1',
    kind: 'workshop_bay',
  });
  const bayB = await buildLocation(ex, {
    organisationId: workshopB.id,
    name: 'Baie B1',
    kind: 'workshop_bay',
  });
  const bankWarehouse = await buildLocation(ex, {
    organisationId: bank.id,
    name: 'Entrepôt central',
    kind: 'warehouse',
  });
  const actor = (u: {
    user: { id: string };
    membership: { id: string; organisationId: string; role: TRole };
  }) => ({
    userId: u.user.id,
    membershipId: u.membership.id,
    role: u.membership.role,
    organisationId: u.membership.organisationId,
  });
  return {
    bank,
    workshopA,
    workshopB,
    donor,
    network,
    warehouse,
    bayA,
    bayB,
    bankWarehouse,
    users: { coordinator, admin, operatorA, operatorB, donorContact },
    actors: {
      coordinator: actor(coordinator),
      admin: actor(admin),
      operatorA: actor(operatorA),
      operatorB: actor(operatorB),
      donorContact: actor(donorContact),
    },
  };
}
