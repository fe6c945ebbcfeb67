import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  APPEARANCE_GRADES,
  DEVICE_KINDS,
  DEVICE_STATES,
  DRIVE_TYPES,
  FUNCTION_GRADES,
  ITEM_CATEGORIES,
  LOCATION_KINDS,
  ORIGIN_TYPES,
} from '../../shared/inventory';
import { organisations } from './organisations';
import { users } from './accounts';

/** Places stock sits: warehouses, workshop bays, welcome points, in transit. */
export const locations = pgTable(
  'locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: LOCATION_KINDS }).notNull(),
    /** Short code printed on pick lists (e.g. "WH1"). */
    code: text('code'),
    /** Shelf codes of this location, for pick lists. */
    shelfCodes: jsonb('shelf_codes').$type<string[]>().notNull().default([]),
    /** Where it is, for the allocation engine's distances (département centre when no lat/lon). */
    departementCode: text('departement_code'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('locations_org_name_uq').on(t.organisationId, t.name),
    index('locations_org_idx').on(t.organisationId),
  ],
);

/** Catalogue of bulk items counted by quantity (chargers, SIM cards, spare parts…). */
export const items = pgTable('items', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Code scanned or typed (unique, upper case). */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  category: text('category', { enum: ITEM_CATEGORIES }).notNull(),
  unit: text('unit').notNull().default('unit'),
  isActive: boolean('is_active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The bank's spec tiers, versioned: editing a tier writes a new row (version + 1) and
 * deactivates the old one, so a device keeps pointing at the version it was qualified against.
 */
export const specTiers = pgTable(
  'spec_tiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: DEVICE_KINDS }).notNull(),
    minRamMb: integer('min_ram_mb'),
    minStorageGb: integer('min_storage_gb'),
    storageType: text('storage_type', { enum: ['ssd', 'any'] })
      .notNull()
      .default('any'),
    minBatteryPct: integer('min_battery_pct'),
    minScreenInches: real('min_screen_inches'),
    version: integer('version').notNull().default(1),
    isActive: boolean('is_active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('spec_tiers_kind_number_version_uq').on(t.kind, t.number, t.version),
    uniqueIndex('spec_tiers_active_uq')
      .on(t.kind, t.number)
      .where(sql`${t.isActive}`),
    check('spec_tiers_number_ck', sql`${t.number} >= 1`),
  ],
);

/** Every device the bank handles, from expected to handed over (or recycled). */
export const devices = pgTable(
  'devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assetTag: text('asset_tag').notNull().unique(),
    /** Manufacturer serial, trimmed and upper-cased. */
    serial: text('serial'),
    donorAssetTag: text('donor_asset_tag'),
    kind: text('kind', { enum: DEVICE_KINDS }).notNull(),
    brand: text('brand'),
    model: text('model'),
    cpu: text('cpu'),
    ramMb: integer('ram_mb'),
    storageType: text('storage_type', { enum: DRIVE_TYPES }),
    storageGb: integer('storage_gb'),
    screenInches: real('screen_inches'),
    batteryHealthPct: integer('battery_health_pct'),
    osName: text('os_name'),
    osLicenceRef: text('os_licence_ref'),
    accessories: jsonb('accessories').$type<string[]>().notNull().default([]),
    originType: text('origin_type', { enum: ORIGIN_TYPES }).notNull().default('other'),
    originId: uuid('origin_id'),
    donorOrganisationId: uuid('donor_organisation_id').references(() => organisations.id),
    funderOrganisationId: uuid('funder_organisation_id').references(() => organisations.id),
    /** Network the grant that paid for it is earmarked to. */
    earmarkNetworkId: uuid('earmark_network_id').references(() => organisations.id),
    locationId: uuid('location_id').references(() => locations.id),
    shelfCode: text('shelf_code'),
    state: text('state', { enum: DEVICE_STATES }).notNull(),
    appearanceGrade: text('appearance_grade', { enum: APPEARANCE_GRADES }),
    functionGrade: text('function_grade', { enum: FUNCTION_GRADES }),
    /** The worse of the two grades; the grade stock is counted by. */
    grade: text('grade', { enum: APPEARANCE_GRADES }),
    specTierId: uuid('spec_tier_id').references(() => specTiers.id),
    specTierNumber: integer('spec_tier_number'),
    recyclerReceiptRef: text('recycler_receipt_ref'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('devices_serial_idx').on(t.serial),
    index('devices_donor_asset_tag_idx').on(t.donorAssetTag),
    index('devices_location_state_idx').on(t.locationId, t.state),
    index('devices_origin_idx').on(t.originType, t.originId),
    index('devices_state_idx').on(t.state),
    check('devices_ram_ck', sql`${t.ramMb} IS NULL OR ${t.ramMb} >= 0`),
    check('devices_storage_ck', sql`${t.storageGb} IS NULL OR ${t.storageGb} >= 0`),
    check(
      'devices_battery_ck',
      sql`${t.batteryHealthPct} IS NULL OR ${t.batteryHealthPct} BETWEEN 0 AND 100`,
    ),
    check('devices_screen_ck', sql`${t.screenInches} IS NULL OR ${t.screenInches} > 0`),
  ],
);

/** Drives (and phones' internal storage) of a device, each with its own serial. */
export const deviceDrives = pgTable(
  'device_drives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'restrict' }),
    /** Serial, trimmed and upper-cased; null when the drive shows none. */
    serial: text('serial'),
    /** Kernel name when probed (sda, nvme0n1). */
    name: text('name'),
    /** Order on the device (drive #1, #2…), for stable labels. */
    position: integer('position').notNull().default(0),
    type: text('type', { enum: DRIVE_TYPES }).notNull(),
    sizeGb: integer('size_gb'),
    model: text('model'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('device_drives_device_idx').on(t.deviceId),
    index('device_drives_serial_idx').on(t.serial),
  ],
);
