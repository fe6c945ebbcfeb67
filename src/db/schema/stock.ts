import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DEVICE_KINDS, DEVICE_STATES, STOCK_EVENT_TYPES } from '../../shared/inventory';
import { devices, items, locations } from './inventory';

/**
 * The append-only stock ledger: every movement and state change of a device or a bulk item,
 * written in the transaction of the business change. A trigger (migration SQL) refuses UPDATE
 * and DELETE; corrections are new events. Device events carry the device's stock key after the
 * event (location, state, kind, tier, grade, earmark) so stock can be rebuilt at any date.
 */
export const stockEvents = pgTable(
  'stock_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    type: text('type', { enum: STOCK_EVENT_TYPES }).notNull(),
    deviceId: uuid('device_id').references(() => devices.id, { onDelete: 'restrict' }),
    itemId: uuid('item_id').references(() => items.id, { onDelete: 'restrict' }),
    quantity: integer('quantity'),
    fromLocationId: uuid('from_location_id').references(() => locations.id),
    toLocationId: uuid('to_location_id').references(() => locations.id),
    fromState: text('from_state', { enum: DEVICE_STATES }),
    toState: text('to_state', { enum: DEVICE_STATES }),
    deviceKind: text('device_kind', { enum: DEVICE_KINDS }),
    tier: integer('tier'),
    grade: text('grade'),
    earmarkNetworkId: uuid('earmark_network_id'),
    reason: text('reason'),
    linkedType: text('linked_type'),
    linkedId: text('linked_id'),
    evidence: jsonb('evidence'),
  },
  (t) => [
    index('stock_events_device_idx').on(t.deviceId, t.id),
    index('stock_events_item_idx').on(t.itemId, t.id),
    index('stock_events_at_idx').on(t.at),
    index('stock_events_linked_idx').on(t.linkedType, t.linkedId),
    check(
      'stock_events_subject_ck',
      sql`(${t.deviceId} IS NOT NULL AND ${t.itemId} IS NULL AND ${t.toState} IS NOT NULL AND ${t.deviceKind} IS NOT NULL)
        OR (${t.deviceId} IS NULL AND ${t.itemId} IS NOT NULL AND ${t.quantity} > 0
            AND (${t.fromLocationId} IS NOT NULL OR ${t.toLocationId} IS NOT NULL))`,
    ),
  ],
);

/** Projection: devices per location, kind, tier, grade, earmark and state. */
export const stockLevels = pgTable(
  'stock_levels',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    locationId: uuid('location_id').references(() => locations.id),
    kind: text('kind', { enum: DEVICE_KINDS }).notNull(),
    tier: integer('tier'),
    grade: text('grade'),
    earmarkNetworkId: uuid('earmark_network_id'),
    state: text('state', { enum: DEVICE_STATES }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    unique('stock_levels_key_uq')
      .on(t.locationId, t.kind, t.tier, t.grade, t.earmarkNetworkId, t.state)
      .nullsNotDistinct(),
    check('stock_levels_count_ck', sql`${t.count} >= 0`),
  ],
);

/** Projection: quantity of each bulk item per location; never negative. */
export const itemStockLevels = pgTable(
  'item_stock_levels',
  {
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.locationId, t.itemId] }),
    check('item_stock_levels_quantity_ck', sql`${t.quantity} >= 0`),
  ],
);

/** A stock count (audit) of one location. */
export const stockCounts = pgTable(
  'stock_counts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id),
    status: text('status', { enum: ['open', 'confirmed', 'cancelled'] })
      .notNull()
      .default('open'),
    startedBy: uuid('started_by'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    reason: text('reason'),
    /** What confirmation changed (ids of adjustment events per difference). */
    result: jsonb('result'),
  },
  (t) => [
    index('stock_counts_location_idx').on(t.locationId, t.startedAt),
    uniqueIndex('stock_counts_one_open_uq')
      .on(t.locationId)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** One scan in a count; `scanKey` makes rescanning the same thing idempotent. */
export const stockCountScans = pgTable(
  'stock_count_scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countId: uuid('count_id')
      .notNull()
      .references(() => stockCounts.id),
    /** "d:<device id>", "i:<item id>" or "u:<unknown code>". */
    scanKey: text('scan_key').notNull(),
    code: text('code').notNull(),
    deviceId: uuid('device_id').references(() => devices.id),
    itemId: uuid('item_id').references(() => items.id),
    /** Counted quantity of an item (set, not added, so a repeated scan changes nothing). */
    quantity: integer('quantity'),
    scannedBy: uuid('scanned_by'),
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('stock_count_scans_key_uq').on(t.countId, t.scanKey),
    check('stock_count_scans_quantity_ck', sql`${t.quantity} IS NULL OR ${t.quantity} >= 0`),
  ],
);
