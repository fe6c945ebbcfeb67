import type { TLocale, TOrganisationKind, TRole } from '../../shared/enums';
import type { TInviteInput } from '../../shared/schemas/accounts';
import { http } from './client';

/** A role a user holds in an organisation. */
export interface TUserMembership {
  id: string;
  role: TRole;
  organisationId: string;
  organisationName: string;
  organisationKind: TOrganisationKind;
}

/** A user as admins see it. */
export interface TUserSummary {
  id: string;
  email: string;
  displayName: string;
  locale: TLocale;
  isActive: boolean;
  lastLoginAt: string | null;
  memberships: TUserMembership[];
}

/** Users and their roles, optionally filtered by name or e-mail. */
export function listUsers(search: string) {
  return http.get<{ items: TUserSummary[] }>('/api/users', { search: search.trim() });
}

/** Invites a person (or adds a role to an existing user). */
export function inviteUser(input: TInviteInput) {
  return http.post<{ userId: string; membershipId: string; isNewUser: boolean }>(
    '/api/users/invitations',
    input,
  );
}

/** Deactivates or reactivates an account. */
export function setUserActive(id: string, isActive: boolean) {
  return http.post<{ ok: true }>(`/api/users/${encodeURIComponent(id)}/active`, { isActive });
}

/** Removes one role from a user. */
export function removeMembership(userId: string, membershipId: string) {
  return http.delete<{ ok: true }>(
    `/api/users/${encodeURIComponent(userId)}/memberships/${encodeURIComponent(membershipId)}`,
  );
}
