import { z } from 'zod';
import { DEVICE_KINDS } from '../inventory';
import { CHARGE_CATEGORIES, SUPPLY_LIMITS } from '../supply-enums';
import { optText, reqText, ZCents, ZDate, ZPage } from './supply-common';

/** What a funder restricts its money to (all optional). */
export const ZGrantRestrictions = z.object({
  networkId: z.uuid().nullable().optional(),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}$/, { message: 'region_format' })
    .nullable()
    .optional(),
  departementCode: z
    .string()
    .trim()
    .regex(/^(\d{2,3}|2[AB])$/, { message: 'departement_format' })
    .nullable()
    .optional(),
  deviceKind: z.enum(DEVICE_KINDS).nullable().optional(),
  campaignId: z.uuid().nullable().optional(),
});

/** Creating or editing a grant. */
export const ZGrantInput = z.object({
  funderId: z.uuid({ message: 'required' }),
  name: reqText(160),
  reference: optText(80),
  pledgedCents: ZCents,
  startsOn: ZDate,
  endsOn: ZDate,
  restrictions: ZGrantRestrictions.default({}),
  notes: optText(2000),
});
export type TGrantInput = z.input<typeof ZGrantInput>;
export type TGrantParsed = z.output<typeof ZGrantInput>;

/** Money actually received from the funder. */
export const ZInstalmentInput = z.object({
  amountCents: ZCents.min(1, { message: 'must_be_positive' }),
  receivedOn: ZDate,
  reference: optText(80),
});
export type TInstalmentInput = z.input<typeof ZInstalmentInput>;

/**
 * Spending charged to a grant (logistics, connectivity… purchases are charged by receptions).
 * A negative amount is a correction (credit note); zero is refused.
 */
export const ZChargeInput = z.object({
  amountCents: z
    .number({ message: 'required' })
    .int({ message: 'integer_required' })
    .min(-SUPPLY_LIMITS.maxAmountCents, { message: 'too_large' })
    .max(SUPPLY_LIMITS.maxAmountCents, { message: 'too_large' })
    .refine((v) => v !== 0, { message: 'must_not_be_zero' }),
  category: z.enum(CHARGE_CATEGORIES),
  linkedType: optText(60),
  linkedId: optText(80),
  chargedOn: ZDate,
  description: reqText(500),
});
export type TChargeInput = z.input<typeof ZChargeInput>;

/** Filters of the grant list. */
export const ZGrantQuery = z.object({
  funderId: z.uuid().optional(),
  ...ZPage,
});
export type TGrantQuery = z.output<typeof ZGrantQuery>;

/** Paging of a grant's devices. */
export const ZGrantDevicesQuery = z.object({ ...ZPage });
