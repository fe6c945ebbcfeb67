import { count } from 'drizzle-orm';
import { seedDemoNeeds } from './demo-needs';
import { seedInventoryDemo } from './inventory-demo';
import { seedSupplyDemo } from './supply-demo';
import { seedAllocationDemo } from './allocation-demo';
import type { Db, Executor } from '../connect';
import { organisations } from '../schema';
import { writeSettings } from '../repositories/settings-repo';
import type { TRole } from '../../shared/enums';
import { AppError } from '../../shared/app-error';
import { resolveAddress } from '../../services/geo/resolve-address';
import {
  buildAddress,
  buildMembership,
  buildOrganisation,
  buildStructure,
  buildUser,
  fakeSiren,
  fakeSiret,
  type TFactoryAddress,
} from './factories';
import {
  DEMO_BANK_NAME,
  DEMO_NETWORKS,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  type TDemoAddress,
} from './demo-data';
import { DEMO_STRUCTURES } from './demo-structures';

/** A demo login; `note` says what it is for when the role alone does not. */
export interface TDemoLogin {
  role: TRole;
  email: string;
  note?: string;
}

/**
 * Demo accounts printed by `npm start` and documented in the README; the web app's login page
 * and the browser tests rely on these e-mails and this password.
 */
export const DEMO_LOGINS: { password: string; users: TDemoLogin[] } = {
  password: 'passerelle-demo-2026',
  users: [
    { role: 'admin', email: 'admin@passerelle.demo' },
    { role: 'coordinator', email: 'coordination@passerelle.demo' },
    { role: 'workshop_operator', email: 'atelier@passerelle.demo' },
    { role: 'referent', email: 'referente@passerelle.demo' },
    { role: 'donor_contact', email: 'mecenat@passerelle.demo' },
    { role: 'funder', email: 'financeur@passerelle.demo' },
    { role: 'volunteer', email: 'benevole@passerelle.demo' },
    {
      role: 'referent',
      email: 'deux-structures@passerelle.demo',
      note: 'référente dans deux structures (E2C 93 et collège de Clichy-sous-Bois) : sélecteur de rôle',
    },
  ],
};

/** Completes a typed address from the official geo data; the demo data must be right. */
function resolveDemoAddress(address: TDemoAddress, where: string): TFactoryAddress {
  const { address: resolved, error } = resolveAddress({ ...address, isDelivery: true }, where);
  if (!resolved) throw new Error(`Demo address of ${where} does not resolve: ${error?.code}`);
  return resolved;
}

/** Refuses to seed a database that already holds data (a second seed would duplicate it). */
async function assertEmpty(ex: Executor): Promise<void> {
  const [row] = await ex.select({ n: count() }).from(organisations);
  if ((row?.n ?? 0) > 0) {
    throw new AppError(
      'conflict',
      'The database already holds organisations: demo data is only loaded into an empty ' +
        'database. Use another PASSERELLE_DATA_DIR (or database) for the demo.',
    );
  }
}

/**
 * Loads the demo world (see demo-data.ts) into an empty database, in one transaction: the bank,
 * two warehouses, a workshop, six networks, 31 structures in 18 départements, donors, funders,
 * a supplier, a telecom partner, two welcome points, and the demo users. Deterministic: the
 * same names, legal ids and addresses every time (only generated ids and timestamps differ).
 */
export async function seedDemo(db: Db, options: { now: Date }): Promise<void> {
  const now = options.now;
  await db.transaction(async (tx) => {
    await assertEmpty(tx);
    await writeSettings(tx, { bankName: DEMO_BANK_NAME }, now);
    const ids = new Map<string, string>();
    let legal = 0;
    for (const o of [...DEMO_NETWORKS, ...DEMO_ORGANISATIONS]) {
      const address = o.address && resolveDemoAddress(o.address, o.key);
      const org = await buildOrganisation(tx, {
        kind: o.kind,
        name: o.name,
        email: o.email ?? null,
        phone: o.phone ?? null,
        legalId: o.hasSiren ? fakeSiren(++legal) : null,
        departementCode: address?.departementCode ?? null,
      });
      if (address) await buildAddress(tx, org.id, address);
      ids.set(o.key, org.id);
    }
    for (const s of DEMO_STRUCTURES) {
      const [first, ...others] = s.addresses.map((x, i) =>
        resolveDemoAddress(x, `${s.key}.addresses.${i}`),
      );
      const structure = await buildStructure(tx, {
        name: s.name,
        structureType: s.type,
        legalId: fakeSiret(++legal),
        email: s.email,
        address: first!,
        networkIds: s.networks.map((key) => ids.get(key)!),
      });
      for (const [i, address] of others.entries()) {
        await buildAddress(tx, structure.id, { ...address, label: s.addresses[i + 1]!.label });
      }
      ids.set(s.key, structure.id);
    }
    for (const u of DEMO_USERS) {
      const [first, ...others] = u.memberships;
      const { user } = await buildUser(tx, {
        email: u.email,
        displayName: u.displayName,
        locale: u.locale ?? 'fr',
        role: first!.role,
        organisationId: ids.get(first!.org)!,
        password: DEMO_LOGINS.password,
      });
      for (const m of others) {
        await buildMembership(tx, {
          userId: user.id,
          organisationId: ids.get(m.org)!,
          role: m.role,
        });
      }
    }
    await seedDemoNeeds(tx, ids, now);
    const inventory = await seedInventoryDemo(tx, {
      bankId: ids.get('warehouse-paris')!,
      workshopId: ids.get('workshop')!,
      donorId: ids.get('donor-numeria')!,
    });
    await seedSupplyDemo(tx, ids, now);
    await seedAllocationDemo(tx, {
      parisWarehouseId: inventory.warehouse.id,
      lyonOrgId: ids.get('warehouse-lyon')!,
      earmarkNetworkId: ids.get('ase')!,
      now,
    });
  });
}
