import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/enums';
import { ACTIONS, POLICY, can, type TActor } from './index';

const actor = (role: TActor['role'], organisationId = 'org-1'): TActor => ({
  userId: 'u',
  membershipId: 'm',
  role,
  organisationId,
  organisationKind: 'structure',
});

describe('can', () => {
  it('lets anyone perform public actions and only logged-in users session actions', () => {
    expect(can(null, 'public')).toBe(true);
    expect(can(null, 'session')).toBe(false);
    expect(can(actor('referent'), 'session')).toBe(true);
  });

  it('refuses every restricted action to an anonymous user', () => {
    for (const action of ACTIONS.filter((a) => !('public' in POLICY[a]))) {
      expect(can(null, action)).toBe(false);
    }
  });

  it('gives admins every action and referents only what the table grants', () => {
    for (const action of ACTIONS) expect(can(actor('admin'), action)).toBe(true);
    expect(can(actor('referent'), 'user.manage')).toBe(false);
    expect(can(actor('referent'), 'audit.read')).toBe(false);
  });

  it('limits own-organisation actions to the actor organisation', () => {
    expect(can(actor('referent', 'org-1'), 'organisation.read', { organisationId: 'org-1' })).toBe(
      true,
    );
    expect(can(actor('referent', 'org-1'), 'organisation.read', { organisationId: 'org-2' })).toBe(
      false,
    );
    expect(can(actor('coordinator'), 'organisation.read', { organisationId: 'org-2' })).toBe(true);
  });

  it('refuses a user without an active role', () => {
    expect(can(actor(null), 'organisation.list')).toBe(false);
  });

  it('only names known roles in the table', () => {
    for (const rule of Object.values(POLICY)) {
      for (const role of [
        ...('roles' in rule ? rule.roles : []),
        ...('ownRoles' in rule ? rule.ownRoles : []),
      ]) {
        expect(ROLES).toContain(role);
      }
    }
  });
});
