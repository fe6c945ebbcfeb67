import { z } from 'zod';
import { WAVE_KINDS, WAVE_LIMITS } from '../allocation';
import { URGENCY_LEVELS } from '../needs-enums';

const ZDepartementCode = z
  .string()
  .trim()
  .regex(/^(\d{2}|2A|2B|97\d)$/, { message: 'departement_invalid' });

/** Which approved lines and which ready stock a wave takes (empty list = no filter). */
export const ZWaveSelection = z.object({
  campaignId: z.uuid({ message: 'required' }),
  networkIds: z.array(z.uuid()).max(500).default([]),
  departementCodes: z.array(ZDepartementCode).max(120).default([]),
  urgencies: z.array(z.enum(URGENCY_LEVELS)).max(3).default([]),
  locationIds: z.array(z.uuid()).max(500).default([]),
  kinds: z
    .array(z.enum(WAVE_KINDS, { message: 'kind_unknown' }))
    .max(10)
    .default([]),
  tiers: z.array(z.number().int().min(0).max(9)).max(10).default([]),
});
export type TWaveSelectionInput = z.input<typeof ZWaveSelection>;

/** Stock that does not exist yet ("5,000 more laptops at Lyon"), for a what-if run. */
export const ZHypotheticalStock = z
  .object({
    /** An existing location, or a département where the stock would be. */
    locationId: z.uuid().nullish(),
    departementCode: ZDepartementCode.nullish(),
    kind: z.enum(WAVE_KINDS, { message: 'kind_unknown' }),
    tier: z.number({ message: 'tier_invalid' }).int({ message: 'tier_invalid' }).min(0).max(9),
    quantity: z
      .number({ message: 'quantity_invalid' })
      .int({ message: 'quantity_invalid' })
      .min(1, { message: 'quantity_too_small' })
      .max(WAVE_LIMITS.maxHypotheticalQuantity, { message: 'quantity_too_large' }),
  })
  .refine((h) => !!h.locationId !== !!h.departementCode, {
    message: 'place_required',
    path: ['locationId'],
  });
export type THypotheticalStockInput = z.input<typeof ZHypotheticalStock>;

/** Everything a run takes: the selection and the coordinator's adjustments. */
export const ZWaveRunInput = z.object({
  selection: ZWaveSelection,
  /** Request line ids served first (weight raised to the maximum for this wave). */
  pins: z.array(z.uuid()).max(WAVE_LIMITS.maxPinned).default([]),
  /** Request line ids left out of this wave. */
  excludes: z.array(z.uuid()).max(WAVE_LIMITS.maxPinned).default([]),
  hypothetical: z.array(ZHypotheticalStock).max(WAVE_LIMITS.maxHypothetical).default([]),
  /** `{ tablet: ['laptop'] }`: a laptop may serve a tablet line. */
  substitutes: z.partialRecord(z.enum(WAVE_KINDS), z.array(z.enum(WAVE_KINDS)).max(10)).default({}),
  /** Most units this wave may give to a network's structures. */
  networkCaps: z
    .record(
      z.uuid(),
      z.number({ message: 'quantity_invalid' }).int({ message: 'quantity_invalid' }).min(0),
    )
    .default({}),
});
export type TWaveRunInput = z.input<typeof ZWaveRunInput>;
export type TWaveRun = z.output<typeof ZWaveRunInput>;
