import type { TDeviceKind, TDeviceState, TStockEventType } from '../../shared/inventory';
import { DATA_BEARING_KINDS } from '../../shared/inventory';

/**
 * The device lifecycle as one table: which event moves a device from which states to which
 * state, and what must be true first (guards). Services gather the facts; this module decides.
 *
 *   expected → received → diagnosis → repair → erasure → ready → reserved → shipped
 *   → delivered → handed_over, with the exits returned, parts, recycled and lost.
 */

/** Events that change a device's lifecycle state. */
export const DEVICE_EVENTS = [
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
export type TDeviceEvent = (typeof DEVICE_EVENTS)[number];

/** States before `ready`, where the device is physically in the workshop's hands. */
export const PRE_READY_STATES: readonly TDeviceState[] = [
  'received',
  'diagnosis',
  'repair',
  'erasure',
];

/** States in which a device sits on a shelf of a location (counted in stock audits). */
export const IN_CUSTODY_STATES: readonly TDeviceState[] = [
  ...PRE_READY_STATES,
  'ready',
  'reserved',
  'returned',
  'parts',
];

/** States a device never leaves. */
export const TERMINAL_STATES: readonly TDeviceState[] = ['recycled', 'handed_over'];

type TGuard = 'drives_cleared' | 'graded' | 'drives_recorded' | 'recycler_receipt' | 'reason';

interface TEdge {
  from: readonly TDeviceState[];
  to: TDeviceState;
  guards?: readonly TGuard[];
  /** The ledger event type this transition writes. */
  ledger: TStockEventType;
}

/** The transition table: every allowed edge of the lifecycle. */
export const LIFECYCLE: Record<TDeviceEvent, TEdge> = {
  receive: { from: ['expected'], to: 'received', ledger: 'receive' },
  start_diagnosis: { from: ['received', 'returned'], to: 'diagnosis', ledger: 'transition' },
  send_to_repair: { from: ['diagnosis', 'erasure'], to: 'repair', ledger: 'transition' },
  // Diagnosis may go straight to erasure when nothing needs repairing.
  start_erasure: { from: ['diagnosis', 'repair'], to: 'erasure', ledger: 'transition' },
  mark_ready: {
    from: ['erasure'],
    to: 'ready',
    guards: ['drives_recorded', 'drives_cleared', 'graded'],
    ledger: 'transition',
  },
  // A problem found after the final check sends the device back to diagnosis.
  reopen: { from: ['ready'], to: 'diagnosis', guards: ['reason'], ledger: 'transition' },
  reserve: { from: ['ready'], to: 'reserved', ledger: 'reserve' },
  release: { from: ['reserved'], to: 'ready', ledger: 'release' },
  ship: { from: ['reserved'], to: 'shipped', ledger: 'ship' },
  deliver: { from: ['shipped'], to: 'delivered', ledger: 'deliver' },
  hand_over: { from: ['delivered'], to: 'handed_over', ledger: 'handover' },
  return: {
    from: ['shipped', 'delivered', 'handed_over'],
    to: 'returned',
    guards: ['reason'],
    ledger: 'return',
  },
  // Harvested drives are stocked as parts: they must be wiped (or destroyed) first.
  harvest: {
    from: [...PRE_READY_STATES, 'returned'],
    to: 'parts',
    guards: ['drives_cleared'],
    ledger: 'transition',
  },
  recycle: {
    from: [...PRE_READY_STATES, 'returned', 'parts'],
    to: 'recycled',
    guards: ['recycler_receipt'],
    ledger: 'transition',
  },
  lose: {
    from: [...PRE_READY_STATES, 'ready', 'reserved', 'shipped', 'returned', 'parts'],
    to: 'lost',
    guards: ['reason'],
    ledger: 'transition',
  },
  find: { from: ['lost'], to: 'received', ledger: 'transition' },
};

/** One drive as the guards see it. */
export interface TDriveFact {
  /** Serial, or a readable stand-in ("drive 2 (sdb)") when the drive has none. */
  label: string;
  /** True when a successful erasure or a physical destruction is recorded. */
  isCleared: boolean;
}

/** What the guards need to know about the device. */
export interface TTransitionFacts {
  kind?: TDeviceKind;
  drives?: readonly TDriveFact[];
  appearanceGrade?: string | null;
  functionGrade?: string | null;
  recyclerReceiptRef?: string | null;
  reason?: string | null;
}

/** Why a transition is refused. */
export type TTransitionError =
  | {
      code: 'event_not_allowed';
      message: string;
      from: TDeviceState;
      event: TDeviceEvent;
      allowedFrom: readonly TDeviceState[];
    }
  | {
      code: 'guard_failed';
      message: string;
      from: TDeviceState;
      event: TDeviceEvent;
      /** One entry per unmet condition, e.g. "drive WD-123 has no successful erasure". */
      missing: string[];
    };

/** The outcome of `transition`. */
export type TTransitionResult =
  | { ok: true; state: TDeviceState; ledger: TStockEventType }
  | { ok: false; error: TTransitionError };

/** Checks one guard; returns what is missing (empty when satisfied). */
function checkGuard(guard: TGuard, facts: TTransitionFacts): string[] {
  switch (guard) {
    case 'drives_recorded':
      return facts.kind && DATA_BEARING_KINDS.includes(facts.kind) && !facts.drives?.length
        ? [`no drive recorded for this ${facts.kind}: record its drives (or internal storage)`]
        : [];
    case 'drives_cleared':
      return (facts.drives ?? [])
        .filter((d) => !d.isCleared)
        .map((d) => `drive ${d.label} has no successful erasure or recorded destruction`);
    case 'graded': {
      const missing: string[] = [];
      if (!facts.appearanceGrade) missing.push('no appearance grade');
      if (!facts.functionGrade) missing.push('no function grade');
      if (facts.functionGrade === 'D')
        missing.push('function grade D (not working) cannot be ready');
      if (facts.appearanceGrade === 'E')
        missing.push('appearance grade E (badly damaged) cannot be ready');
      return missing;
    }
    case 'recycler_receipt':
      return facts.recyclerReceiptRef?.trim() ? [] : ["no recycler's receipt reference"];
    case 'reason':
      return facts.reason?.trim() ? [] : ['no reason given'];
  }
}

/**
 * The next state of a device in `state` receiving `event`, or a typed error whose message
 * says what is missing. Pure: the caller gathers the facts and writes the ledger.
 */
export function transition(
  state: TDeviceState,
  event: TDeviceEvent,
  facts: TTransitionFacts = {},
): TTransitionResult {
  const edge = LIFECYCLE[event];
  if (!edge.from.includes(state)) {
    return {
      ok: false,
      error: {
        code: 'event_not_allowed',
        message: `Cannot ${event.replace(/_/g, ' ')} a device in state "${state}" (allowed from: ${edge.from.join(', ')}).`,
        from: state,
        event,
        allowedFrom: edge.from,
      },
    };
  }
  const missing = (edge.guards ?? []).flatMap((g) => checkGuard(g, facts));
  if (missing.length) {
    return {
      ok: false,
      error: {
        code: 'guard_failed',
        message: `Cannot ${event.replace(/_/g, ' ')}: ${missing.join('; ')}.`,
        from: state,
        event,
        missing,
      },
    };
  }
  return { ok: true, state: edge.to, ledger: edge.ledger };
}

/** Events allowed from a state (guards not checked), for the UI's action buttons. */
export function eventsFrom(state: TDeviceState): TDeviceEvent[] {
  return DEVICE_EVENTS.filter((e) => LIFECYCLE[e].from.includes(state));
}

/** True when a device in this state may be moved between locations. */
export function canMove(state: TDeviceState): boolean {
  return IN_CUSTODY_STATES.includes(state);
}

/** True when a device in this state may have its specs, drives or grade edited. */
export function isWorkshopEditable(state: TDeviceState): boolean {
  return [...PRE_READY_STATES, 'ready', 'returned', 'expected'].includes(state);
}
