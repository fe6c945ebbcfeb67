import { z } from 'zod';
import { LOCALES, STRUCTURE_TYPES } from '../enums';
import { APPLICATION_STATUSES, NEEDS_LIMITS } from '../needs-enums';
import { ZEmail } from './accounts';

/** The structure's main address as typed in the public form; the server resolves the commune. */
export const ZApplicationAddress = z.object({
  line1: z.string().trim().min(1, { message: 'required' }).max(200),
  line2: z.string().trim().max(200).optional(),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { message: 'postal_code_format' }),
  /** Required only when the postal code covers several communes. */
  communeCode: z.string().trim().max(5).optional(),
});
export type TApplicationAddress = z.infer<typeof ZApplicationAddress>;

/** A referent contact of an applying structure (invited as a user once approved). */
export const ZReferentContact = z.object({
  name: z.string().trim().min(2, { message: 'too_short' }).max(120),
  email: ZEmail,
  phone: z.string().trim().max(30).optional(),
  function: z.string().trim().max(120).optional(),
});
export type TReferentContact = z.infer<typeof ZReferentContact>;

/** The public "join the bank" form of a structure. */
export const ZStructureApplicationInput = z.object({
  name: z.string().trim().min(2, { message: 'too_short' }).max(160),
  structureType: z.enum(STRUCTURE_TYPES, { message: 'structure_type_unknown' }),
  legalId: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v) => (v ? v.replace(/[\s.]/g, '') : undefined)),
  email: z.union([z.literal(''), z.email({ message: 'email_invalid' })]).optional(),
  phone: z.string().trim().max(30).optional(),
  networkIds: z.array(z.uuid()).max(10).default([]),
  address: ZApplicationAddress,
  contacts: z
    .array(ZReferentContact)
    .min(1, { message: 'contact_required' })
    .max(NEEDS_LIMITS.maxContacts, { message: 'too_many' }),
  publicServed: z.string().trim().min(2, { message: 'required' }).max(1000),
  expectedBeneficiaries: z
    .number()
    .int()
    .min(1, { message: 'quantity_too_small' })
    .max(NEEDS_LIMITS.maxExpectedBeneficiaries, { message: 'quantity_too_large' }),
  /** Language of the mails the applicant receives. */
  locale: z.enum(LOCALES).default('fr'),
});
export type TStructureApplicationInput = z.input<typeof ZStructureApplicationInput>;
export type TStructureApplicationParsed = z.output<typeof ZStructureApplicationInput>;

/** Completing an application with the one-time link of an information request. */
export const ZApplicationResubmit = ZStructureApplicationInput.extend({
  token: z.string().min(10).max(200),
});
export type TApplicationResubmit = z.output<typeof ZApplicationResubmit>;

/** Filters of the coordinators' application list. */
export const ZApplicationQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TApplicationQuery = z.infer<typeof ZApplicationQuery>;

/** Asking the applicant for more information (the message is mailed with the link). */
export const ZApplicationInfoRequest = z.object({
  message: z.string().trim().min(5, { message: 'too_short' }).max(2000),
});

/** Rejecting an application. */
export const ZApplicationRejection = z.object({
  reason: z.string().trim().min(5, { message: 'too_short' }).max(2000),
});

/** Inviting a referent colleague into one's own structure. */
export const ZReferentInvite = z.object({
  email: ZEmail,
  displayName: z.string().trim().min(1, { message: 'required' }).max(120),
  locale: z.enum(LOCALES).default('fr'),
});
export type TReferentInvite = z.infer<typeof ZReferentInvite>;

/** A network's coordinator contact: a user of the app, or a name and e-mail. */
export const ZNetworkCoordinator = z.object({
  userId: z.uuid().nullable().default(null),
  name: z.string().trim().max(120).nullable().default(null),
  email: z
    .union([z.literal(''), z.email({ message: 'email_invalid' })])
    .nullable()
    .default(null),
});
export type TNetworkCoordinator = z.output<typeof ZNetworkCoordinator>;

/** A structure confirming (and possibly correcting) its details, once a year. */
export const ZStructureConfirmation = z.object({
  email: z.union([z.literal(''), z.email({ message: 'email_invalid' })]).optional(),
  phone: z.string().trim().max(30).optional(),
  publicServed: z.string().trim().max(1000).optional(),
  expectedBeneficiaries: z
    .number()
    .int()
    .min(1, { message: 'quantity_too_small' })
    .max(NEEDS_LIMITS.maxExpectedBeneficiaries, { message: 'quantity_too_large' })
    .optional(),
});
export type TStructureConfirmation = z.infer<typeof ZStructureConfirmation>;

/** Settings of the needs area (admins). */
export const ZNeedsSettings = z.object({
  /** Structures re-confirm their details this often. */
  structureConfirmationMonths: z.number().int().min(1).max(60),
  /** Referents are reminded this many days before the confirmation is due. */
  confirmationReminderDays: z.number().int().min(1).max(120),
});
export type TNeedsSettings = z.infer<typeof ZNeedsSettings>;

/** Defaults of the needs settings. */
export const DEFAULT_NEEDS_SETTINGS: TNeedsSettings = {
  structureConfirmationMonths: 12,
  confirmationReminderDays: 30,
};
