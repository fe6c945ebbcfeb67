import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  CHARTER_METHODS,
  DISCREPANCY_KINDS,
  DISCREPANCY_RESOLUTIONS,
  EVIDENCE_KINDS,
  FOLLOW_UP_USAGE,
  HANDOVER_FORMS,
  PARCEL_KINDS,
  RECEPTION_RESULTS,
  RETURN_REASONS,
  SHIPMENT_STATUSES,
  TRACKING_STATUSES,
} from '../../shared/logistics';
import { users } from './accounts';
import { allocationWaves, deviceAllocations } from './allocation';
import { devices, items, locations } from './inventory';
import { beneficiaries, requestLines, type TDeliveryAddressJson } from './needs';
import { organisations } from './organisations';
import { grantCharges, grants } from './supply-grants';

const cents = (name: string) => bigint(name, { mode: 'number' });

/**
 * Carriers the bank ships with. `webhookSecret` signs their tracking webhooks (HMAC-SHA256 of
 * the raw body); it is never returned by the API.
 */
export const carriers = pgTable('carriers', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Short code the carrier sends in the webhook header (e.g. "colissimo"). */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  webhookSecret: text('webhook_secret'),
  /** Tracking page with `{number}` replaced by the tracking number. */
  trackingUrl: text('tracking_url'),
  isActive: boolean('is_active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A shipment from one warehouse to one delivery address of one structure, made of reserved
 * units of a confirmed wave. Statuses: planned → packed → shipped → delivered → received.
 */
export const shipments = pgTable(
  'shipments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human number shown as E-000012. */
    number: bigserial('number', { mode: 'number' }).notNull().unique(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => allocationWaves.id, { onDelete: 'restrict' }),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    warehouseLocationId: uuid('warehouse_location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'restrict' }),
    /** The delivery address copied from the requests (addresses may change afterwards). */
    delivery: jsonb('delivery').$type<TDeliveryAddressJson>().notNull(),
    /** Groups shipments of the same address (address id, or a digest of the copy). */
    deliveryKey: text('delivery_key').notNull(),
    status: text('status', { enum: SHIPMENT_STATUSES }).notNull().default('planned'),
    /** Day the bank plans to send it (postponing moves it). */
    plannedOn: date('planned_on', { mode: 'string' }),
    postponeReason: text('postpone_reason'),
    /** Set when merged into another shipment (then cancelled). */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => shipments.id),
    carrierId: uuid('carrier_id').references(() => carriers.id, { onDelete: 'restrict' }),
    service: text('service'),
    trackingNumbers: jsonb('tracking_numbers').$type<string[]>().notNull().default([]),
    costCents: cents('cost_cents'),
    costGrantId: uuid('cost_grant_id').references(() => grants.id, { onDelete: 'restrict' }),
    costChargeId: uuid('cost_charge_id').references(() => grantCharges.id),
    packedAt: timestamp('packed_at', { withTimezone: true }),
    shippedAt: timestamp('shipped_at', { withTimezone: true }),
    shippedBy: uuid('shipped_by').references(() => users.id, { onDelete: 'set null' }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    receivedBy: uuid('received_by').references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** Last reminder sent while delivered and not confirmed. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('shipments_wave_idx').on(t.waveId),
    index('shipments_structure_idx').on(t.structureId, t.status),
    index('shipments_warehouse_idx').on(t.warehouseLocationId, t.status),
    check('shipments_cost_ck', sql`${t.costCents} IS NULL OR ${t.costCents} >= 0`),
  ],
);

/** Parcels of a shipment: pallets hold boxes (`parentId`). */
export const shipmentParcels = pgTable(
  'shipment_parcels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'restrict' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => shipmentParcels.id),
    kind: text('kind', { enum: PARCEL_KINDS }).notNull(),
    label: text('label').notNull(),
    weightGrams: integer('weight_grams'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('shipment_parcels_shipment_idx').on(t.shipmentId),
    check('shipment_parcels_weight_ck', sql`${t.weightGrams} IS NULL OR ${t.weightGrams} > 0`),
  ],
);

/**
 * One reserved unit travelling in a shipment: the reservation it serves, the device now
 * holding it (a substitute replaces the reserved one), when it was packed by scan and what
 * the structure said of it at reception.
 */
export const shipmentUnits = pgTable(
  'shipment_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'restrict' }),
    allocationId: uuid('allocation_id')
      .notNull()
      .references(() => deviceAllocations.id, { onDelete: 'restrict' }),
    requestLineId: uuid('request_line_id')
      .notNull()
      .references(() => requestLines.id, { onDelete: 'restrict' }),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'restrict' }),
    /** The device first reserved, when another was packed in its place. */
    substitutedDeviceId: uuid('substituted_device_id').references(() => devices.id),
    parcelId: uuid('parcel_id').references(() => shipmentParcels.id),
    packedAt: timestamp('packed_at', { withTimezone: true }),
    packedBy: uuid('packed_by').references(() => users.id, { onDelete: 'set null' }),
    receptionResult: text('reception_result', { enum: RECEPTION_RESULTS }),
    receptionComment: text('reception_comment'),
    receivedAt: timestamp('received_at', { withTimezone: true }),
  },
  (t) => [
    index('shipment_units_shipment_idx').on(t.shipmentId),
    index('shipment_units_device_idx').on(t.deviceId),
    uniqueIndex('shipment_units_allocation_uq').on(t.allocationId),
  ],
);

