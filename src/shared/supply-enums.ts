/**
 * Enumerations and limits of the supply area (issue 4: donation lots, purchases, grants, tax
 * receipts), shared by the server and the web app. Codes are English; labels live in i18n.
 */

/** Statuses of a donation lot (edges in src/domain/supply/donation-lifecycle.ts). */
export const DONATION_STATUSES = [
  'declared',
  'accepted',
  'declined',
  'pickup_scheduled',
  'collected',
  'received',
  'processed',
  'closed',
  'cancelled',
] as const;
export type TDonationStatus = (typeof DONATION_STATUSES)[number];

/** Condition of the devices of a lot line, as the donor declares it. */
export const DEVICE_CONDITIONS = ['working', 'partly_working', 'not_working', 'unknown'] as const;
export type TDeviceCondition = (typeof DEVICE_CONDITIONS)[number];

/** Whether the drives are still inside the devices of a line. */
export const DRIVES_PRESENCE = ['inside', 'removed', 'none', 'unknown'] as const;
export type TDrivesPresence = (typeof DRIVES_PRESENCE)[number];

/** Statuses of a purchase order (edges in src/domain/supply/purchase-lifecycle.ts). */
export const PURCHASE_STATUSES = [
  'draft',
  'confirmed',
  'partly_received',
  'received',
  'closed',
  'cancelled',
] as const;
export type TPurchaseStatus = (typeof PURCHASE_STATUSES)[number];

/** Why a purchased unit was returned to the supplier instead of being stocked. */
export const RETURN_REASONS = [
  'tier_not_met',
  'over_quantity',
  'damaged',
  'wrong_item',
  'other',
] as const;
export type TReturnReason = (typeof RETURN_REASONS)[number];

/** What a grant charge paid for. */
export const CHARGE_CATEGORIES = ['purchase', 'logistics', 'connectivity', 'other'] as const;
export type TChargeCategory = (typeof CHARGE_CATEGORIES)[number];

/** Statuses of a tax receipt: issued receipts are never edited, only cancelled. */
export const RECEIPT_STATUSES = ['issued', 'cancelled'] as const;
export type TReceiptStatus = (typeof RECEIPT_STATUSES)[number];

/** "Forme du don" of CERFA n°16216. */
export const GIFT_FORMS = [
  'declaration_don_manuel',
  'acte_sous_seing_prive',
  'acte_authentique',
  'autre',
] as const;
export type TGiftForm = (typeof GIFT_FORMS)[number];

/** Legal qualifications of the beneficiary organisation (CERFA n°16216, "qualité"). */
export const BENEFICIARY_QUALIFICATIONS = [
  'interet_general',
  'utilite_publique',
  'fondation_utilite_publique',
  'fondation_entreprise',
  'autre',
] as const;
export type TBeneficiaryQualification = (typeof BENEFICIARY_QUALIFICATIONS)[number];

/** Limits enforced by schemas and services. */
export const SUPPLY_LIMITS = {
  linesPerLot: 100,
  devicesPerLine: 20_000,
  devicesPerLot: 50_000,
  assetTagsPerLine: 2000,
  /** Devices recorded per reception call (the inventory's own limit). */
  devicesPerReception: 500,
  linesPerOrder: 100,
  unitsPerOrderLine: 100_000,
  grantsPerOrder: 20,
  /** 10 million euros: far above a real order line, far below integer limits. */
  maxUnitPriceCents: 1_000_000_000,
  maxAmountCents: 100_000_000_000,
  maxAgeYears: 50,
} as const;

/**
 * Error codes of the supply area the web app must translate: top-level codes (AppError) and
 * field codes (validation.failed details; generic ones like `required` or `too_long` are the
 * app's own). Listed here so the UI phase covers all of them.
 */
export const SUPPLY_ERROR_CODES = [
  'grant_exceeded',
  'receipt_siren_missing',
  'receipt_issuer_incomplete',
  'donation.invalid_state',
  'purchase.invalid_state',
  'receipt.invalid_state',
  'donation.not_processed',
] as const;
/** Field codes of the supply area (see above). */
export const SUPPLY_FIELD_CODES = [
  'allocation_sum_mismatch',
  'campaign_unknown',
  'carrier_or_workshop_required',
  'condition_not_accepted',
  'count_must_be_positive',
  'date_before_start',
  'date_format',
  'date_in_future',
  'date_in_past',
  'date_invalid',
  'departement_format',
  'departement_unknown',
  'device_too_old',
  'discrepancy_line_unknown',
  'discrepancy_reason_required',
  'donor_inactive',
  'donor_required',
  'donor_unknown',
  'funder_unknown',
  'grant_duplicate',
  'grant_earmark_conflict',
  'grant_period',
  'grant_restriction_kind',
  'grant_unknown',
  'kind_invalid',
  'kind_mismatch',
  'kind_not_accepted',
  'line_unknown',
  'lot_empty',
  'lot_too_large',
  'lot_too_small',
  'must_be_positive',
  'must_not_be_zero',
  'network_unknown',
  'nothing_received',
  'period_invalid',
  'pledged_below_used',
  'region_format',
  'siren_invalid',
  'siren_or_rna_format',
  'supplier_required',
  'supplier_unknown',
  'tier_kind_mismatch',
  'tier_unknown',
  'too_many_asset_tags',
  'workshop_unknown',
  'postal_code_unknown',
  'commune_ambiguous',
  'commune_mismatch',
] as const;
