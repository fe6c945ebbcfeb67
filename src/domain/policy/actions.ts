import type { TRole } from '../../shared/enums';

/**
 * Every action a route or command may perform, with who may do it.
 * - `public`: anyone, even without a session.
 * - `session`: any logged-in user.
 * - `roles`: the roles that may perform it on any resource.
 * - `ownRoles`: roles that may perform it only on their own organisation's resources
 *   (the service checks ownership with `can(actor, action, resource)`).
 */
export interface TRule {
  public?: true;
  session?: true;
  roles?: readonly TRole[];
  ownRoles?: readonly TRole[];
}

const BANK: readonly TRole[] = ['admin', 'coordinator'];
const MEMBERS: readonly TRole[] = [
  'workshop_operator',
  'referent',
  'donor_contact',
  'funder',
  'volunteer',
];

/** The policy table: one line per action. */
export const POLICY = {
  public: { public: true },
  session: { session: true },
  'home.read': { session: true },
  'organisation.list': { roles: BANK },
  'organisation.read': { roles: BANK, ownRoles: MEMBERS },
  'organisation.create': { roles: BANK },
  'organisation.update': { roles: BANK },
  'user.list': { roles: ['admin'] },
  'user.manage': { roles: ['admin'] },
  'audit.read': { roles: ['admin'] },
  'outbox.read': { roles: ['admin'] },
  'settings.update': { roles: ['admin'] },
  'location.read': { roles: BANK, ownRoles: ['workshop_operator'] },
  'location.manage': { roles: BANK, ownRoles: ['workshop_operator'] },
  'item.read': { roles: [...BANK, 'workshop_operator'] },
  'item.manage': { roles: BANK },
  'spec_tier.read': { roles: [...BANK, 'workshop_operator'] },
  'spec_tier.manage': { roles: BANK },
  'device.read': { roles: BANK, ownRoles: ['workshop_operator'] },
  'device.receive': { roles: BANK, ownRoles: ['workshop_operator'] },
  'device.update': { roles: BANK, ownRoles: ['workshop_operator'] },
  'device.transition': { roles: BANK, ownRoles: ['workshop_operator'] },
  'device.label': { roles: BANK, ownRoles: ['workshop_operator'] },
  'workshop.record': { roles: BANK, ownRoles: ['workshop_operator'] },
  'workshop.token.manage': { roles: ['admin'], ownRoles: ['workshop_operator'] },
  'probe.manage': { roles: BANK, ownRoles: ['workshop_operator'] },
  'stock.read': { roles: BANK, ownRoles: ['workshop_operator'] },
  'stock.adjust': { roles: BANK, ownRoles: ['workshop_operator'] },
  'stock.count': { roles: BANK, ownRoles: ['workshop_operator'] },
  'stock.check': { roles: ['admin'] },
  'erasure_report.read': { roles: BANK, ownRoles: ['workshop_operator', 'donor_contact'] },
  'structure.apply': { public: true },
  'application.review': { roles: BANK },
  'structure.import': { roles: BANK },
  'structure.confirm': { roles: BANK, ownRoles: ['referent'] },
  'referent.invite': { roles: BANK, ownRoles: ['referent'] },
  'beneficiary.read': { roles: BANK, ownRoles: ['referent'] },
  'beneficiary.write': { roles: BANK, ownRoles: ['referent'] },
  'beneficiary.import': { roles: BANK, ownRoles: ['referent'] },
  'request.read': { roles: BANK, ownRoles: ['referent'] },
  'request.write': { roles: BANK, ownRoles: ['referent'] },
  'request.submit': { roles: BANK, ownRoles: ['referent'] },
  'import.read': { roles: BANK, ownRoles: ['referent'] },
  'campaign.read': { roles: BANK, ownRoles: ['referent'] },
  'campaign.manage': { roles: BANK },
  'review.read': { roles: BANK },
  'review.decide': { roles: BANK },
  'review.override': { roles: BANK },
  'allocation.read': { roles: BANK },
  'allocation.run': { roles: BANK },
  'allocation.confirm': { roles: BANK },
  'donation.declare_public': { public: true },
  'donation.declare': { roles: BANK, ownRoles: ['donor_contact'] },
  'donation.read': { roles: [...BANK, 'workshop_operator'], ownRoles: ['donor_contact'] },
  'donation.cancel': { roles: BANK, ownRoles: ['donor_contact'] },
  'donation.review': { roles: BANK },
  'donation.pickup': { roles: BANK },
  'donation.receive': { roles: [...BANK, 'workshop_operator'] },
  'purchase.read': { roles: BANK },
  'purchase.write': { roles: BANK },
  'purchase.confirm': { roles: BANK },
  'purchase.receive': { roles: BANK },
  'grant.read': { roles: BANK, ownRoles: ['funder'] },
  'grant.manage': { roles: BANK },
  'receipt.issue': { roles: BANK },
  'receipt.read': { roles: BANK, ownRoles: ['donor_contact'] },
  'receipt.export': { roles: BANK },
  'shipment.read': { roles: BANK, ownRoles: ['referent', 'workshop_operator'] },
  'shipment.manage': { roles: BANK },
  'shipment.pack': { roles: BANK, ownRoles: ['workshop_operator'] },
  'shipment.receive': { roles: BANK, ownRoles: ['referent'] },
  'discrepancy.resolve': { roles: BANK },
  'carrier.read': { roles: BANK },
  'carrier.manage': { roles: ['admin'] },
  'carrier.webhook': { public: true },
  'handover.read': { roles: BANK, ownRoles: ['referent'] },
  'handover.write': { roles: BANK, ownRoles: ['referent'] },
} as const satisfies Record<string, TRule>;

/** Name of an action in the policy table. */
export type TAction = keyof typeof POLICY;

/** All action names, for tests that walk the table. */
export const ACTIONS = Object.keys(POLICY) as TAction[];
