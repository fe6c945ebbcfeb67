import { z } from 'zod';
import {
  NEED_KINDS,
  NEEDS_LIMITS,
  REQUEST_STATUSES,
  URGENCY_LEVELS,
  URGENCY_REASONS,
} from '../needs-enums';
import { ZDate } from './beneficiaries';

/** One line of a request: a kind of equipment, how many, the minimum tier, who it is for. */
export const ZRequestLineInput = z.object({
  kind: z.enum(NEED_KINDS, { message: 'kind_unknown' }),
  quantity: z
    .number({ message: 'quantity_invalid' })
    .int({ message: 'quantity_invalid' })
    .min(1, { message: 'quantity_too_small' })
    .max(NEEDS_LIMITS.maxLineQuantity, { message: 'quantity_too_large' }),
  /** Minimum spec tier (1, 2 or 3) for devices; null = any. */
  minTier: z
    .number()
    .int()
    .min(NEEDS_LIMITS.minTier, { message: 'tier_invalid' })
    .max(NEEDS_LIMITS.maxTier, { message: 'tier_invalid' })
    .nullable()
    .default(null),
  /** Beneficiaries of the same structure this line equips (one unit each). */
  beneficiaryIds: z.array(z.uuid()).max(NEEDS_LIMITS.maxBeneficiariesPerLine).default([]),
});
export type TRequestLineInput = z.input<typeof ZRequestLineInput>;

/** A request (draft) as written by a structure. */
export const ZRequestInput = z.object({
  /** The structure; referents may omit it (their own structure). */
  structureId: z.uuid().optional(),
  campaignId: z.uuid(),
  /** Network the request is made under (counts against its quota); defaults to the only one. */
  networkId: z.uuid().nullable().optional(),
  urgency: z.enum(URGENCY_LEVELS).default('normal'),
  urgencyReason: z.enum(URGENCY_REASONS).nullable().default(null),
  urgencyText: z.string().trim().max(500).nullable().default(null),
  /** One of the structure's addresses. */
  deliveryAddressId: z.uuid({ message: 'required' }),
  preferredFrom: ZDate,
  preferredTo: ZDate,
  comment: z.string().trim().max(2000).nullable().default(null),
  lines: z
    .array(ZRequestLineInput)
    .min(1, { message: 'lines_required' })
    .max(NEEDS_LIMITS.maxLinesPerRequest, { message: 'too_many' }),
});
export type TRequestInput = z.input<typeof ZRequestInput>;
export type TRequestParsed = z.output<typeof ZRequestInput>;

/** Filters of a structure's request list. */
export const ZRequestQuery = z.object({
  structureId: z.uuid().optional(),
  campaignId: z.uuid().optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TRequestQuery = z.infer<typeof ZRequestQuery>;

/** An override of a blocking check, with its reason (stored and audited). */
export const ZOverride = z.object({
  reason: z.string().trim().min(5, { message: 'too_short' }).max(1000),
});

/** Approving a request, line by line (fewer than asked needs a reason). */
export const ZRequestApproval = z.object({
  lines: z
    .array(
      z.object({
        lineId: z.uuid(),
        approvedQuantity: z
          .number()
          .int()
          .min(0, { message: 'quantity_invalid' })
          .max(NEEDS_LIMITS.maxLineQuantity, { message: 'quantity_too_large' }),
        reason: z.string().trim().max(1000).nullable().default(null),
      }),
    )
    .min(1, { message: 'required' }),
  /** Overrides the quota and per-beneficiary checks. */
  quotaOverride: ZOverride.nullable().default(null),
  /** Allows beneficiaries already equipped with a kind in the campaign (lost/stolen device). */
  duplicateOverride: ZOverride.nullable().default(null),
  message: z.string().trim().max(2000).nullable().default(null),
});
export type TRequestApproval = z.output<typeof ZRequestApproval>;

/** A reason, mandatory (reject, ask for information). */
export const ZReasonInput = z.object({
  reason: z.string().trim().min(5, { message: 'too_short' }).max(2000),
});

/** An optional note (withdraw, close, start review). */
export const ZNoteInput = z.object({
  note: z.string().trim().max(2000).nullable().default(null),
});

/** A coordinator's override of a line's weight (null removes it). */
export const ZWeightOverride = z.object({
  weight: z
    .number()
    .int()
    .min(NEEDS_LIMITS.minWeight, { message: 'weight_invalid' })
    .max(NEEDS_LIMITS.maxWeight, { message: 'weight_invalid' })
    .nullable(),
  reason: z.string().trim().min(5, { message: 'too_short' }).max(500),
});

/** Sort keys of the review desk. */
export const REVIEW_SORTS = [
  'waiting',
  'urgency',
  'submitted_at',
  'departement',
  'structure',
] as const;

/** Filters of the coordinators' review desk. */
export const ZReviewQuery = z.object({
  campaignId: z.uuid().optional(),
  networkId: z.uuid().optional(),
  structureId: z.uuid().optional(),
  departementCode: z.string().trim().max(3).optional(),
  urgency: z.enum(URGENCY_LEVELS).optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
  /** Only requests waiting at least this many days since submission. */
  minWaitingDays: z.coerce.number().int().min(0).max(3650).optional(),
  sort: z.enum(REVIEW_SORTS).default('waiting'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TReviewQuery = z.infer<typeof ZReviewQuery>;

/** Bulk approval: every line at the asked quantity, each request checked on its own. */
export const ZBulkApproval = z.object({
  requestIds: z.array(z.uuid()).min(1, { message: 'required' }).max(200, { message: 'too_many' }),
});
