import type { Db } from '../connect';
import { buildOrganisation, buildStructure, buildUser, buildNetwork } from './factories';
import type { TRole } from '../../shared/enums';

/** Demo accounts printed by `npm start` and documented in the README. */
export const DEMO_LOGINS = {
  password: 'passerelle-demo-2026',
  users: [
    { role: 'admin', email: 'admin@passerelle.demo' },
    { role: 'coordinator', email: 'coordination@passerelle.demo' },
    { role: 'workshop_operator', email: 'atelier@passerelle.demo' },
    { role: 'referent', email: 'referente@passerelle.demo' },
    { role: 'donor_contact', email: 'mecenat@passerelle.demo' },
    { role: 'funder', email: 'financeur@passerelle.demo' },
    { role: 'volunteer', email: 'benevole@passerelle.demo' },
  ] satisfies { role: TRole; email: string }[],
};

/** Loads the demo world into an empty database, in one transaction. */
export async function seedDemo(db: Db, _options: { now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const bank = await buildOrganisation(tx, { kind: 'bank', name: 'Banque Passerelle' });
    const workshop = await buildOrganisation(tx, { kind: 'workshop', name: 'Atelier du Bocage' });
    const network = await buildNetwork(tx, 'Aide sociale à l’enfance');
    const structure = await buildStructure(tx, { name: 'Maison des jeunes de Belleville', networkIds: [network.id] });
    const donor = await buildOrganisation(tx, { kind: 'donor', name: 'Société Générale de Services' });
    const funder = await buildOrganisation(tx, { kind: 'funder', name: 'Fondation Break Poverty' });
    const welcome = await buildOrganisation(tx, { kind: 'welcome_point', name: 'Point d’accueil Paris 20e' });
    const orgFor: Record<TRole, string> = {
      admin: bank.id,
      coordinator: bank.id,
      workshop_operator: workshop.id,
      referent: structure.id,
      donor_contact: donor.id,
      funder: funder.id,
      volunteer: welcome.id,
    };
    for (const u of DEMO_LOGINS.users) {
      await buildUser(tx, { role: u.role, email: u.email, organisationId: orgFor[u.role], password: DEMO_LOGINS.password });
    }
  });
}