/** Accessories packed with a shipment (chargers, SIM cards); they leave stock via the ledger. */
export const shipmentAccessories = pgTable(
  'shipment_accessories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'restrict' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
    stockEventId: bigint('stock_event_id', { mode: 'number' }).notNull(),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('shipment_accessories_shipment_idx').on(t.shipmentId),
    check('shipment_accessories_quantity_ck', sql`${t.quantity} > 0`),
  ],
);

/** Tracking updates of a shipment (webhook, CSV import or by hand), append-only. */
export const shipmentTrackingEvents = pgTable(
  'shipment_tracking_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'restrict' }),
    source: text('source', { enum: ['webhook', 'csv', 'manual'] }).notNull(),
    status: text('status', { enum: TRACKING_STATUSES }).notNull(),
    trackingNumber: text('tracking_number'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    payload: jsonb('payload'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('shipment_tracking_events_shipment_idx').on(t.shipmentId, t.at)],
);

/**
 * Evidence images (drawn signatures as PNG, photos of a signed charter or of a damaged unit),
 * stored base64 in the database so a backup carries them.
 */
export const evidenceFiles = pgTable('evidence_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: EVIDENCE_KINDS }).notNull(),
  mimeType: text('mime_type').notNull(),
  dataBase64: text('data_base64').notNull(),
  sha256: text('sha256').notNull(),
  byteSize: integer('byte_size').notNull(),
  /** Structure whose record it documents (access is checked through it). */
  structureId: uuid('structure_id').references(() => organisations.id),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** A difference found at reception, until the coordinator resolves it. */
export const shipmentDiscrepancies = pgTable(
  'shipment_discrepancies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'restrict' }),
    unitId: uuid('unit_id').references(() => shipmentUnits.id),
    deviceId: uuid('device_id').references(() => devices.id),
    /** What the structure scanned or typed for an extra unit. */
    code: text('code'),
    kind: text('kind', { enum: DISCREPANCY_KINDS }).notNull(),
    comment: text('comment'),
    photoId: uuid('photo_id').references(() => evidenceFiles.id),
    reportedBy: uuid('reported_by').references(() => users.id, { onDelete: 'set null' }),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    resolution: text('resolution', { enum: DISCREPANCY_RESOLUTIONS }),
    resolutionComment: text('resolution_comment'),
    /** The replacement shipment of a `resend`. */
    resendShipmentId: uuid('resend_shipment_id').references(() => shipments.id),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    index('shipment_discrepancies_shipment_idx').on(t.shipmentId),
    index('shipment_discrepancies_open_idx').on(t.resolvedAt),
  ],
);

/** One-time codes a beneficiary types to accept the charter (stored hashed, used once). */
export const charterCodes = pgTable(
  'charter_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    beneficiaryId: uuid('beneficiary_id')
      .notNull()
      .references(() => beneficiaries.id, { onDelete: 'restrict' }),
    codeHash: text('code_hash').notNull(),
    /** Wrong codes typed; the code is unusable after `LOGISTICS_LIMITS.charterCodeAttempts`. */
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('charter_codes_beneficiary_idx').on(t.beneficiaryId)],
);

