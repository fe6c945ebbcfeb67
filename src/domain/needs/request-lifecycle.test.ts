import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from '../../shared/needs-enums';
import {
  REQUEST_EVENTS,
  REQUEST_TRANSITIONS,
  allowedEvents,
  isEditable,
  nextStep,
  transitionRequest,
  waitingFor,
} from './request-lifecycle';

describe('request lifecycle', () => {
  it('follows the happy path draft → submitted → under_review → approved → fulfilled → closed', () => {
    let s = transitionRequest('draft', 'submit');
    expect(s).toEqual({ ok: true, status: 'submitted' });
    s = transitionRequest('submitted', 'start_review');
    expect(s).toEqual({ ok: true, status: 'under_review' });
    s = transitionRequest('under_review', 'approve');
    expect(s).toEqual({ ok: true, status: 'approved' });
    s = transitionRequest('approved', 'fulfil_partly');
    expect(s).toEqual({ ok: true, status: 'partly_fulfilled' });
    s = transitionRequest('partly_fulfilled', 'fulfil');
    expect(s).toEqual({ ok: true, status: 'fulfilled' });
    expect(transitionRequest('fulfilled', 'close')).toEqual({ ok: true, status: 'closed' });
  });

  it('lets the structure resubmit after a request for information', () => {
    expect(transitionRequest('under_review', 'ask_information')).toEqual({
      ok: true,
      status: 'needs_information',
    });
    expect(transitionRequest('needs_information', 'submit')).toEqual({
      ok: true,
      status: 'submitted',
    });
  });

  it('allows withdrawal only before anything is shipped', () => {
    for (const s of [
      'draft',
      'submitted',
      'under_review',
      'needs_information',
      'approved',
    ] as const) {
      expect(transitionRequest(s, 'withdraw')).toEqual({ ok: true, status: 'withdrawn' });
    }
    for (const s of ['partly_fulfilled', 'fulfilled', 'closed', 'rejected'] as const) {
      expect(transitionRequest(s, 'withdraw')).toMatchObject({
        ok: false,
        code: 'request.invalid_state',
      });
    }
  });

  it('refuses everything from final states and approving a draft', () => {
    for (const s of ['rejected', 'withdrawn', 'closed'] as const) {
      for (const e of REQUEST_EVENTS) expect(transitionRequest(s, e).ok).toBe(false);
      expect(allowedEvents(s)).toEqual([]);
    }
    expect(transitionRequest('draft', 'approve')).toEqual({
      ok: false,
      code: 'request.invalid_state',
      from: 'draft',
      event: 'approve',
    });
  });

  it('only leads to known states', () => {
    for (const from of REQUEST_STATUSES) {
      for (const to of Object.values(REQUEST_TRANSITIONS[from])) {
        expect(REQUEST_STATUSES).toContain(to);
      }
    }
  });

  it('says who the request waits for and what comes next', () => {
    expect(waitingFor('draft')).toBe('structure');
    expect(waitingFor('needs_information')).toBe('structure');
    expect(waitingFor('submitted')).toBe('bank');
    expect(waitingFor('approved')).toBe('bank');
    expect(waitingFor('rejected')).toBeNull();
    expect(waitingFor('closed')).toBeNull();
    expect(nextStep('needs_information')).toBe('structure_completes');
    expect(nextStep('withdrawn')).toBe('none');
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('needs_information')).toBe(true);
    expect(isEditable('submitted')).toBe(false);
  });
});
