import type { TAction } from '../../domain/policy';
import type { TRole } from '../../shared/enums';
import { isBankRole, roleCan } from './access';

/** Icon names the shell maps to Tabler icons (kept as strings so this module stays pure). */
export type TNavIcon =
  | 'home'
  | 'allocation'
  | 'workshop'
  | 'reception'
  | 'devices'
  | 'stock'
  | 'locations'
  | 'items'
  | 'tiers'
  | 'organisation'
  | 'organisations'
  | 'users'
  | 'audit'
  | 'outbox'
  | 'settings'
  | 'beneficiaries'
  | 'requests'
  | 'applications'
  | 'review'
  | 'donations'
  | 'receipts'
  | 'purchases'
  | 'grants'
  | 'campaigns'
  | 'imports'
  | 'shipments'
  | 'pickLists'
  | 'discrepancies'
  | 'handovers'
  | 'followUps'
  | 'carriers';

/** One entry of the main navigation. `labelKey` is also the title of the page it leads to. */
export interface TNavItem {
  key: string;
  to: string;
  labelKey: string;
  icon: TNavIcon;
}

const GATED: { item: TNavItem; action: TAction }[] = [
  {
    item: {
      key: 'organisations',
      to: '/organisations',
      labelKey: 'nav.organisations',
      icon: 'organisations',
    },
    action: 'organisation.list',
  },
  {
    item: { key: 'users', to: '/admin/users', labelKey: 'nav.users', icon: 'users' },
    action: 'user.list',
  },
  {
    item: { key: 'audit', to: '/admin/audit', labelKey: 'nav.audit', icon: 'audit' },
    action: 'audit.read',
  },
  {
    item: { key: 'outbox', to: '/admin/outbox', labelKey: 'nav.outbox', icon: 'outbox' },
    action: 'outbox.read',
  },
  {
    item: { key: 'settings', to: '/admin/settings', labelKey: 'nav.settings', icon: 'settings' },
    action: 'settings.update',
  },
];

/** The needs area for structures' referents: their beneficiaries and requests. */
const NEEDS_STRUCTURE: { item: TNavItem; action: TAction }[] = [
  {
    item: {
      key: 'beneficiaries',
      to: '/beneficiaries',
      labelKey: 'needs.nav.beneficiaries',
      icon: 'beneficiaries',
    },
    action: 'beneficiary.read',
  },
  {
    item: { key: 'requests', to: '/requests', labelKey: 'needs.nav.requests', icon: 'requests' },
    action: 'request.read',
  },
];

/** The needs area for the bank: applications to join and requests to review. */
const NEEDS_BANK: { item: TNavItem; action: TAction }[] = [
  {
    item: {
      key: 'applications',
      to: '/review/applications',
      labelKey: 'needs.nav.applications',
      icon: 'applications',
    },
    action: 'application.review',
  },
  {
    item: { key: 'review', to: '/review/requests', labelKey: 'needs.nav.review', icon: 'review' },
    action: 'review.read',
  },
  {
    item: {
      key: 'campaigns',
      to: '/campaigns',
      labelKey: 'needs.nav.campaigns',
      icon: 'campaigns',
    },
    action: 'campaign.manage',
  },
  {
    item: {
      key: 'imports',
      to: '/imports/structures',
      labelKey: 'needs.nav.imports',
      icon: 'imports',
    },
    action: 'structure.import',
  },
];

/** Allocation waves (the bank's coordinators). */
const ALLOCATION: { item: TNavItem; action: TAction }[] = [
  {
    item: {
      key: 'allocation',
      to: '/allocation',
      labelKey: 'allocation.nav.waves',
      icon: 'allocation',
    },
    action: 'allocation.read',
  },
];

