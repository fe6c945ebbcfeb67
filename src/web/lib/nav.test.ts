import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/enums';
import { isNavItemActive, navItemsFor } from './nav';
import { isBankRole, roleCan } from './access';

const keys = (role: Parameters<typeof navItemsFor>[0], org: string | null = 'org-1') =>
  navItemsFor(role, org).map((i) => i.key);

describe('navigation per role', () => {
  it('gives admins every page of the foundation', () => {
    expect(keys('admin')).toEqual([
      'home',
      'applications',
      'review',
      'campaigns',
      'imports',
      'allocation',
      'shipments',
      'pick-lists',
      'discrepancies',
      'handovers',
      'follow-ups',
      'carriers',
      'donations',
      'receipts',
      'purchases',
      'grants',
      'workshop',
      'reception',
      'devices',
      'stock',
      'locations',
      'items',
      'tiers',
      'organisations',
      'users',
      'audit',
      'outbox',
      'settings',
    ]);
  });

  it('gives coordinators organisations but no admin pages', () => {
    expect(keys('coordinator')).toEqual([
      'home',
      'applications',
      'review',
      'campaigns',
      'imports',
      'allocation',
      'shipments',
      'pick-lists',
      'discrepancies',
      'handovers',
      'follow-ups',
      'donations',
      'receipts',
      'purchases',
      'grants',
      'workshop',
      'reception',
      'devices',
      'stock',
      'locations',
      'items',
      'tiers',
      'organisations',
    ]);
  });

  it('gives every other role its home and its own organisation only', () => {
    for (const role of ROLES.filter(
      (r) =>
        !isBankRole(r) && !['referent', 'workshop_operator', 'donor_contact', 'funder'].includes(r),
    )) {
      expect(keys(role)).toEqual(['home', 'my-organisation']);
      expect(navItemsFor(role, 'org-9')[1]!.to).toBe('/organisations/org-9');
    }
  });

  it('gives referents their beneficiaries and requests', () => {
    expect(keys('referent')).toEqual([
      'home',
      'my-organisation',
      'beneficiaries',
      'requests',
      'shipments',
      'handovers',
      'follow-ups',
    ]);
  });

  it('gives workshop operators the workshop queue, reception, devices, stock and locations', () => {
    expect(keys('workshop_operator')).toEqual([
      'home',
      'my-organisation',
      'shipments',
      'pick-lists',
      'donations',
      'workshop',
      'reception',
      'devices',
      'stock',
      'locations',
    ]);
  });

  it('gives donor companies their lots and receipts, funders their grants', () => {
    expect(keys('donor_contact')).toEqual(['home', 'my-organisation', 'donations', 'receipts']);
    expect(keys('funder')).toEqual(['home', 'my-organisation', 'grants']);
  });

  it('shows only home without a role', () => {
    expect(keys(null, null)).toEqual(['home']);
  });

  it('matches the policy table the server enforces', () => {
    expect(roleCan('coordinator', 'organisation.create')).toBe(true);
    expect(roleCan('coordinator', 'user.list')).toBe(false);
    expect(roleCan('referent', 'organisation.list')).toBe(false);
    expect(roleCan('admin', 'settings.update')).toBe(true);
    expect(roleCan(null, 'organisation.list')).toBe(false);
  });

  it('marks the current page, home only on an exact match', () => {
    const items = navItemsFor('admin', null);
    const home = items.find((i) => i.key === 'home');
    const orgs = items.find((i) => i.key === 'organisations');
    expect(isNavItemActive(home!, '/')).toBe(true);
    expect(isNavItemActive(home!, '/organisations')).toBe(false);
    expect(isNavItemActive(orgs!, '/organisations/abc/edit')).toBe(true);
    expect(isNavItemActive(orgs!, '/organisations-x')).toBe(false);
  });
});
