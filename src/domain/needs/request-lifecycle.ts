import type { TRequestStatus, TWaitingFor } from '../../shared/needs-enums';

/** What can happen to a request. */
export const REQUEST_EVENTS = [
  'submit',
  'start_review',
  'approve',
  'ask_information',
  'reject',
  'withdraw',
  'fulfil_partly',
  'fulfil',
  'close',
] as const;
export type TRequestEvent = (typeof REQUEST_EVENTS)[number];

/**
 * The transition table of a request: from a state, an event leads to the next state; anything
 * not listed is refused. `withdraw` is the structure's, before anything is shipped;
 * `needs_information → submitted` happens when the structure has edited and resubmits.
 */
export const REQUEST_TRANSITIONS: Record<
  TRequestStatus,
  Partial<Record<TRequestEvent, TRequestStatus>>
> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: {
    start_review: 'under_review',
    approve: 'approved',
    ask_information: 'needs_information',
    reject: 'rejected',
    withdraw: 'withdrawn',
  },
  under_review: {
    approve: 'approved',
    ask_information: 'needs_information',
    reject: 'rejected',
    withdraw: 'withdrawn',
  },
  needs_information: { submit: 'submitted', reject: 'rejected', withdraw: 'withdrawn' },
  approved: {
    fulfil_partly: 'partly_fulfilled',
    fulfil: 'fulfilled',
    withdraw: 'withdrawn',
    close: 'closed',
  },
  partly_fulfilled: { fulfil_partly: 'partly_fulfilled', fulfil: 'fulfilled', close: 'closed' },
  fulfilled: { close: 'closed' },
  rejected: {},
  withdrawn: {},
  closed: {},
};

/** Who may trigger each event: the structure, the bank, or logistics (shipments). */
export const REQUEST_EVENT_ACTOR: Record<TRequestEvent, 'structure' | 'bank' | 'logistics'> = {
  submit: 'structure',
  withdraw: 'structure',
  start_review: 'bank',
  approve: 'bank',
  ask_information: 'bank',
  reject: 'bank',
  close: 'bank',
  fulfil_partly: 'logistics',
  fulfil: 'logistics',
};

/** The outcome of a transition: the next state, or why it is refused. */
export type TTransitionResult =
  | { ok: true; status: TRequestStatus }
  | { ok: false; code: 'request.invalid_state'; from: TRequestStatus; event: TRequestEvent };

/** Applies an event to a state through the table. */
export function transitionRequest(from: TRequestStatus, event: TRequestEvent): TTransitionResult {
  const to = REQUEST_TRANSITIONS[from][event];
  return to ? { ok: true, status: to } : { ok: false, code: 'request.invalid_state', from, event };
}

/** Events allowed from a state (the UI shows only these buttons). */
export function allowedEvents(from: TRequestStatus): TRequestEvent[] {
  return Object.keys(REQUEST_TRANSITIONS[from]) as TRequestEvent[];
}

/** Who the request is waiting for, so each side sees what it has to do. */
export function waitingFor(status: TRequestStatus): TWaitingFor {
  switch (status) {
    case 'draft':
    case 'needs_information':
      return 'structure';
    case 'submitted':
    case 'under_review':
    case 'approved':
    case 'partly_fulfilled':
      return 'bank';
    default:
      return null;
  }
}

/** The next step, as a code the UI translates ("the bank is reviewing your request"). */
export function nextStep(status: TRequestStatus): string {
  const steps: Record<TRequestStatus, string> = {
    draft: 'structure_submits',
    submitted: 'bank_reviews',
    under_review: 'bank_reviews',
    needs_information: 'structure_completes',
    approved: 'bank_allocates_and_ships',
    partly_fulfilled: 'bank_ships_remainder',
    fulfilled: 'none',
    closed: 'none',
    rejected: 'none',
    withdrawn: 'none',
  };
  return steps[status];
}

/** The structure may edit its request's content only in these states. */
export function isEditable(status: TRequestStatus): boolean {
  return status === 'draft' || status === 'needs_information';
}

/** States whose approved quantities consume the network's quota. */
export const QUOTA_CONSUMING_STATUSES: readonly TRequestStatus[] = [
  'approved',
  'partly_fulfilled',
  'fulfilled',
  'closed',
];

/**
 * States in which a request still claims its beneficiaries (duplicate guard and
 * per-beneficiary limit): everything submitted and not refused or withdrawn.
 */
export const CLAIMING_STATUSES: readonly TRequestStatus[] = [
  'submitted',
  'under_review',
  'needs_information',
  'approved',
  'partly_fulfilled',
  'fulfilled',
  'closed',
];
