import { z } from 'zod';
import {
  CHARTER_METHODS,
  DISCREPANCY_RESOLUTIONS,
  FOLLOW_UP_USAGE,
  HANDOVER_FORMS,
  LOGISTICS_LIMITS,
  PARCEL_KINDS,
  RECEPTION_RESULTS,
  RETURN_REASONS,
} from '../logistics';

/** API bodies of logistics and handover (issue 7). */

const ZDay = z.iso.date({ message: 'date_invalid' });
const ZComment = z.string().trim().max(1000);
/** An image as a data URL; the server checks its format and size. */
const ZImage = z
  .string()
  .max(Math.ceil((LOGISTICS_LIMITS.maxEvidenceBytes * 4) / 3) + 100, { message: 'file_too_large' });

export const ZGenerateShipments = z.object({ waveId: z.uuid({ message: 'required' }) });
export const ZMergeShipments = z.object({
  shipmentIds: z.array(z.uuid()).min(1, { message: 'required' }).max(100),
});
export const ZSplitShipment = z.object({
  unitIds: z.array(z.uuid()).min(1, { message: 'required' }).max(5000),
});
export const ZPostponeShipment = z.object({
  plannedOn: ZDay,
  reason: z.string().trim().min(1, { message: 'required' }).max(500),
});
export const ZScanUnit = z.object({
  code: z.string().trim().min(1, { message: 'required' }).max(200),
  parcelId: z.uuid().nullish(),
});
export const ZAddParcel = z.object({
  kind: z.enum(PARCEL_KINDS),
  parentId: z.uuid().nullish(),
  label: z.string().trim().max(100).nullish(),
  weightGrams: z.number().int().min(1).max(5_000_000).nullish(),
});
export const ZAddAccessory = z
  .object({
    itemId: z.uuid().optional(),
    itemCode: z.string().trim().min(1).max(100).optional(),
    quantity: z.number().int().min(1, { message: 'quantity_positive' }).max(100_000),
  })
  .refine((a) => a.itemId || a.itemCode, { message: 'required', path: ['itemId'] });
export const ZShipShipment = z.object({
  carrierId: z.uuid({ message: 'required' }),
  service: z.string().trim().max(100).nullish(),
  trackingNumbers: z
    .array(z.string().trim().min(1).max(100))
    .min(1, { message: 'required' })
    .max(LOGISTICS_LIMITS.maxTrackingNumbers),
  costCents: z.number().int().min(0).max(100_000_000).nullish(),
  costGrantId: z.uuid().nullish(),
});
export const ZMarkDelivered = z.object({ at: z.iso.datetime({ offset: true }).nullish() });
export const ZReception = z.object({
  units: z
    .array(
      z.object({
        unitId: z.uuid(),
        result: z.enum(RECEPTION_RESULTS),
        comment: ZComment.nullish(),
        photo: ZImage.nullish(),
      }),
    )
    .max(5000),
  extras: z
    .array(z.object({ code: z.string().trim().min(1).max(200), comment: ZComment.nullish() }))
    .max(100)
    .optional(),
});
export type TReceptionBody = z.infer<typeof ZReception>;
export const ZResolveDiscrepancy = z.object({
  resolution: z.enum(DISCREPANCY_RESOLUTIONS),
  comment: z.string().trim().min(1, { message: 'required' }).max(1000),
  locationId: z.uuid().nullish(),
});
export const ZCreateCarrier = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{2,40}$/i, { message: 'code_invalid' }),
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  trackingUrl: z.url().max(500).nullish(),
});
export const ZHandover = z.object({
  deviceId: z.uuid({ message: 'required' }),
  beneficiaryId: z.uuid({ message: 'required' }),
  form: z.enum(HANDOVER_FORMS),
  handedOverOn: ZDay,
  priceCents: z.number().int().min(0).max(10_000_000).nullish(),
  returnDueOn: ZDay.nullish(),
  charter: z.object({
    method: z.enum(CHARTER_METHODS),
    image: ZImage.nullish(),
    codeId: z.uuid().nullish(),
    code: z.string().trim().max(20).nullish(),
  }),
});
export type THandoverBody = z.infer<typeof ZHandover>;
export const ZCharterCode = z.object({ beneficiaryId: z.uuid({ message: 'required' }) });
export const ZDeviceReturn = z.object({
  deviceId: z.uuid({ message: 'required' }),
  reason: z.enum(RETURN_REASONS),
  comment: ZComment.nullish(),
  locationId: z.uuid().nullish(),
});
export const ZFollowUpAnswer = z.object({
  usage: z.enum(FOLLOW_UP_USAGE),
  enoughData: z.boolean().nullish(),
  trainingWanted: z.boolean().nullish(),
  comment: ZComment.nullish(),
});

/** Delays of logistics reminders and follow-ups (admins), stored as settings keys. */
export const ZLogisticsSettings = z.object({
  followUpDelayDays: z.number().int().min(7).max(730),
  receptionReminderDays: z.number().int().min(1).max(60),
});
export type TLogisticsSettings = z.infer<typeof ZLogisticsSettings>;
export const DEFAULT_LOGISTICS_SETTINGS: TLogisticsSettings = {
  followUpDelayDays: LOGISTICS_LIMITS.followUpDelayDays,
  receptionReminderDays: LOGISTICS_LIMITS.receptionReminderDays,
};
