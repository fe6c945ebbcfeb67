import type { TPurchaseStatus } from '../../shared/supply-enums';

/**
 * The lifecycle of a purchase order as a transition table:
 *
 *   draft → confirmed → partly_received → received → closed
 *   draft | confirmed → cancelled (nothing received yet)
 *   partly_received → closed (the supplier will not deliver the rest: commitment released)
 */

/** What can happen to an order. */
export const PURCHASE_EVENTS = [
  'confirm',
  'receive_part',
  'receive_all',
  'close',
  'cancel',
] as const;
export type TPurchaseEvent = (typeof PURCHASE_EVENTS)[number];

/** The transition table. */
export const PURCHASE_LIFECYCLE: Record<
  TPurchaseEvent,
  { from: readonly TPurchaseStatus[]; to: TPurchaseStatus }
> = {
  confirm: { from: ['draft'], to: 'confirmed' },
  receive_part: { from: ['confirmed', 'partly_received'], to: 'partly_received' },
  receive_all: { from: ['confirmed', 'partly_received'], to: 'received' },
  close: { from: ['partly_received', 'received'], to: 'closed' },
  cancel: { from: ['draft', 'confirmed'], to: 'cancelled' },
};

/** The outcome of a transition. */
export type TPurchaseTransition =
  | { ok: true; status: TPurchaseStatus }
  | { ok: false; code: 'purchase.invalid_state'; from: TPurchaseStatus; event: TPurchaseEvent };

/** Applies an event to a status through the table. */
export function transitionPurchase(
  from: TPurchaseStatus,
  event: TPurchaseEvent,
): TPurchaseTransition {
  const edge = PURCHASE_LIFECYCLE[event];
  return edge.from.includes(from)
    ? { ok: true, status: edge.to }
    : { ok: false, code: 'purchase.invalid_state', from, event };
}

/** Events allowed from a status. */
export function allowedPurchaseEvents(from: TPurchaseStatus): TPurchaseEvent[] {
  return (Object.keys(PURCHASE_LIFECYCLE) as TPurchaseEvent[]).filter((e) =>
    PURCHASE_LIFECYCLE[e].from.includes(from),
  );
}

/** Statuses whose grant allocations are commitments (money promised, not yet charged). */
export const COMMITTING_STATUSES: readonly TPurchaseStatus[] = ['confirmed', 'partly_received'];

/** Only drafts may be edited. */
export function isPurchaseEditable(status: TPurchaseStatus): boolean {
  return status === 'draft';
}
