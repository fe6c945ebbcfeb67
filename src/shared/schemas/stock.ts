import { z } from 'zod';
import {
  APPEARANCE_GRADES,
  DEVICE_KINDS,
  DEVICE_STATES,
  INVENTORY_LIMITS,
  ITEM_CATEGORIES,
  LOCATION_KINDS,
} from '../inventory';

const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'too_long' })
    .optional()
    .transform((v) => (v ? v : undefined));
const quantity = z
  .number()
  .int({ message: 'integer_required' })
  .min(1, { message: 'quantity_positive' })
  .max(INVENTORY_LIMITS.maxItemQuantity, { message: 'too_large' });

/** Creating or editing a stock location. */
export const ZLocationInput = z.object({
  organisationId: z.uuid({ message: 'required' }),
  name: z.string().trim().min(2, { message: 'too_short' }).max(120),
  kind: z.enum(LOCATION_KINDS, { message: 'kind_invalid' }),
  code: optText(20),
  shelfCodes: z.array(z.string().trim().min(1).max(40)).max(500).default([]),
  /** Département (e.g. "69") and optional coordinates: distances of the allocation engine. */
  departementCode: z
    .string()
    .trim()
    .regex(/^(\d{2}|2A|2B|97\d)$/, { message: 'departement_invalid' })
    .nullish(),
  lat: z
    .number()
    .min(-90, { message: 'latitude_invalid' })
    .max(90, { message: 'latitude_invalid' })
    .nullish(),
  lon: z
    .number()
    .min(-180, { message: 'longitude_invalid' })
    .max(180, { message: 'longitude_invalid' })
    .nullish(),
  isActive: z.boolean().default(true),
});
export type TLocationInput = z.input<typeof ZLocationInput>;

/** Creating or editing a catalogue item. */
export const ZItemInput = z.object({
  code: z
    .string()
    .trim()
    .min(2, { message: 'too_short' })
    .max(40)
    .regex(/^[A-Za-z0-9._-]+$/, { message: 'code_format' })
    .transform((v) => v.toUpperCase()),
  name: z.string().trim().min(2, { message: 'too_short' }).max(120),
  category: z.enum(ITEM_CATEGORIES, { message: 'category_invalid' }),
  unit: z.string().trim().min(1).max(20).default('unit'),
  isActive: z.boolean().default(true),
});
export type TItemInput = z.input<typeof ZItemInput>;

/** Bulk items arriving at a location. */
export const ZItemReceiveInput = z.object({
  locationId: z.uuid({ message: 'required' }),
  itemId: z.uuid({ message: 'required' }),
  quantity,
  reason: optText(500),
});

/** A correction of a bulk quantity (positive or negative), with its reason. */
export const ZItemAdjustInput = z.object({
  locationId: z.uuid({ message: 'required' }),
  itemId: z.uuid({ message: 'required' }),
  delta: z
    .number()
    .int({ message: 'integer_required' })
    .refine((v) => v !== 0, { message: 'must_not_be_zero' })
    .refine((v) => Math.abs(v) <= INVENTORY_LIMITS.maxItemQuantity, { message: 'too_large' }),
  reason: z.string().trim().min(3, { message: 'required' }).max(500),
});

/** Bulk items moving between two locations. */
export const ZItemMoveInput = z.object({
  fromLocationId: z.uuid({ message: 'required' }),
  toLocationId: z.uuid({ message: 'required' }),
  itemId: z.uuid({ message: 'required' }),
  quantity,
  reason: optText(500),
});

/** Moving a device to another location or shelf. */
export const ZDeviceMoveInput = z.object({
  toLocationId: z.uuid({ message: 'required' }),
  shelfCode: z.string().trim().max(40).nullable().optional(),
  reason: optText(500),
});

/** Stock query: current (projection) or as of a past date (computed from the ledger). */
export const ZStockQuery = z.object({
  asOf: z.coerce.date({ message: 'datetime_invalid' }).optional(),
  locationId: z.uuid().optional(),
  kind: z.enum(DEVICE_KINDS).optional(),
  state: z.enum(DEVICE_STATES).optional(),
  tier: z.coerce.number().int().min(1).optional(),
  grade: z.enum(APPEARANCE_GRADES).optional(),
  earmark: z.uuid().optional(),
});
export type TStockQuery = z.output<typeof ZStockQuery>;

/** A versioned spec tier (creating one, or editing which writes a new version). */
export const ZSpecTierInput = z.object({
  number: z.number().int().min(1, { message: 'must_be_positive' }).max(20),
  name: z.string().trim().min(2, { message: 'too_short' }).max(80),
  kind: z.enum(DEVICE_KINDS, { message: 'kind_invalid' }),
  minRamMb: z.number().int().min(0, { message: 'must_not_be_negative' }).nullable().default(null),
  minStorageGb: z
    .number()
    .int()
    .min(0, { message: 'must_not_be_negative' })
    .nullable()
    .default(null),
  storageType: z.enum(['ssd', 'any']).default('any'),
  minBatteryPct: z
    .number()
    .int()
    .min(0)
    .max(100, { message: 'too_large' })
    .nullable()
    .default(null),
  minScreenInches: z
    .number()
    .gt(0, { message: 'must_be_positive' })
    .max(100)
    .nullable()
    .default(null),
});
export type TSpecTierInput = z.input<typeof ZSpecTierInput>;

/** Starting a stock count at a location. */
export const ZStockCountStart = z.object({ locationId: z.uuid({ message: 'required' }) });

/** One scan in a count: a device code, or an item code with the quantity counted. */
export const ZStockCountScan = z.object({
  code: z.string().trim().min(1, { message: 'required' }).max(200),
  /** For items: the quantity counted (sets it; scanning again with the same number is a no-op). */
  quantity: z
    .number()
    .int()
    .min(0, { message: 'must_not_be_negative' })
    .max(INVENTORY_LIMITS.maxItemQuantity)
    .optional(),
});

/** Confirming a count: differences become adjustment events with this reason. */
export const ZStockCountConfirm = z.object({
  reason: z.string().trim().min(3, { message: 'required' }).max(500),
});
