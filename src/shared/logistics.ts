/**
 * Enumerations and limits of logistics and handover (issue 7), shared by the server and the
 * web app. Codes are English; the web app translates them.
 */

/** States of a shipment: planned → packed → shipped → delivered → received; or cancelled. */
export const SHIPMENT_STATUSES = [
  'planned',
  'packed',
  'shipped',
  'delivered',
  'received',
  'cancelled',
] as const;
export type TShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** Statuses in which a shipment may still be re-arranged (merge, split, postpone, pack). */
export const OPEN_SHIPMENT_STATUSES: readonly TShipmentStatus[] = ['planned', 'packed'];

/** Parcels nest: a pallet holds boxes. */
export const PARCEL_KINDS = ['pallet', 'box'] as const;
export type TParcelKind = (typeof PARCEL_KINDS)[number];

/** What the structure says of each unit at reception. */
export const RECEPTION_RESULTS = ['received', 'missing', 'damaged'] as const;
export type TReceptionResult = (typeof RECEPTION_RESULTS)[number];

/** Differences between what was shipped and what arrived. */
export const DISCREPANCY_KINDS = ['missing', 'damaged', 'extra'] as const;
export type TDiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/**
 * How the coordinator settles a discrepancy: send a replacement, write the unit off as lost,
 * have it returned to the workshop, or accept it as it is (a slightly damaged unit kept).
 */
export const DISCREPANCY_RESOLUTIONS = ['resend', 'lost', 'return', 'accept'] as const;
export type TDiscrepancyResolution = (typeof DISCREPANCY_RESOLUTIONS)[number];

/** Carrier tracking statuses a webhook or CSV may report. */
export const TRACKING_STATUSES = [
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
] as const;
export type TTrackingStatus = (typeof TRACKING_STATUSES)[number];

/** Forms of handover to a beneficiary. */
export const HANDOVER_FORMS = ['gift', 'loan', 'sale'] as const;
export type THandoverForm = (typeof HANDOVER_FORMS)[number];

/** How the beneficiary accepted the engagement charter. */
export const CHARTER_METHODS = ['signature', 'photo', 'code'] as const;
export type TCharterMethod = (typeof CHARTER_METHODS)[number];

/** Why a device comes back from a structure. */
export const RETURN_REASONS = ['loan_end', 'broken', 'no_longer_needed'] as const;
export type TReturnReason = (typeof RETURN_REASONS)[number];

/** Evidence files kept with logistics records. */
export const EVIDENCE_KINDS = ['signature', 'photo'] as const;
export type TEvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Answers to the follow-up question asked some time after a handover. */
export const FOLLOW_UP_USAGE = ['daily', 'weekly', 'rarely', 'not_used', 'broken', 'lost'] as const;
export type TFollowUpUsage = (typeof FOLLOW_UP_USAGE)[number];

export const LOGISTICS_LIMITS = {
  /** Largest evidence image accepted (decoded bytes). */
  maxEvidenceBytes: 1_000_000,
  /** Tracking numbers on one shipment. */
  maxTrackingNumbers: 20,
  /** Validity of a one-time charter code. */
  charterCodeTtlHours: 24,
  /** Digits of a one-time charter code. */
  charterCodeDigits: 6,
  /** Wrong attempts after which a charter code is unusable. */
  charterCodeAttempts: 5,
  /** Default delay before the follow-up question, in days. */
  followUpDelayDays: 90,
  /** Delivered shipments not confirmed after this many days get a reminder. */
  receptionReminderDays: 5,
  /** Loans due within this many days are reminded. */
  loanReminderDays: 7,
} as const;
