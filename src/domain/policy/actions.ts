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
  'organisation.list': { roles: BANK },
  'organisation.read': { roles: BANK, ownRoles: MEMBERS },
  'organisation.create': { roles: BANK },
  'organisation.update': { roles: BANK },
  'user.list': { roles: ['admin'] },
  'user.manage': { roles: ['admin'] },
  'audit.read': { roles: ['admin'] },
  'outbox.read': { roles: ['admin'] },
  'settings.update': { roles: ['admin'] },
} as const satisfies Record<string, TRule>;

/** Name of an action in the policy table. */
export type TAction = keyof typeof POLICY;

/** All action names, for tests that walk the table. */
export const ACTIONS = Object.keys(POLICY) as TAction[];
