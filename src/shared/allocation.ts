import type { TNeedKind } from './needs-enums';

/**
 * Enumerations and limits of allocation waves (issue 6), shared by the server and the web app.
 */

/** States of a wave: a draft can be re-run; confirmed units are reserved; cancelled is final. */
export const WAVE_STATUSES = ['draft', 'confirmed', 'cancelled'] as const;
export type TWaveStatus = (typeof WAVE_STATUSES)[number];

/** Kinds of need a wave allocates: devices held in stock (not data recharges). */
export const WAVE_KINDS = [
  'laptop',
  'desktop',
  'tablet',
  'smartphone',
  'router_4g',
] as const satisfies readonly TNeedKind[];
export type TWaveKind = (typeof WAVE_KINDS)[number];

export const WAVE_LIMITS = {
  /** Hypothetical stock lines of one what-if run. */
  maxHypothetical: 50,
  /** Units of one hypothetical line. */
  maxHypotheticalQuantity: 100_000,
  /** Lines a wave may pin or exclude. */
  maxPinned: 20_000,
} as const;
