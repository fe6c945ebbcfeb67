import { z } from 'zod';
import { LOCALES } from '../enums';
import { DEVICE_KINDS } from '../inventory';
import {
  DEVICE_CONDITIONS,
  DONATION_STATUSES,
  DRIVES_PRESENCE,
  SUPPLY_LIMITS,
} from '../supply-enums';
import { ZReceiveDeviceLine } from './devices';
import { optText, reqText, ZDate, ZPage } from './supply-common';

/** One line of a donation lot: a kind, a count and what the donor knows about them. */
export const ZLotLineInput = z.object({
  kind: z.enum(DEVICE_KINDS, { message: 'kind_invalid' }),
  count: z
    .number({ message: 'required' })
    .int({ message: 'integer_required' })
    .min(1, { message: 'count_must_be_positive' })
    .max(SUPPLY_LIMITS.devicesPerLine, { message: 'too_large' }),
  brand: optText(80),
  model: optText(120),
  ageYears: z
    .number({ message: 'required' })
    .int({ message: 'integer_required' })
    .min(0, { message: 'must_not_be_negative' })
    .max(SUPPLY_LIMITS.maxAgeYears, { message: 'too_large' }),
  condition: z.enum(DEVICE_CONDITIONS).default('working'),
  drives: z.enum(DRIVES_PRESENCE).default('unknown'),
  /** The company's own asset tags, when it gives them (optional). */
  assetTags: z
    .array(z.string().trim().min(1).max(80))
    .max(SUPPLY_LIMITS.assetTagsPerLine, { message: 'too_many' })
    .default([]),
  notes: optText(1000),
});
export type TLotLineInput = z.input<typeof ZLotLineInput>;

/** Where to pick the lot up; the server completes commune, département and région. */
export const ZLotAddress = z.object({
  line1: reqText(200),
  line2: optText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { message: 'postal_code_format' }),
  communeCode: optText(5),
});

/** The person on site for the pickup. */
export const ZSiteContact = z.object({
  name: reqText(120),
  phone: reqText(30),
  email: z.union([z.literal(''), z.email({ message: 'email_invalid' })]).optional(),
});

/** Declaring a lot (a donor contact for their company; the bank for any donor). */
export const ZDonationLotInput = z.object({
  /** Required for the bank's staff; a donor contact declares for their own company. */
  donorOrganisationId: z.uuid().optional(),
  lines: z
    .array(ZLotLineInput)
    .min(1, { message: 'lot_empty' })
    .max(SUPPLY_LIMITS.linesPerLot, { message: 'too_many' }),
  pickupAddress: ZLotAddress,
  availableFrom: ZDate,
  availableUntil: ZDate,
  siteContact: ZSiteContact,
  notes: optText(2000),
});
export type TDonationLotInput = z.input<typeof ZDonationLotInput>;
export type TDonationLotParsed = z.output<typeof ZDonationLotInput>;

/**
 * The public form: the company (name, SIREN, head-office address), its contact (who gets an
 * account) and the lot.
 */
export const ZPublicDonationInput = z.object({
  company: z.object({
    name: z.string().trim().min(2, { message: 'too_short' }).max(160, { message: 'too_long' }),
    /** SIREN (or a SIRET of the company); the tax receipt needs it. Checksum checked server-side. */
    legalId: z
      .string({ message: 'required' })
      .transform((v) => v.replace(/[\s.]/g, ''))
      .pipe(
        z
          .string()
          .min(1, { message: 'required' })
          .regex(/^(\d{9}|\d{14})$/, { message: 'siren_invalid' }),
      ),
    address: ZLotAddress,
    email: z.union([z.literal(''), z.email({ message: 'email_invalid' })]).optional(),
    phone: optText(30),
  }),
  contact: z.object({
    displayName: reqText(120),
    email: z.email({ message: 'email_invalid' }).transform((e) => e.trim().toLowerCase()),
    phone: reqText(30),
    locale: z.enum(LOCALES).default('fr'),
  }),
  lot: ZDonationLotInput.omit({ donorOrganisationId: true }),
});
export type TPublicDonationInput = z.input<typeof ZPublicDonationInput>;
export type TPublicDonationParsed = z.output<typeof ZPublicDonationInput>;

/** Declining a lot: the donor is told why. */
export const ZDeclineLot = z.object({ reason: reqText(1000) });
/** Cancelling a lot (donor before planning, bank before collection). */
export const ZCancelLot = z.object({ reason: reqText(1000) });
/** Accepting a lot, with an optional message to the donor. */
export const ZAcceptLot = z.object({ note: optText(1000) });

/** Planning (or re-planning) the pickup: a date and a carrier or a workshop. */
export const ZSchedulePickup = z.object({
  pickupDate: ZDate,
  timeSlot: optText(60),
  carrier: optText(120),
  workshopId: z.uuid().optional(),
  note: optText(1000),
});
export type TSchedulePickup = z.input<typeof ZSchedulePickup>;

/** The lot left the donor's premises. */
export const ZCollectLot = z.object({ collectedOn: ZDate.optional(), note: optText(1000) });

/** Devices of the lot recorded at the warehouse (up to 500 per call; a big lot takes several). */
export const ZLotDevicesInput = z.object({
  locationId: z.uuid({ message: 'required' }),
  devices: z
    .array(ZReceiveDeviceLine.extend({ lineId: z.uuid().optional() }))
    .min(1, { message: 'required' })
    .max(SUPPLY_LIMITS.devicesPerReception, { message: 'too_many' }),
});
export type TLotDevicesInput = z.input<typeof ZLotDevicesInput>;

/** End of counting: a reason for every line whose count differs from the declaration. */
export const ZCompleteReception = z.object({
  discrepancies: z
    .array(
      z.object({ lineId: z.uuid(), reason: z.string().trim().max(1000, { message: 'too_long' }) }),
    )
    .max(SUPPLY_LIMITS.linesPerLot)
    .default([]),
  note: optText(1000),
});
export type TCompleteReception = z.input<typeof ZCompleteReception>;

/** Filters of the lot list. */
export const ZLotQuery = z.object({
  status: z
    .union([z.enum(DONATION_STATUSES), z.array(z.enum(DONATION_STATUSES))])
    .optional()
    .transform((v) => (v === undefined ? undefined : [v].flat())),
  donorId: z.uuid().optional(),
  search: z.string().trim().max(100).optional(),
  ...ZPage,
});
export type TLotQuery = z.output<typeof ZLotQuery>;

/** The minimum rules, as admins edit them. */
export const ZDonationRules = z.object({
  kinds: z.partialRecord(
    z.enum(DEVICE_KINDS),
    z.object({
      underYears: z.number().int().min(1).max(SUPPLY_LIMITS.maxAgeYears).nullable(),
      acceptsNotWorking: z.boolean(),
    }),
  ),
  minDevicesPerLot: z.number().int().min(1).max(10_000),
});
export type TDonationRulesInput = z.infer<typeof ZDonationRules>;
