import { describe, expect, it } from 'vitest';
import { DONATION_STATUSES } from '../../shared/supply-enums';
import {
  allowedDonationEvents,
  DONATION_EVENTS,
  DONATION_LIFECYCLE,
  transitionDonation,
} from './donation-lifecycle';

describe('donation lot lifecycle', () => {
  it('follows the happy path from declaration to closing', () => {
    let status = 'declared' as (typeof DONATION_STATUSES)[number];
    const path = [
      ['accept', 'bank'],
      ['schedule_pickup', 'bank'],
      ['schedule_pickup', 'bank'],
      ['collect', 'warehouse'],
      ['complete_reception', 'warehouse'],
      ['mark_processed', 'bank'],
      ['close', 'bank'],
    ] as const;
    const seen: string[] = [];
    for (const [event, by] of path) {
      const t = transitionDonation(status, event, by);
      expect(t.ok, `${status} --${event}-->`).toBe(true);
      if (t.ok) status = t.status;
      seen.push(status);
    }
    expect(seen).toEqual([
      'accepted',
      'pickup_scheduled',
      'pickup_scheduled',
      'collected',
      'received',
      'processed',
      'closed',
    ]);
  });

  it('refuses edges not in the table with a typed error', () => {
    expect(transitionDonation('declared', 'collect', 'bank')).toEqual({
      ok: false,
      code: 'donation.invalid_state',
      from: 'declared',
      event: 'collect',
    });
    expect(transitionDonation('declined', 'accept', 'bank').ok).toBe(false);
    expect(transitionDonation('closed', 'cancel', 'bank').ok).toBe(false);
    expect(transitionDonation('received', 'complete_reception', 'bank').ok).toBe(false);
  });

  it('lets the donor only cancel, and only before a pickup is planned', () => {
    expect(transitionDonation('declared', 'cancel', 'donor')).toEqual({
      ok: true,
      status: 'cancelled',
    });
    expect(transitionDonation('accepted', 'cancel', 'donor').ok).toBe(true);
    expect(transitionDonation('pickup_scheduled', 'cancel', 'donor').ok).toBe(false);
    expect(transitionDonation('pickup_scheduled', 'cancel', 'bank').ok).toBe(true);
    expect(transitionDonation('declared', 'accept', 'donor').ok).toBe(false);
    expect(allowedDonationEvents('declared', 'donor')).toEqual(['cancel']);
    expect(allowedDonationEvents('collected', 'warehouse')).toEqual(['complete_reception']);
  });

  it('has terminal states with no way out and every target is a known status', () => {
    for (const terminal of ['declined', 'closed', 'cancelled'] as const) {
      for (const by of ['donor', 'bank', 'warehouse'] as const) {
        expect(allowedDonationEvents(terminal, by)).toEqual([]);
      }
    }
    for (const e of DONATION_EVENTS) expect(DONATION_STATUSES).toContain(DONATION_LIFECYCLE[e].to);
  });
});
