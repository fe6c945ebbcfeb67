/**
 * Enumerations and limits of the needs area (structures joining, beneficiaries, requests,
 * campaigns), shared by the server and the web app. Codes are English; labels live in i18n.
 */

/** Kinds of equipment a structure may ask for in a request line. */
export const NEED_KINDS = [
  'laptop',
  'desktop',
  'tablet',
  'smartphone',
  'router_4g',
  'sim_recharge',
] as const;
export type TNeedKind = (typeof NEED_KINDS)[number];

/** Kinds for which a minimum spec tier makes sense (devices, not connectivity). */
export const TIERED_KINDS: readonly TNeedKind[] = ['laptop', 'desktop', 'tablet', 'smartphone'];

/** Age bands of a beneficiary (no birth date is collected). */
export const AGE_BANDS = ['under_11', '11_14', '15_17', '18_25', '26_64', '65_plus'] as const;
export type TAgeBand = (typeof AGE_BANDS)[number];

/** Age bands under 15: a parent's consent is required as well (French digital majority). */
export const UNDER_15_BANDS: readonly TAgeBand[] = ['under_11', '11_14'];
/** Age bands of minors (under 18). */
export const MINOR_BANDS: readonly TAgeBand[] = ['under_11', '11_14', '15_17'];

/** Situation of a beneficiary. */
export const SITUATIONS = [
  'pupil',
  'collegien',
  'lyceen',
  'student',
  'apprentice',
  'job_seeker',
  'family',
  'other',
] as const;
export type TSituation = (typeof SITUATIONS)[number];

/** Situations where a school level is relevant. */
export const SCHOOLED_SITUATIONS: readonly TSituation[] = [
  'pupil',
  'collegien',
  'lyceen',
  'student',
  'apprentice',
];

/** School levels (French system). */
export const SCHOOL_LEVELS = [
  'primary',
  'college_6e',
  'college_5e',
  'college_4e',
  'college_3e',
  'lycee_2nde',
  'lycee_1re',
  'lycee_terminale',
  'cap',
  'bts',
  'university',
  'other',
] as const;
export type TSchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** Years ending with a national exam (brevet, épreuves anticipées, bac, CAP, BTS). */
export const EXAM_YEAR_LEVELS: readonly TSchoolLevel[] = [
  'college_3e',
  'lycee_1re',
  'lycee_terminale',
  'cap',
  'bts',
];

/** What a beneficiary lacks. */
export const LACKS = ['computer', 'tablet', 'phone', 'connection'] as const;
export type TLack = (typeof LACKS)[number];

/** Who gave the parental consent of an under-15 (a role, never a name). */
export const PARENTAL_CONSENT_BY = ['parent', 'legal_guardian', 'child_welfare_service'] as const;
export type TParentalConsentBy = (typeof PARENTAL_CONSENT_BY)[number];

/** Urgency of a request. */
export const URGENCY_LEVELS = ['normal', 'high', 'critical'] as const;
export type TUrgency = (typeof URGENCY_LEVELS)[number];

/** Why a request is urgent. */
export const URGENCY_REASONS = [
  'exam',
  'risk_of_dropping_out',
  'administrative_deadline',
  'other',
] as const;
export type TUrgencyReason = (typeof URGENCY_REASONS)[number];

/** States of a request (transitions in src/domain/needs/request-lifecycle.ts). */
export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'needs_information',
  'approved',
  'rejected',
  'partly_fulfilled',
  'fulfilled',
  'closed',
  'withdrawn',
] as const;
export type TRequestStatus = (typeof REQUEST_STATUSES)[number];

/** Who a request is waiting for. */
export type TWaitingFor = 'structure' | 'bank' | null;

/** States of a structure's application to join. */
export const APPLICATION_STATUSES = [
  'submitted',
  'needs_information',
  'approved',
  'rejected',
] as const;
export type TApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** States of a campaign. */
export const CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export type TCampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** What a CSV import creates. */
export const IMPORT_KINDS = ['structures', 'beneficiaries'] as const;
export type TImportKind = (typeof IMPORT_KINDS)[number];

/** Progress of an import job: validating rows, then writing them all in one transaction. */
export const IMPORT_STATUSES = ['queued', 'validating', 'writing', 'done', 'failed'] as const;
export type TImportStatus = (typeof IMPORT_STATUSES)[number];

/** Limits checked by the forms, the API and the imports (the UI shows them). */
export const NEEDS_LIMITS = {
  /** Largest quantity of one request line. */
  maxLineQuantity: 500,
  maxLinesPerRequest: 20,
  maxBeneficiariesPerLine: 500,
  /** Rows of one bulk beneficiary entry through the API (CSV imports go further). */
  maxBeneficiariesPerBatch: 500,
  maxHouseholdSize: 30,
  maxNotesLength: 1000,
  minTier: 1,
  maxTier: 3,
  maxExpectedBeneficiaries: 100_000,
  maxContacts: 5,
  /** Rows of one CSV import. */
  maxImportRows: 50_000,
  /** Size of a CSV sent to the import routes (their body limit). */
  maxImportBytes: 20 * 1024 * 1024,
  /** Lowest and highest weight of a request line. */
  minWeight: 1,
  /** 1000, the engine's maximum, is kept for pinned lines (ADR 0007): they always go first. */
  maxWeight: 999,
} as const;
