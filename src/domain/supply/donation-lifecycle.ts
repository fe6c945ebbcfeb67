import type { TDonationStatus } from '../../shared/supply-enums';

/**
 * The lifecycle of a donation lot as one transition table:
 *
 *   declared → accepted | declined
 *   accepted → pickup_scheduled (→ pickup_scheduled again when rescheduled)
 *   pickup_scheduled → collected → received (counted; differences recorded)
 *   received → processed (every device refurbished, harvested, recycled or lost) → closed
 *
 * plus `cancel` before collection (by the donor while nothing is planned, by the bank until
 * collection). Services gather facts; this module decides.
 */

/** What can happen to a lot. */
export const DONATION_EVENTS = [
  'accept',
  'decline',
  'schedule_pickup',
  'collect',
  'complete_reception',
  'mark_processed',
  'close',
  'cancel',
] as const;
export type TDonationEvent = (typeof DONATION_EVENTS)[number];

/** Who may trigger an event: the donor company, the bank's staff, or the warehouse. */
export type TDonationParty = 'donor' | 'bank' | 'warehouse';

interface TEdge {
  from: readonly TDonationStatus[];
  to: TDonationStatus;
  by: readonly TDonationParty[];
}

/** The transition table: every allowed edge. */
export const DONATION_LIFECYCLE: Record<TDonationEvent, TEdge> = {
  accept: { from: ['declared'], to: 'accepted', by: ['bank'] },
  decline: { from: ['declared'], to: 'declined', by: ['bank'] },
  schedule_pickup: { from: ['accepted', 'pickup_scheduled'], to: 'pickup_scheduled', by: ['bank'] },
  collect: { from: ['pickup_scheduled'], to: 'collected', by: ['bank', 'warehouse'] },
  complete_reception: { from: ['collected'], to: 'received', by: ['bank', 'warehouse'] },
  mark_processed: { from: ['received'], to: 'processed', by: ['bank'] },
  close: { from: ['processed'], to: 'closed', by: ['bank'] },
  cancel: {
    from: ['declared', 'accepted', 'pickup_scheduled'],
    to: 'cancelled',
    by: ['donor', 'bank'],
  },
};

/** The donor may cancel only while nothing is planned yet. */
const DONOR_CANCELLABLE: readonly TDonationStatus[] = ['declared', 'accepted'];

/** The outcome of a transition: the next status, or why it is refused. */
export type TDonationTransition =
  | { ok: true; status: TDonationStatus }
  | { ok: false; code: 'donation.invalid_state'; from: TDonationStatus; event: TDonationEvent };

/** Applies an event to a status through the table. */
export function transitionDonation(
  from: TDonationStatus,
  event: TDonationEvent,
  by: TDonationParty,
): TDonationTransition {
  const edge = DONATION_LIFECYCLE[event];
  const allowed =
    edge.from.includes(from) &&
    edge.by.includes(by) &&
    !(by === 'donor' && event === 'cancel' && !DONOR_CANCELLABLE.includes(from));
  return allowed
    ? { ok: true, status: edge.to }
    : { ok: false, code: 'donation.invalid_state', from, event };
}

/** Events a party may trigger from a status (the UI shows only these buttons). */
export function allowedDonationEvents(from: TDonationStatus, by: TDonationParty): TDonationEvent[] {
  return (Object.keys(DONATION_LIFECYCLE) as TDonationEvent[]).filter(
    (e) => transitionDonation(from, e, by).ok,
  );
}

/** Statuses in which the warehouse may record devices of the lot. */
export const RECEIVING_STATUSES: readonly TDonationStatus[] = ['collected'];

/** Statuses in which the goods are in the bank's hands (a tax receipt may be issued). */
export const GOODS_RECEIVED_STATUSES: readonly TDonationStatus[] = [
  'received',
  'processed',
  'closed',
];

/** The ordered steps the donor sees (the happy path), for a progress bar. */
export const DONATION_STEPS: readonly TDonationStatus[] = [
  'declared',
  'accepted',
  'pickup_scheduled',
  'collected',
  'received',
  'processed',
  'closed',
];
