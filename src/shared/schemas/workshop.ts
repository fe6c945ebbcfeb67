import { z } from 'zod';
import {
  APPEARANCE_GRADES,
  ERASURE_METHODS,
  ERASURE_RESULTS,
  ERASURE_STANDARDS,
  FUNCTION_GRADES,
  INVENTORY_LIMITS,
  STEP_RESULTS,
  WORKSHOP_STEPS,
} from '../inventory';

/** Lifecycle events a client may ask for (mirrors src/domain/device/lifecycle.ts). */
export const CLIENT_DEVICE_EVENTS = [
  'receive',
  'start_diagnosis',
  'send_to_repair',
  'start_erasure',
  'mark_ready',
  'reopen',
  'reserve',
  'release',
  'ship',
  'deliver',
  'hand_over',
  'return',
  'harvest',
  'recycle',
  'lose',
  'find',
] as const;

const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'too_long' })
    .optional()
    .transform((v) => (v ? v : undefined));

/** A part taken from stock for a repair. */
export const ZPartUse = z.object({
  itemId: z.uuid(),
  quantity: z
    .number()
    .int({ message: 'integer_required' })
    .min(1, { message: 'quantity_positive' })
    .max(INVENTORY_LIMITS.maxItemQuantity, { message: 'too_large' }),
  /** Where the part is taken from (default: the device's location). */
  locationId: z.uuid().optional(),
});

/** A lifecycle transition request. */
export const ZTransitionInput = z.object({
  event: z.enum(CLIENT_DEVICE_EVENTS, { message: 'event_invalid' }),
  reason: optText(500),
  recyclerReceiptRef: optText(120),
});
export type TTransitionInput = z.output<typeof ZTransitionInput>;

/** A workshop step: who did what, how long, with which parts; optionally then a transition. */
export const ZWorkshopStepInput = z.object({
  step: z.enum(WORKSHOP_STEPS, { message: 'step_invalid' }),
  result: z.enum(STEP_RESULTS, { message: 'result_invalid' }),
  minutesSpent: z
    .number()
    .int({ message: 'integer_required' })
    .min(0, { message: 'must_not_be_negative' })
    .max(24 * 60, { message: 'too_large' })
    .optional(),
  notes: optText(2000),
  partsUsed: z.array(ZPartUse).max(20).default([]),
  /** For `os_install`: what was installed. */
  osName: optText(120),
  osLicenceRef: optText(120),
  /** A lifecycle event to apply once the step is recorded (e.g. start_erasure). */
  then: z.enum(CLIENT_DEVICE_EVENTS).optional(),
  reason: optText(500),
});
export type TWorkshopStepInput = z.input<typeof ZWorkshopStepInput>;

/** Erasure evidence for one drive. */
export const ZErasureInput = z.object({
  driveId: z.uuid({ message: 'required' }),
  method: z.enum(ERASURE_METHODS, { message: 'method_invalid' }),
  standard: z.enum(ERASURE_STANDARDS, { message: 'standard_invalid' }),
  tool: z.string().trim().min(1, { message: 'required' }).max(120),
  toolVersion: optText(60),
  passes: z.number().int().min(1, { message: 'must_be_positive' }).max(35).optional(),
  startedAt: z.coerce.date({ message: 'datetime_invalid' }),
  endedAt: z.coerce.date({ message: 'datetime_invalid' }),
  result: z.enum(ERASURE_RESULTS, { message: 'result_invalid' }),
  toolReportRef: optText(120),
  notes: optText(2000),
});
export type TErasureInputBody = z.input<typeof ZErasureInput>;

/** Grading: appearance, function, battery, OS; the server qualifies against the tiers. */
export const ZGradeInput = z.object({
  appearanceGrade: z.enum(APPEARANCE_GRADES, { message: 'grade_invalid' }),
  functionGrade: z.enum(FUNCTION_GRADES, { message: 'grade_invalid' }),
  batteryHealthPct: z
    .number()
    .int({ message: 'integer_required' })
    .min(0, { message: 'must_not_be_negative' })
    .max(100, { message: 'too_large' })
    .nullable()
    .optional(),
  osName: optText(120),
  osLicenceRef: optText(120),
  minutesSpent: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  notes: optText(2000),
});
export type TGradeInput = z.input<typeof ZGradeInput>;

/** Harvesting a failed device: the components stocked as bulk items. */
export const ZHarvestInput = z.object({
  harvested: z
    .array(
      z.object({
        itemId: z.uuid(),
        quantity: z.number().int().min(1, { message: 'quantity_positive' }).max(1000),
      }),
    )
    .max(30)
    .default([]),
  reason: optText(500),
});
export type THarvestInput = z.input<typeof ZHarvestInput>;

/** Creating a workshop token for the probe. */
export const ZWorkshopTokenInput = z.object({
  name: z.string().trim().min(1, { message: 'required' }).max(80),
  /** Bank staff name the workshop; operators get their own. */
  organisationId: z.uuid().optional(),
});

/** Attaching an unmatched probe snapshot to a device. */
export const ZAttachSnapshotInput = z.object({ deviceId: z.uuid({ message: 'required' }) });
