import { z } from 'zod';
import { SUPPLY_LIMITS } from '../supply-enums';

/** Small building blocks shared by the supply schemas (donations, purchases, grants, receipts). */

/** Optional text: trimmed, empty means "not given". */
export const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'too_long' })
    .optional()
    .transform((v) => (v ? v : undefined));

/** Required text, trimmed. */
export const reqText = (max: number) =>
  z
    .string({ message: 'required' })
    .trim()
    .min(1, { message: 'required' })
    .max(max, { message: 'too_long' });

/** A calendar date "YYYY-MM-DD" that exists. */
export const ZDate = z
  .string({ message: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'date_invalid' },
  );

/** An amount in whole cents, never negative. */
export const ZCents = z
  .number({ message: 'required' })
  .int({ message: 'integer_required' })
  .min(0, { message: 'must_not_be_negative' })
  .max(SUPPLY_LIMITS.maxAmountCents, { message: 'too_large' });

/** Paging of list endpoints. */
export const ZPage = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