/** Logistics and handover (issue 7): shipments, pick lists, discrepancies, handovers. */
const LOGISTICS: { item: TNavItem; action: TAction }[] = [
  {
    item: {
      key: 'shipments',
      to: '/shipments',
      labelKey: 'logistics.nav.shipments',
      icon: 'shipments',
    },
    action: 'shipment.read',
  },
  {
    item: {
      key: 'pick-lists',
      to: '/pick-lists',
      labelKey: 'logistics.nav.pickLists',
      icon: 'pickLists',
    },
    action: 'shipment.pack',
  },
  {
    item: {
      key: 'discrepancies',
      to: '/discrepancies',
      labelKey: 'logistics.nav.discrepancies',
      icon: 'discrepancies',
    },
    action: 'discrepancy.resolve',
  },
  {
    item: {
      key: 'handovers',
      to: '/handovers',
      labelKey: 'logistics.nav.handovers',
      icon: 'handovers',
    },
    action: 'handover.read',
  },
  {
    item: {
      key: 'follow-ups',
      to: '/follow-ups',
      labelKey: 'logistics.nav.followUps',
      icon: 'followUps',
    },
    action: 'handover.write',
  },
  {
    item: {
      key: 'carriers',
      to: '/carriers',
      labelKey: 'logistics.nav.carriers',
      icon: 'carriers',
    },
    action: 'carrier.manage',
  },
];

/** The workshop and inventory area (workshop operators and the bank's staff). */
const WORKSHOP: { item: TNavItem; action: TAction }[] = [
  {
    item: { key: 'workshop', to: '/workshop', labelKey: 'workshop.nav.queue', icon: 'workshop' },
    action: 'workshop.record',
  },
  {
    item: {
      key: 'reception',
      to: '/workshop/reception',
      labelKey: 'workshop.nav.reception',
      icon: 'reception',
    },
    action: 'device.receive',
  },
  {
    item: { key: 'devices', to: '/devices', labelKey: 'workshop.nav.devices', icon: 'devices' },
    action: 'device.read',
  },
  {
    item: { key: 'stock', to: '/stock', labelKey: 'workshop.nav.stock', icon: 'stock' },
    action: 'stock.read',
  },
  {
    item: {
      key: 'locations',
      to: '/locations',
      labelKey: 'workshop.nav.locations',
      icon: 'locations',
    },
    action: 'location.manage',
  },
  {
    item: { key: 'items', to: '/items', labelKey: 'workshop.nav.items', icon: 'items' },
    action: 'item.manage',
  },
  {
    item: { key: 'tiers', to: '/spec-tiers', labelKey: 'workshop.nav.tiers', icon: 'tiers' },
    action: 'spec_tier.manage',
  },
];

/** The supply area (issue 4): donation lots, tax receipts, purchases, grants. */
const SUPPLY: { item: TNavItem; action: TAction }[] = [
  {
    item: { key: 'donations', to: '/donations', labelKey: 'supply.nav.lots', icon: 'donations' },
    action: 'donation.read',
  },
  {
    item: {
      key: 'receipts',
      to: '/tax-receipts',
      labelKey: 'supply.nav.receipts',
      icon: 'receipts',
    },
    action: 'receipt.read',
  },
  {
    item: {
      key: 'purchases',
      to: '/purchases',
      labelKey: 'supply.nav.purchases',
      icon: 'purchases',
    },
    action: 'purchase.read',
  },
  {
    item: { key: 'grants', to: '/grants', labelKey: 'supply.nav.grants', icon: 'grants' },
    action: 'grant.read',
  },
];

/**
 * The navigation of the active role: home for everyone, "my organisation" for members of a
 * partner organisation, and the bank's pages only for the roles the policy allows.
 */
export function navItemsFor(role: TRole | null, organisationId: string | null): TNavItem[] {
  const items: TNavItem[] = [{ key: 'home', to: '/', labelKey: 'nav.home', icon: 'home' }];
  if (role && !isBankRole(role) && organisationId) {
    items.push({
      key: 'my-organisation',
      to: `/organisations/${organisationId}`,
      labelKey: 'nav.myOrganisation',
      icon: 'organisation',
    });
  }
  const needs = isBankRole(role) ? NEEDS_BANK : NEEDS_STRUCTURE;
  for (const { item, action } of needs) if (roleCan(role, action)) items.push(item);
  for (const { item, action } of ALLOCATION) if (roleCan(role, action)) items.push(item);
  for (const { item, action } of LOGISTICS) if (roleCan(role, action)) items.push(item);
  for (const { item, action } of SUPPLY) if (roleCan(role, action)) items.push(item);
  for (const { item, action } of WORKSHOP) if (roleCan(role, action)) items.push(item);
  for (const { item, action } of GATED) if (roleCan(role, action)) items.push(item);
  return items;
}

/** Whether a nav item is the current page (home only on an exact match). */
export function isNavItemActive(item: TNavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
