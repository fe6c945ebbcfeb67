import { z } from 'zod';
import { DRIVE_TYPES } from '../inventory';

/** Version tag of the snapshot format written by `passerelle probe`. */
export const PROBE_FORMAT = 'passerelle-probe/1';

const text = z.string().trim().max(200).nullable();

/** One drive seen by the probe. */
export const ZProbeDrive = z.object({
  name: z.string().trim().min(1).max(40),
  serial: text,
  sizeGb: z.number().min(0).max(1_000_000).nullable(),
  type: z.enum(DRIVE_TYPES).nullable(),
  model: text,
  transport: z.string().trim().max(20).nullable(),
});
export type TProbeDrive = z.infer<typeof ZProbeDrive>;

/**
 * What `passerelle probe` collects on a device. Every field it could not read is null and its
 * path is listed in `unknown`: the probe never guesses.
 */
export const ZProbeSnapshot = z.object({
  format: z.literal(PROBE_FORMAT, { message: 'format_unknown' }),
  probeVersion: z.string().max(40),
  collectedAt: z.iso.datetime({ offset: true, message: 'datetime_invalid' }),
  system: z.object({ serial: text, vendor: text, model: text }),
  cpu: z.object({
    model: text,
    cores: z.number().int().min(1).max(1024).nullable(),
  }),
  ramMb: z
    .number()
    .int()
    .min(0)
    .max(16 * 1024 * 1024)
    .nullable(),
  drives: z.array(ZProbeDrive).max(32),
  battery: z.object({
    present: z.boolean().nullable(),
    healthPct: z.number().min(0).max(150).nullable(),
  }),
  screenInches: z.number().min(1).max(100).nullable(),
  os: z.object({ name: text, kernel: text }),
  unknown: z.array(z.string().max(60)).max(40),
});
export type TProbeSnapshot = z.infer<typeof ZProbeSnapshot>;
