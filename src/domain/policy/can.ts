import type { TOrganisationKind, TRole } from '../../shared/enums';
import { POLICY, type TAction, type TRule } from './actions';

/** Who is acting: a user through one of their memberships (role in an organisation). */
export interface TActor {
  userId: string;
  membershipId: string | null;
  role: TRole | null;
  organisationId: string | null;
  organisationKind: TOrganisationKind | null;
}

/** What is acted upon, when it matters: the organisation that owns it. */
export interface TResource {
  organisationId?: string | null;
}

/**
 * The one access decision of Passerelle. Without a resource it answers "may this actor ever
 * do this?" (used by routes); with a resource it also checks ownership (used by services).
 */
export function can(actor: TActor | null, action: TAction, resource?: TResource): boolean {
  const rule: TRule = POLICY[action];
  if (rule.public) return true;
  if (!actor) return false;
  if (rule.session) return true;
  const role = actor.role;
  if (!role) return false;
  if (rule.roles?.includes(role)) return true;
  if (rule.ownRoles?.includes(role)) {
    if (!resource) return true;
    return resource.organisationId != null && resource.organisationId === actor.organisationId;
  }
  return false;
}

/** True when the action needs a logged-in user. */
export function needsSession(action: TAction): boolean {
  return !(POLICY[action] as TRule).public;
}
