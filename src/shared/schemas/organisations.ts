import { z } from 'zod';
import { ORGANISATION_KINDS, STRUCTURE_TYPES } from '../enums';

/** A postal address as typed; the server fills commune, département and région. */
export const ZAddressInput = z.object({
  label: z.string().trim().min(1, { message: 'required' }).max(80),
  line1: z.string().trim().min(1, { message: 'required' }).max(200),
  line2: z.string().trim().max(200).optional(),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { message: 'postal_code_format' }),
  /** Required only when the postal code covers several communes. */
  communeCode: z.string().trim().max(5).optional(),
  isDelivery: z.boolean().default(true),
});
export type TAddressInput = z.infer<typeof ZAddressInput>;

/** Creating or editing an organisation. */
export const ZOrganisationInput = z.object({
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string().trim().min(2, { message: 'too_short' }).max(160),
  legalId: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v) => (v ? v.replace(/[\s.]/g, '') : undefined)),
  structureType: z.enum(STRUCTURE_TYPES).optional(),
  email: z.union([z.literal(''), z.email({ message: 'email_invalid' })]).optional(),
  phone: z.string().trim().max(30).optional(),
  departementCode: z.string().trim().max(3).optional(),
  networkIds: z.array(z.uuid()).max(20).default([]),
  addresses: z.array(ZAddressInput).max(10).default([]),
});
export type TOrganisationInput = z.input<typeof ZOrganisationInput>;
export type TOrganisationInputParsed = z.output<typeof ZOrganisationInput>;

/** Filters of the organisation list. */
export const ZOrganisationQuery = z.object({
  kind: z.enum(ORGANISATION_KINDS).optional(),
  search: z.string().trim().max(100).optional(),
  departementCode: z.string().trim().max(3).optional(),
  networkId: z.uuid().optional(),
  includeInactive: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TOrganisationQuery = z.infer<typeof ZOrganisationQuery>;
