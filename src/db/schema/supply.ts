import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { DEVICE_KINDS } from '../../shared/inventory';
import { DEVICE_CONDITIONS, DONATION_STATUSES, DRIVES_PRESENCE } from '../../shared/supply-enums';
import { organisations } from './organisations';
import { users } from './accounts';
import { devices, locations } from './inventory';

/**
 * Supply (issue 4): company donations in kind. A lot is declared by a donor company, reviewed,
 * picked up, counted at the warehouse (each device recorded through the inventory's
 * `receiveDevices`) and followed until every device is refurbished, harvested or recycled.
 */
export const donationLots = pgTable(
  'donation_lots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** "DON-2026-000123", shown to the donor. */
    reference: text('reference').notNull().unique(),
    donorOrganisationId: uuid('donor_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    declaredBy: uuid('declared_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: DONATION_STATUSES }).notNull(),
    /** Sum of the lines' counts. */
    expectedCount: integer('expected_count').notNull(),
    pickupLine1: text('pickup_line1').notNull(),
    pickupLine2: text('pickup_line2'),
    pickupPostalCode: text('pickup_postal_code').notNull(),
    pickupCommuneCode: text('pickup_commune_code').notNull(),
    pickupCommuneName: text('pickup_commune_name').notNull(),
    pickupDepartementCode: text('pickup_departement_code').notNull(),
    pickupRegionCode: text('pickup_region_code').notNull(),
    availableFrom: date('available_from', { mode: 'string' }).notNull(),
    availableUntil: date('available_until', { mode: 'string' }).notNull(),
    siteContactName: text('site_contact_name').notNull(),
    siteContactPhone: text('site_contact_phone').notNull(),
    siteContactEmail: text('site_contact_email'),
    notes: text('notes'),
    /** Why it was declined or cancelled. */
    decisionReason: text('decision_reason'),
    pickupDate: date('pickup_date', { mode: 'string' }),
    pickupTimeSlot: text('pickup_time_slot'),
    pickupCarrier: text('pickup_carrier'),
    pickupWorkshopId: uuid('pickup_workshop_id').references(() => organisations.id),
    collectedOn: date('collected_on', { mode: 'string' }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** Where the lot was counted (the first reception's location). */
    receivedLocationId: uuid('received_location_id').references(() => locations.id),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('donation_lots_donor_idx').on(t.donorOrganisationId, t.createdAt),
    index('donation_lots_status_idx').on(t.status, t.createdAt),
    check('donation_lots_expected_ck', sql`${t.expectedCount} > 0`),
    check('donation_lots_availability_ck', sql`${t.availableUntil} >= ${t.availableFrom}`),
  ],
);

/** A line of a lot: a kind of device, how many, and what the donor knows about them. */
export const donationLotLines = pgTable(
  'donation_lot_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => donationLots.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: DEVICE_KINDS }).notNull(),
    count: integer('count').notNull(),
    brand: text('brand'),
    model: text('model'),
    ageYears: integer('age_years').notNull(),
    condition: text('condition', { enum: DEVICE_CONDITIONS }).notNull(),
    drives: text('drives', { enum: DRIVES_PRESENCE }).notNull(),
    assetTags: jsonb('asset_tags').$type<string[]>().notNull().default([]),
    notes: text('notes'),
  },
  (t) => [
    unique('donation_lot_lines_position_uq').on(t.lotId, t.position),
    check('donation_lot_lines_count_ck', sql`${t.count} > 0`),
    check('donation_lot_lines_age_ck', sql`${t.ageYears} >= 0`),
  ],
);

/** Which line of which lot each received device was counted against. */
export const donationLotDevices = pgTable(
  'donation_lot_devices',
  {
    deviceId: uuid('device_id')
      .primaryKey()
      .references(() => devices.id, { onDelete: 'restrict' }),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => donationLots.id, { onDelete: 'restrict' }),
    lineId: uuid('line_id')
      .notNull()
      .references(() => donationLotLines.id, { onDelete: 'restrict' }),
  },
  (t) => [index('donation_lot_devices_lot_idx').on(t.lotId, t.lineId)],
);

/** The lot's history as the donor sees it: each status change with its date and note. */
export const donationLotEvents = pgTable(
  'donation_lot_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => donationLots.id, { onDelete: 'restrict' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    fromStatus: text('from_status', { enum: DONATION_STATUSES }),
    toStatus: text('to_status', { enum: DONATION_STATUSES }).notNull(),
    note: text('note'),
    data: jsonb('data'),
  },
  (t) => [index('donation_lot_events_lot_idx').on(t.lotId, t.id)],
);

/** Differences between declaration and reception, per line, with the reason (never silently fixed). */
export const donationLotDiscrepancies = pgTable(
  'donation_lot_discrepancies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => donationLots.id, { onDelete: 'restrict' }),
    lineId: uuid('line_id')
      .notNull()
      .references(() => donationLotLines.id, { onDelete: 'restrict' }),
    expectedCount: integer('expected_count').notNull(),
    receivedCount: integer('received_count').notNull(),
    reason: text('reason').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('donation_lot_discrepancies_line_uq').on(t.lotId, t.lineId),
    check('donation_lot_discrepancies_diff_ck', sql`${t.expectedCount} <> ${t.receivedCount}`),
  ],
);

/**
 * Per-year counters of numbered documents (tax receipts, lot and order references). The row
 * is locked FOR UPDATE by the transaction that takes the next number, so numbers are gapless
 * even under concurrency: a rolled-back transaction gives its number back.
 */
export const documentCounters = pgTable(
  'document_counters',
  {
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.year] }),
    check('document_counters_ck', sql`${t.lastValue} >= 0`),
  ],
);
