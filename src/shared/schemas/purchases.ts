import { z } from 'zod';
import { DEVICE_KINDS } from '../inventory';
import { PURCHASE_STATUSES, RETURN_REASONS, SUPPLY_LIMITS } from '../supply-enums';
import { ZDeviceFields, ZDriveInput } from './devices';
import { optText, ZCents, ZDate, ZPage } from './supply-common';

/** One order line: a kind, the bank's spec tier, a quantity and a price excl. VAT. */
export const ZPurchaseLineInput = z.object({
  kind: z.enum(DEVICE_KINDS, { message: 'kind_invalid' }),
  specTierId: z.uuid({ message: 'required' }),
  quantity: z
    .number({ message: 'required' })
    .int({ message: 'integer_required' })
    .min(1, { message: 'count_must_be_positive' })
    .max(SUPPLY_LIMITS.unitsPerOrderLine, { message: 'too_large' }),
  unitPriceCents: z
    .number({ message: 'required' })
    .int({ message: 'integer_required' })
    .min(0, { message: 'must_not_be_negative' })
    .max(SUPPLY_LIMITS.maxUnitPriceCents, { message: 'too_large' }),
  /** Basis points: 2000 = 20 %. */
  vatRateBp: z
    .number()
    .int({ message: 'integer_required' })
    .min(0, { message: 'must_not_be_negative' })
    .max(10_000, { message: 'too_large' })
    .default(2000),
  description: optText(200),
});

/** The part of the order total a grant pays, in cents. */
export const ZGrantAllocationInput = z.object({ grantId: z.uuid(), amountCents: ZCents });

/** Creating or editing a draft order. */
export const ZPurchaseOrderInput = z.object({
  supplierId: z.uuid({ message: 'supplier_required' }),
  supplierReference: optText(80),
  expectedDeliveryOn: ZDate.optional(),
  lines: z
    .array(ZPurchaseLineInput)
    .min(1, { message: 'required' })
    .max(SUPPLY_LIMITS.linesPerOrder, { message: 'too_many' }),
  /** Allocation of the total (incl. VAT) to grants; must sum exactly to it to confirm. */
  grants: z.array(ZGrantAllocationInput).max(SUPPLY_LIMITS.grantsPerOrder).default([]),
  notes: optText(2000),
});
export type TPurchaseOrderInput = z.input<typeof ZPurchaseOrderInput>;
export type TPurchaseOrderParsed = z.output<typeof ZPurchaseOrderInput>;

/** One unit delivered: its identity and specs, or a decision to send it back. */
export const ZReceivedUnit = ZDeviceFields.extend({
  lineId: z.uuid({ message: 'required' }),
  assetTag: optText(20),
  shelfCode: optText(40),
  drives: z.array(ZDriveInput).max(8).default([]),
  /** Set to return the unit without stocking it (damaged, wrong item…). */
  rejectReason: z.enum(RETURN_REASONS).optional(),
  rejectNote: optText(500),
});
export type TReceivedUnit = z.input<typeof ZReceivedUnit>;

/** A delivery received against an order (partial deliveries are separate receptions). */
export const ZPurchaseReceptionInput = z.object({
  locationId: z.uuid({ message: 'required' }),
  deliveryNoteRef: optText(80),
  units: z
    .array(ZReceivedUnit)
    .min(1, { message: 'required' })
    .max(SUPPLY_LIMITS.devicesPerReception, { message: 'too_many' }),
});
export type TPurchaseReceptionInput = z.input<typeof ZPurchaseReceptionInput>;
export type TPurchaseReceptionParsed = z.output<typeof ZPurchaseReceptionInput>;

/** Closing (optionally short) or cancelling an order. */
export const ZCloseOrder = z.object({ reason: optText(1000) });
export const ZCancelOrder = z.object({
  reason: z.string().trim().min(1, { message: 'required' }).max(1000),
});

/** Filters of the order list. */
export const ZPurchaseQuery = z.object({
  status: z.enum(PURCHASE_STATUSES).optional(),
  supplierId: z.uuid().optional(),
  grantId: z.uuid().optional(),
  ...ZPage,
});
export type TPurchaseQuery = z.output<typeof ZPurchaseQuery>;
