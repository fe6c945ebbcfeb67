import { z } from 'zod';
import { BENEFICIARY_QUALIFICATIONS, GIFT_FORMS, RECEIPT_STATUSES } from '../supply-enums';
import { optText, reqText, ZCents, ZDate, ZPage } from './supply-common';

/** Issuing the receipt of a lot's in-kind gift. */
export const ZIssueReceiptInput = z.object({
  lotId: z.uuid({ message: 'required' }),
  /** The value the company declares (net book value, often 0 €), in cents. */
  valuationCents: ZCents,
  /** Defaults to the day the lot was received. */
  giftDate: ZDate.optional(),
  /** Defaults to the received devices, by kind and model. */
  description: optText(2000),
  form: z.enum(GIFT_FORMS).default('declaration_don_manuel'),
  donorLegalForm: optText(60),
});
export type TIssueReceiptInput = z.input<typeof ZIssueReceiptInput>;

/** Correcting a receipt: it is cancelled and a new one issued; omitted fields keep their value. */
export const ZCorrectReceiptInput = z.object({
  reason: reqText(1000),
  valuationCents: ZCents.optional(),
  giftDate: ZDate.optional(),
  description: optText(2000),
  form: z.enum(GIFT_FORMS).optional(),
  donorLegalForm: optText(60),
});
export type TCorrectReceiptInput = z.input<typeof ZCorrectReceiptInput>;

/** Cancelling a receipt issued by mistake (kept, marked cancelled). */
export const ZCancelReceiptInput = z.object({ reason: reqText(1000) });

/** Filters of the receipt list. */
export const ZReceiptQuery = z.object({
  year: z.coerce.number().int().min(2000).max(9999).optional(),
  lotId: z.uuid().optional(),
  donorId: z.uuid().optional(),
  status: z.enum(RECEIPT_STATUSES).optional(),
  ...ZPage,
});
export type TReceiptQuery = z.output<typeof ZReceiptQuery>;

/** The yearly export. */
export const ZReceiptExportQuery = z.object({
  year: z.coerce.number({ message: 'required' }).int().min(2000).max(9999),
});

/** The bank as beneficiary, printed on every receipt (settings key `tax_receipt_issuer`). */
export const ZReceiptIssuer = z.object({
  name: reqText(160),
  addressLine1: reqText(200),
  addressLine2: optText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { message: 'postal_code_format' }),
  city: reqText(120),
  sirenOrRna: z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s.]/g, '').toUpperCase())
    .pipe(z.string().regex(/^(\d{9}|W\d{9})$/, { message: 'siren_or_rna_format' })),
  object: reqText(1000),
  qualification: z.enum(BENEFICIARY_QUALIFICATIONS),
  qualificationText: optText(300),
  signatoryName: reqText(120),
  signatoryTitle: reqText(120),
  place: reqText(120),
});
export type TReceiptIssuerInput = z.input<typeof ZReceiptIssuer>;
