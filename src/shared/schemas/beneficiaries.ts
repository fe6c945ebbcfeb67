import { z } from 'zod';
import {
  AGE_BANDS,
  LACKS,
  NEEDS_LIMITS,
  PARENTAL_CONSENT_BY,
  SCHOOL_LEVELS,
  SITUATIONS,
} from '../needs-enums';

/** A calendar date, YYYY-MM-DD. */
export const ZDate = z.iso.date({ message: 'date_invalid' });

/**
 * A pseudonymous beneficiary: a reference the structure chooses, never a name. Consent is
 * recorded with its date (the server stores who recorded it); under-15s also need a parent's.
 */
export const ZBeneficiaryInput = z.object({
  reference: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(40, { message: 'too_long' })
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u, { message: 'reference_format' }),
  ageBand: z.enum(AGE_BANDS, { message: 'age_band_unknown' }),
  situation: z.enum(SITUATIONS, { message: 'situation_unknown' }),
  schoolLevel: z.enum(SCHOOL_LEVELS, { message: 'school_level_unknown' }).nullable().default(null),
  departementCode: z.string().trim().min(2, { message: 'required' }).max(3),
  householdSize: z
    .number()
    .int()
    .min(1, { message: 'household_size_invalid' })
    .max(NEEDS_LIMITS.maxHouseholdSize, { message: 'household_size_invalid' }),
  lacks: z
    .array(z.enum(LACKS, { message: 'lack_unknown' }))
    .min(1, { message: 'lacks_required' })
    .max(LACKS.length)
    .transform((v) => [...new Set(v)]),
  consentAt: ZDate,
  parentalConsentAt: ZDate.nullable().default(null),
  parentalConsentBy: z
    .enum(PARENTAL_CONSENT_BY, { message: 'parental_consent_by_unknown' })
    .nullable()
    .default(null),
  notes: z
    .string()
    .trim()
    .max(NEEDS_LIMITS.maxNotesLength, { message: 'too_long' })
    .nullable()
    .default(null),
});
export type TBeneficiaryInput = z.input<typeof ZBeneficiaryInput>;
export type TBeneficiaryParsed = z.output<typeof ZBeneficiaryInput>;

/** Bulk entry: several beneficiaries at once, all or nothing. */
export const ZBeneficiaryBatch = z.object({
  /** The structure; referents may omit it (their own structure). */
  structureId: z.uuid().optional(),
  items: z
    .array(ZBeneficiaryInput)
    .min(1, { message: 'required' })
    .max(NEEDS_LIMITS.maxBeneficiariesPerBatch, { message: 'too_many' }),
});
export type TBeneficiaryBatch = z.output<typeof ZBeneficiaryBatch>;

/** Filters of the beneficiary list. */
export const ZBeneficiaryQuery = z.object({
  structureId: z.uuid().optional(),
  search: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TBeneficiaryQuery = z.infer<typeof ZBeneficiaryQuery>;
