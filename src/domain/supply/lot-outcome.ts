import type { TDeviceState } from '../../shared/inventory';

/**
 * What became of a lot's devices, computed from their lifecycle states (never stored): a lot
 * is processed when every received device is refurbished, kept for parts, recycled or lost.
 */

/** Where a device stands for the donor's report. */
export type TLotOutcome = 'in_progress' | 'refurbished' | 'parts' | 'recycled' | 'lost';

/** The outcome of one device state. `returned` devices are back in the workshop's hands. */
export function outcomeOf(state: TDeviceState): TLotOutcome {
  switch (state) {
    case 'ready':
    case 'reserved':
    case 'shipped':
    case 'delivered':
    case 'handed_over':
      return 'refurbished';
    case 'parts':
      return 'parts';
    case 'recycled':
      return 'recycled';
    case 'lost':
      return 'lost';
    default:
      return 'in_progress';
  }
}

/** Device counts of a lot per outcome, plus those handed over to people. */
export interface TLotOutcomeSummary {
  total: number;
  inProgress: number;
  refurbished: number;
  parts: number;
  recycled: number;
  lost: number;
  handedOver: number;
  isProcessed: boolean;
}

/** Summarises device counts per state into outcomes. */
export function summariseOutcomes(
  countsByState: Partial<Record<TDeviceState, number>>,
): TLotOutcomeSummary {
  const s: TLotOutcomeSummary = {
    total: 0,
    inProgress: 0,
    refurbished: 0,
    parts: 0,
    recycled: 0,
    lost: 0,
    handedOver: countsByState.handed_over ?? 0,
    isProcessed: false,
  };
  for (const [state, n] of Object.entries(countsByState) as [TDeviceState, number][]) {
    s.total += n;
    const o = outcomeOf(state);
    if (o === 'in_progress') s.inProgress += n;
    else s[o] += n;
  }
  s.isProcessed = s.inProgress === 0;
  return s;
}