/**
 * A device handed to one of the structure's beneficiaries: gift, loan (with a return date) or
 * solidarity sale (price), with the charter's acceptance and its evidence.
 */
export const handovers = pgTable(
  'handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'restrict' }),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    beneficiaryId: uuid('beneficiary_id')
      .notNull()
      .references(() => beneficiaries.id, { onDelete: 'restrict' }),
    shipmentUnitId: uuid('shipment_unit_id').references(() => shipmentUnits.id),
    requestLineId: uuid('request_line_id').references(() => requestLines.id),
    form: text('form', { enum: HANDOVER_FORMS }).notNull(),
    priceCents: cents('price_cents'),
    returnDueOn: date('return_due_on', { mode: 'string' }),
    handedOverOn: date('handed_over_on', { mode: 'string' }).notNull(),
    charterMethod: text('charter_method', { enum: CHARTER_METHODS }).notNull(),
    signatureId: uuid('signature_id').references(() => evidenceFiles.id),
    photoId: uuid('photo_id').references(() => evidenceFiles.id),
    charterCodeId: uuid('charter_code_id').references(() => charterCodes.id),
    charterAcceptedAt: timestamp('charter_accepted_at', { withTimezone: true }).notNull(),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnReason: text('return_reason', { enum: RETURN_REASONS }),
    returnComment: text('return_comment'),
    loanRemindedAt: timestamp('loan_reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('handovers_structure_idx').on(t.structureId, t.handedOverOn),
    index('handovers_beneficiary_idx').on(t.beneficiaryId),
    uniqueIndex('handovers_device_live_uq')
      .on(t.deviceId)
      .where(sql`${t.returnedAt} IS NULL`),
    check(
      'handovers_form_ck',
      sql`(${t.form} = 'gift' AND ${t.priceCents} IS NULL AND ${t.returnDueOn} IS NULL)
        OR (${t.form} = 'loan' AND ${t.priceCents} IS NULL AND ${t.returnDueOn} > ${t.handedOverOn})
        OR (${t.form} = 'sale' AND ${t.priceCents} >= 0 AND ${t.returnDueOn} IS NULL)`,
    ),
  ],
);

/** A device coming back from a structure (end of loan, broken, no longer needed). */
export const deviceReturns = pgTable(
  'device_returns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'restrict' }),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    handoverId: uuid('handover_id').references(() => handovers.id),
    reason: text('reason', { enum: RETURN_REASONS }).notNull(),
    comment: text('comment'),
    toLocationId: uuid('to_location_id')
      .notNull()
      .references(() => locations.id),
    stockEventId: bigint('stock_event_id', { mode: 'number' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('device_returns_structure_idx').on(t.structureId, t.createdAt)],
);

/** The short question asked some time after a handover, and its answer (impact figures). */
export const handoverFollowUps = pgTable(
  'handover_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    handoverId: uuid('handover_id')
      .notNull()
      .unique()
      .references(() => handovers.id, { onDelete: 'restrict' }),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    askedAt: timestamp('asked_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    usage: text('usage', { enum: FOLLOW_UP_USAGE }),
    enoughData: boolean('enough_data'),
    trainingWanted: boolean('training_wanted'),
    comment: text('comment'),
  },
  (t) => [index('handover_follow_ups_due_idx').on(t.dueOn, t.askedAt)],
);
