import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { PURCHASE_STATUSES, RETURN_REASONS } from '../../shared/supply-enums';
import { organisations } from './organisations';
import { users } from './accounts';
import { locations, specTiers } from './inventory';
import { grants } from './supply-grants';

const cents = (name: string) => bigint(name, { mode: 'number' });

/** Orders of refurbished devices from suppliers, to the bank's spec tiers, paid by grants. */
export const purchaseOrders = pgTable(
  'purchase_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** "ACH-2026-000012". */
    number: text('number').notNull().unique(),
    supplierId: uuid('supplier_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    supplierReference: text('supplier_reference'),
    status: text('status', { enum: PURCHASE_STATUSES }).notNull(),
    expectedDeliveryOn: date('expected_delivery_on', { mode: 'string' }),
    notes: text('notes'),
    netCents: cents('net_cents').notNull(),
    vatCents: cents('vat_cents').notNull(),
    grossCents: cents('gross_cents').notNull(),
    /** Set at confirmation: the network the paying grants earmark the devices to. */
    earmarkNetworkId: uuid('earmark_network_id').references(() => organisations.id),
    /** Set at confirmation when every paying grant comes from one funder. */
    funderOrganisationId: uuid('funder_organisation_id').references(() => organisations.id),
    statusReason: text('status_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('purchase_orders_supplier_idx').on(t.supplierId, t.createdAt),
    index('purchase_orders_status_idx').on(t.status),
    check(
      'purchase_orders_totals_ck',
      sql`${t.netCents} >= 0 AND ${t.vatCents} >= 0 AND ${t.grossCents} = ${t.netCents} + ${t.vatCents}`,
    ),
  ],
);

/** An order line: kind, tier (the version ordered against), quantity, prices in cents. */
export const purchaseOrderLines = pgTable(
  'purchase_order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => purchaseOrders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: DEVICE_KINDS }).notNull(),
    specTierId: uuid('spec_tier_id')
      .notNull()
      .references(() => specTiers.id, { onDelete: 'restrict' }),
    specTierNumber: integer('spec_tier_number').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceCents: cents('unit_price_cents').notNull(),
    vatRateBp: integer('vat_rate_bp').notNull(),
    netCents: cents('net_cents').notNull(),
    vatCents: cents('vat_cents').notNull(),
    grossCents: cents('gross_cents').notNull(),
    description: text('description'),
  },
  (t) => [
    unique('purchase_order_lines_position_uq').on(t.orderId, t.position),
    check('purchase_order_lines_qty_ck', sql`${t.quantity} > 0`),
    check('purchase_order_lines_vat_ck', sql`${t.vatRateBp} BETWEEN 0 AND 10000`),
    check(
      'purchase_order_lines_totals_ck',
      sql`${t.netCents} = ${t.unitPriceCents} * ${t.quantity} AND ${t.grossCents} = ${t.netCents} + ${t.vatCents}`,
    ),
  ],
);

/** How an order's total (incl. VAT) is allocated to grants; sums exactly to the total. */
export const purchaseOrderGrants = pgTable(
  'purchase_order_grants',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => purchaseOrders.id, { onDelete: 'cascade' }),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id, { onDelete: 'restrict' }),
    amountCents: cents('amount_cents').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.grantId] }),
    index('purchase_order_grants_grant_idx').on(t.grantId),
    check('purchase_order_grants_amount_ck', sql`${t.amountCents} >= 0`),
  ],
);

/** A delivery received against an order: what was stocked, what went back, what it cost. */
export const purchaseReceptions = pgTable(
  'purchase_receptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => purchaseOrders.id, { onDelete: 'restrict' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id),
    deliveryNoteRef: text('delivery_note_ref'),
    unitsReceived: integer('units_received').notNull(),
    unitsReturned: integer('units_returned').notNull(),
    /** Value (incl. VAT) of the units stocked, charged to the order's grants. */
    amountCents: cents('amount_cents').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedBy: uuid('received_by'),
  },
  (t) => [index('purchase_receptions_order_idx').on(t.orderId, t.receivedAt)],
);

/** A delivered unit sent back to the supplier (not conforming, damaged…): recorded, never stocked. */
export const purchaseReturns = pgTable(
  'purchase_returns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receptionId: uuid('reception_id')
      .notNull()
      .references(() => purchaseReceptions.id, { onDelete: 'restrict' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => purchaseOrders.id, { onDelete: 'restrict' }),
    lineId: uuid('line_id')
      .notNull()
      .references(() => purchaseOrderLines.id, { onDelete: 'restrict' }),
    serial: text('serial'),
    specs: jsonb('specs').notNull(),
    reason: text('reason', { enum: RETURN_REASONS }).notNull(),
    note: text('note'),
    /** For `tier_not_met`: each unmet minimum (from the inventory's `shortfalls`). */
    shortfalls: jsonb('shortfalls'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('purchase_returns_order_idx').on(t.orderId)],
);
