import { describe, expect, it } from 'vitest';
import type { TSessionInfo } from '../../shared/schemas/accounts';
import { activeMembership, activeRole, initialsOf } from './session';

const session: TSessionInfo = {
  user: { id: 'u', email: 'a@b.fr', displayName: 'Camille Durand', locale: 'fr' },
  memberships: [
    {
      id: 'm1',
      role: 'coordinator',
      organisationId: 'o1',
      organisationName: 'Banque',
      organisationKind: 'bank',
    },
    {
      id: 'm2',
      role: 'referent',
      organisationId: 'o2',
      organisationName: 'MJC',
      organisationKind: 'structure',
    },
  ],
  activeMembershipId: 'm2',
  csrfToken: 't',
};

describe('session helpers', () => {
  it('finds the active membership and role', () => {
    expect(activeMembership(session)?.organisationName).toBe('MJC');
    expect(activeRole(session)).toBe('referent');
    expect(activeRole({ ...session, activeMembershipId: null })).toBeNull();
    expect(activeRole(null)).toBeNull();
  });

  it('computes initials', () => {
    expect(initialsOf('Camille Durand')).toBe('CD');
    expect(initialsOf('jean-pierre du Pont')).toBe('JP');
    expect(initialsOf('Ana')).toBe('A');
  });
});
