import { describe, expect, it } from 'vitest';
import { DEVICE_STATES } from '../../shared/inventory';
import {
  canMove,
  DEVICE_EVENTS,
  eventsFrom,
  LIFECYCLE,
  transition,
  type TTransitionFacts,
} from './lifecycle';

/** Facts that satisfy every guard. */
const ALL_GOOD: TTransitionFacts = {
  kind: 'laptop',
  drives: [
    { label: 'WD-123', isCleared: true },
    { label: 'SAM-9', isCleared: true },
  ],
  appearanceGrade: 'B',
  functionGrade: 'A',
  recyclerReceiptRef: 'DEEE-2026-0042',
  reason: 'counted missing',
};

/** Every allowed edge, written out: the table must say exactly this. */
const EXPECTED_EDGES = [
  'expected -receive-> received',
  'received -start_diagnosis-> diagnosis',
  'returned -start_diagnosis-> diagnosis',
  'diagnosis -send_to_repair-> repair',
  'erasure -send_to_repair-> repair',
  'diagnosis -start_erasure-> erasure',
  'repair -start_erasure-> erasure',
  'erasure -mark_ready-> ready',
  'ready -reopen-> diagnosis',
  'ready -reserve-> reserved',
  'reserved -release-> ready',
  'reserved -ship-> shipped',
  'shipped -deliver-> delivered',
  'delivered -hand_over-> handed_over',
  'shipped -return-> returned',
  'delivered -return-> returned',
  'handed_over -return-> returned',
  'received -harvest-> parts',
  'diagnosis -harvest-> parts',
  'repair -harvest-> parts',
  'erasure -harvest-> parts',
  'returned -harvest-> parts',
  'received -recycle-> recycled',
  'diagnosis -recycle-> recycled',
  'repair -recycle-> recycled',
  'erasure -recycle-> recycled',
  'returned -recycle-> recycled',
  'parts -recycle-> recycled',
  'received -lose-> lost',
  'diagnosis -lose-> lost',
  'repair -lose-> lost',
  'erasure -lose-> lost',
  'ready -lose-> lost',
  'reserved -lose-> lost',
  'shipped -lose-> lost',
  'returned -lose-> lost',
  'parts -lose-> lost',
  'lost -find-> received',
];

describe('device lifecycle', () => {
  it('allows exactly the edges of the table, each reaching its target state', () => {
    const allowed: string[] = [];
    for (const state of DEVICE_STATES) {
      for (const event of DEVICE_EVENTS) {
        const r = transition(state, event, ALL_GOOD);
        if (r.ok) allowed.push(`${state} -${event}-> ${r.state}`);
      }
    }
    expect(allowed.sort()).toEqual([...EXPECTED_EDGES].sort());
  });

  it('refuses an event from a state it does not start from, naming the allowed states', () => {
    const r = transition('received', 'mark_ready', ALL_GOOD);
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'event_not_allowed',
        message: 'Cannot mark ready a device in state "received" (allowed from: erasure).',
        allowedFrom: ['erasure'],
      }),
    });
    expect(transition('diagnosis', 'ship', ALL_GOOD).ok).toBe(false);
    expect(transition('recycled', 'start_diagnosis', ALL_GOOD).ok).toBe(false);
    expect(transition('handed_over', 'lose', ALL_GOOD).ok).toBe(false);
    expect(transition('ready', 'ship', ALL_GOOD).ok).toBe(false); // reserve first
  });

  it('never lets a device skip erasure: no event reaches ready except from erasure', () => {
    for (const state of DEVICE_STATES) {
      for (const event of DEVICE_EVENTS) {
        const r = transition(state, event, ALL_GOOD);
        if (r.ok && r.state === 'ready') expect(['erasure', 'reserved']).toContain(state);
      }
    }
  });

  it('refuses ready while a drive lacks a successful erasure, naming the drive', () => {
    const r = transition('erasure', 'mark_ready', {
      ...ALL_GOOD,
      drives: [
        { label: 'WD-123', isCleared: false },
        { label: 'SAM-9', isCleared: true },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('guard_failed');
    expect(r.error.message).toBe(
      'Cannot mark ready: drive WD-123 has no successful erasure or recorded destruction.',
    );
  });

  it('refuses ready without grades, or with a grade that cannot be distributed', () => {
    const r = transition('erasure', 'mark_ready', {
      ...ALL_GOOD,
      appearanceGrade: null,
      functionGrade: 'D',
    });
    expect(!r.ok && r.error.code === 'guard_failed' && r.error.missing).toEqual([
      'no appearance grade',
      'function grade D (not working) cannot be ready',
    ]);
  });

  it('refuses ready for a laptop without any recorded drive, not for a monitor', () => {
    const laptop = transition('erasure', 'mark_ready', { ...ALL_GOOD, drives: [] });
    expect(!laptop.ok && laptop.error.message).toContain('no drive recorded for this laptop');
    expect(
      transition('erasure', 'mark_ready', { ...ALL_GOOD, kind: 'monitor', drives: [] }).ok,
    ).toBe(true);
  });

  it('needs a recycler receipt to recycle and a reason to lose or return', () => {
    const recycle = transition('diagnosis', 'recycle', { ...ALL_GOOD, recyclerReceiptRef: ' ' });
    expect(!recycle.ok && recycle.error.message).toBe(
      "Cannot recycle: no recycler's receipt reference.",
    );
    const lose = transition('shipped', 'lose', { reason: '' });
    expect(!lose.ok && lose.error.message).toBe('Cannot lose: no reason given.');
    expect(transition('delivered', 'return', { reason: 'broken screen' })).toMatchObject({
      ok: true,
      state: 'returned',
    });
  });

  it('refuses harvesting a device whose drive still holds data', () => {
    const r = transition('diagnosis', 'harvest', {
      drives: [{ label: '#1 (sda)', isCleared: false }],
    });
    expect(!r.ok && r.error.message).toContain('drive #1 (sda) has no successful erasure');
  });

  it('maps transitions to ledger event types', () => {
    expect(LIFECYCLE.reserve.ledger).toBe('reserve');
    expect(LIFECYCLE.hand_over.ledger).toBe('handover');
    expect(LIFECYCLE.start_erasure.ledger).toBe('transition');
    expect(transition('expected', 'receive')).toMatchObject({ ok: true, ledger: 'receive' });
  });

  it('lists the events allowed from a state and which states can move', () => {
    expect(eventsFrom('diagnosis').sort()).toEqual([
      'harvest',
      'lose',
      'recycle',
      'send_to_repair',
      'start_erasure',
    ]);
    expect(eventsFrom('recycled')).toEqual([]);
    expect(canMove('ready')).toBe(true);
    expect(canMove('shipped')).toBe(false);
    expect(canMove('lost')).toBe(false);
  });
});
