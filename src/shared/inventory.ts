/**
 * Enumerations and limits of the workshop and inventory (issue 5), shared by the server, the
 * CLI and the web app. Codes are English; the web app translates them.
 */

/** Kinds of device the bank handles. */
export const DEVICE_KINDS = [
  'laptop',
  'desktop',
  'tablet',
  'smartphone',
  'router_4g',
  'monitor',
  'other',
] as const;
export type TDeviceKind = (typeof DEVICE_KINDS)[number];

/** Kinds that hold personal data on a drive and must show erasure evidence before `ready`. */
export const DATA_BEARING_KINDS: readonly TDeviceKind[] = [
  'laptop',
  'desktop',
  'tablet',
  'smartphone',
];

/** Lifecycle states of a device (see src/domain/device/lifecycle.ts for the edges). */
export const DEVICE_STATES = [
  'expected',
  'received',
  'diagnosis',
  'repair',
  'erasure',
  'ready',
  'reserved',
  'shipped',
  'delivered',
  'handed_over',
  'returned',
  'parts',
  'recycled',
  'lost',
] as const;
export type TDeviceState = (typeof DEVICE_STATES)[number];

/** Where a device comes from; the supply issue adds the lot and purchase-line tables. */
export const ORIGIN_TYPES = ['donation_lot', 'purchase_line', 'other'] as const;
export type TOriginType = (typeof ORIGIN_TYPES)[number];

/** Storage technology of a device or a drive. */
export const DRIVE_TYPES = ['hdd', 'ssd', 'nvme', 'emmc', 'flash'] as const;
export type TDriveType = (typeof DRIVE_TYPES)[number];

/** Kinds of stock location. */
export const LOCATION_KINDS = [
  'warehouse',
  'workshop_bay',
  'welcome_point',
  'in_transit',
  'other',
] as const;
export type TLocationKind = (typeof LOCATION_KINDS)[number];

/** Categories of bulk items counted by quantity. */
export const ITEM_CATEGORIES = ['accessory', 'sim', 'cable', 'spare_part', 'consumable'] as const;
export type TItemCategory = (typeof ITEM_CATEGORIES)[number];

/** Appearance grades (A best, E worst); criteria texts in src/domain/device/grading.ts. */
export const APPEARANCE_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type TAppearanceGrade = (typeof APPEARANCE_GRADES)[number];
/** Function grades (A best, D not working). */
export const FUNCTION_GRADES = ['A', 'B', 'C', 'D'] as const;
export type TFunctionGrade = (typeof FUNCTION_GRADES)[number];

/** Workshop steps an operator records. */
export const WORKSHOP_STEPS = [
  'diagnosis',
  'repair',
  'erasure',
  'os_install',
  'final_check',
  'grading',
] as const;
export type TWorkshopStep = (typeof WORKSHOP_STEPS)[number];
/** Outcome of a workshop step. */
export const STEP_RESULTS = ['pass', 'fail', 'done'] as const;
export type TStepResult = (typeof STEP_RESULTS)[number];

/** Erasure methods (NIST SP 800-88 rev. 1 techniques and their common implementations). */
export const ERASURE_METHODS = [
  'overwrite',
  'ata_secure_erase',
  'ata_enhanced_secure_erase',
  'nvme_format',
  'nvme_sanitize',
  'crypto_erase',
  'physical_destruction',
] as const;
export type TErasureMethod = (typeof ERASURE_METHODS)[number];
/** Sanitisation levels of NIST SP 800-88 (plus "other" for a named national standard). */
export const ERASURE_STANDARDS = [
  'nist_800_88_clear',
  'nist_800_88_purge',
  'nist_800_88_destroy',
] as const;
export type TErasureStandard = (typeof ERASURE_STANDARDS)[number];
export const ERASURE_RESULTS = ['success', 'failure'] as const;
export type TErasureResult = (typeof ERASURE_RESULTS)[number];

/** Ledger event types; one row of `stock_events` each. */
export const STOCK_EVENT_TYPES = [
  'expect',
  'receive',
  'move',
  'transition',
  'grade',
  'adjust',
  'count_adjust',
  'reserve',
  'release',
  'ship',
  'deliver',
  'handover',
  'return',
  'consume_part',
  'harvest_part',
] as const;
export type TStockEventType = (typeof STOCK_EVENT_TYPES)[number];

/** Label sheet layouts (A4). */
export const LABEL_LAYOUTS = ['L7160', 'L7163', 'L7651'] as const;
export type TLabelLayout = (typeof LABEL_LAYOUTS)[number];

/** Limits enforced by schemas and services. */
export const INVENTORY_LIMITS = {
  devicesPerReception: 500,
  drivesPerDevice: 8,
  labelsPerSheetRequest: 500,
  csvRows: 2000,
  csvBytes: 1_000_000,
  maxRamMb: 4 * 1024 * 1024,
  maxStorageGb: 200_000,
  maxItemQuantity: 1_000_000,
} as const;
