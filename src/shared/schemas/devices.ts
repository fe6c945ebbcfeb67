import { z } from 'zod';
import {
  DEVICE_KINDS,
  DEVICE_STATES,
  DRIVE_TYPES,
  INVENTORY_LIMITS,
  LABEL_LAYOUTS,
  ORIGIN_TYPES,
} from '../inventory';

/** Optional text: trimmed, empty means "not given". */
const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'too_long' })
    .optional()
    .transform((v) => (v ? v : undefined));

const ram = z
  .number()
  .int({ message: 'integer_required' })
  .min(0, { message: 'must_not_be_negative' })
  .max(INVENTORY_LIMITS.maxRamMb, { message: 'too_large' });
const storage = z
  .number()
  .int({ message: 'integer_required' })
  .min(0, { message: 'must_not_be_negative' })
  .max(INVENTORY_LIMITS.maxStorageGb, { message: 'too_large' });
const screen = z.number().gt(0, { message: 'must_be_positive' }).max(100, { message: 'too_large' });
const battery = z
  .number()
  .int({ message: 'integer_required' })
  .min(0, { message: 'must_not_be_negative' })
  .max(100, { message: 'too_large' });

/** A drive as typed (or probed): its own serial, type and size. */
export const ZDriveInput = z.object({
  serial: optText(80),
  name: optText(40),
  type: z.enum(DRIVE_TYPES, { message: 'drive_type_invalid' }),
  sizeGb: storage.optional(),
  model: optText(120),
});
export type TDriveInput = z.input<typeof ZDriveInput>;

/** Specs and identity of a device, as typed at reception or in the workshop. */
export const ZDeviceFields = z.object({
  serial: optText(80),
  donorAssetTag: optText(80),
  brand: optText(80),
  model: optText(120),
  cpu: optText(160),
  ramMb: ram.optional(),
  storageType: z.enum(DRIVE_TYPES).optional(),
  storageGb: storage.optional(),
  screenInches: screen.optional(),
  batteryHealthPct: battery.optional(),
  osName: optText(120),
  osLicenceRef: optText(120),
  accessories: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  notes: optText(2000),
});

/** One device received: a new one, or an expected one (by id) now physically here. */
export const ZReceiveDeviceLine = ZDeviceFields.extend({
  expectedDeviceId: z.uuid().optional(),
  kind: z.enum(DEVICE_KINDS, { message: 'kind_invalid' }).optional(),
  /** A pre-printed label's tag; generated when absent. */
  assetTag: optText(20),
  shelfCode: optText(40),
  drives: z.array(ZDriveInput).max(INVENTORY_LIMITS.drivesPerDevice).default([]),
});
export type TReceiveDeviceLine = z.input<typeof ZReceiveDeviceLine>;

/** Receiving devices at a location (one scan, a lot, or a CSV import). */
export const ZReceiveDevicesInput = z.object({
  locationId: z.uuid({ message: 'required' }),
  originType: z.enum(ORIGIN_TYPES).default('other'),
  originId: z.uuid().nullable().optional(),
  donorOrganisationId: z.uuid().nullable().optional(),
  funderOrganisationId: z.uuid().nullable().optional(),
  /** Network the paying grant is earmarked to (null: none). */
  earmark: z.uuid().nullable().optional(),
  devices: z
    .array(ZReceiveDeviceLine)
    .min(1, { message: 'required' })
    .max(INVENTORY_LIMITS.devicesPerReception, { message: 'too_many' }),
});
export type TReceiveDevicesInput = z.input<typeof ZReceiveDevicesInput>;
export type TReceiveDevicesParsed = z.output<typeof ZReceiveDevicesInput>;

const nullable = <T extends z.ZodTypeAny>(t: T) => t.nullable().optional();

/** Editing a device's specs: absent fields are left alone, null clears a field. */
export const ZDeviceUpdate = z.object({
  serial: nullable(z.string().trim().max(80)),
  donorAssetTag: nullable(z.string().trim().max(80)),
  kind: z.enum(DEVICE_KINDS).optional(),
  brand: nullable(z.string().trim().max(80)),
  model: nullable(z.string().trim().max(120)),
  cpu: nullable(z.string().trim().max(160)),
  ramMb: nullable(ram),
  storageType: nullable(z.enum(DRIVE_TYPES)),
  storageGb: nullable(storage),
  screenInches: nullable(screen),
  batteryHealthPct: nullable(battery),
  osName: nullable(z.string().trim().max(120)),
  osLicenceRef: nullable(z.string().trim().max(120)),
  accessories: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  notes: nullable(z.string().trim().max(2000)),
  shelfCode: nullable(z.string().trim().max(40)),
  earmark: z.uuid().nullable().optional(),
  reason: optText(500),
});
export type TDeviceUpdate = z.output<typeof ZDeviceUpdate>;

/** Filters of the device list. */
export const ZDeviceQuery = z.object({
  search: z.string().trim().max(100).optional(),
  state: z
    .union([z.enum(DEVICE_STATES), z.array(z.enum(DEVICE_STATES))])
    .optional()
    .transform((v) => (v === undefined ? undefined : [v].flat())),
  kind: z.enum(DEVICE_KINDS).optional(),
  locationId: z.uuid().optional(),
  originType: z.enum(ORIGIN_TYPES).optional(),
  originId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TDeviceQuery = z.output<typeof ZDeviceQuery>;

/** A label sheet request. */
export const ZLabelsInput = z.object({
  deviceIds: z
    .array(z.uuid())
    .min(1, { message: 'required' })
    .max(INVENTORY_LIMITS.labelsPerSheetRequest, { message: 'too_many' }),
  layout: z.enum(LABEL_LAYOUTS).default('L7160'),
  /** Labels already used on the first sheet (to reuse a partly used sheet). */
  skip: z.number().int().min(0).max(64).default(0),
});
export type TLabelsInput = z.input<typeof ZLabelsInput>;

/** A CSV import: preview (dryRun) or commit, all rows or none. */
export const ZDeviceCsvImport = z.object({
  csv: z
    .string()
    .min(1, { message: 'required' })
    .max(INVENTORY_LIMITS.csvBytes, { message: 'too_large' }),
  mode: z.enum(['receive', 'update']).default('receive'),
  dryRun: z.boolean().default(true),
  locationId: z.uuid().optional(),
  originType: z.enum(ORIGIN_TYPES).default('other'),
  originId: z.uuid().nullable().optional(),
  donorOrganisationId: z.uuid().nullable().optional(),
  funderOrganisationId: z.uuid().nullable().optional(),
  earmark: z.uuid().nullable().optional(),
});
export type TDeviceCsvImport = z.output<typeof ZDeviceCsvImport>;
