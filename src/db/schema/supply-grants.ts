import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { DEVICE_KINDS } from '../../shared/inventory';
import { CHARGE_CATEGORIES } from '../../shared/supply-enums';
import { organisations } from './organisations';
import { users } from './accounts';
import { campaigns } from './needs';

const cents = (name: string) => bigint(name, { mode: 'number' });

/** Money a funder gives, possibly restricted (network, région/département, kind, campaign). */
export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    funderId: uuid('funder_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    reference: text('reference'),
    pledgedCents: cents('pledged_cents').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    restrictionNetworkId: uuid('restriction_network_id').references(() => organisations.id),
    restrictionRegionCode: text('restriction_region_code'),
    restrictionDepartementCode: text('restriction_departement_code'),
    restrictionDeviceKind: text('restriction_device_kind', { enum: DEVICE_KINDS }),
    restrictionCampaignId: uuid('restriction_campaign_id').references(() => campaigns.id),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('grants_funder_idx').on(t.funderId),
    check('grants_pledged_ck', sql`${t.pledgedCents} >= 0`),
    check('grants_period_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Money actually received from the funder (a pledge is often paid in instalments). */
export const grantInstalments = pgTable(
  'grant_instalments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id, { onDelete: 'restrict' }),
    amountCents: cents('amount_cents').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    reference: text('reference'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('grant_instalments_grant_idx').on(t.grantId),
    check('grant_instalments_amount_ck', sql`${t.amountCents} > 0`),
  ],
);

/**
 * Spending charged to a grant, whatever it paid for (purchases, logistics, connectivity…),
 * linked to the record that caused it. Append-only (trigger): a correction is a new charge,
 * negative when money comes back.
 */
export const grantCharges = pgTable(
  'grant_charges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id, { onDelete: 'restrict' }),
    amountCents: cents('amount_cents').notNull(),
    category: text('category', { enum: CHARGE_CATEGORIES }).notNull(),
    linkedType: text('linked_type'),
    linkedId: text('linked_id'),
    chargedOn: date('charged_on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('grant_charges_grant_idx').on(t.grantId, t.chargedOn),
    index('grant_charges_linked_idx').on(t.linkedType, t.linkedId),
    check('grant_charges_amount_ck', sql`${t.amountCents} <> 0`),
  ],
);
