import { describe, expect, it } from 'vitest';
import { checkDiscrepancyReasons, findDiscrepancies } from './discrepancies';
import { outcomeOf, summariseOutcomes } from './lot-outcome';

describe('counting a lot at the warehouse', () => {
  const lines = [
    { lineId: 'a', expected: 20, received: 19 },
    { lineId: 'b', expected: 5, received: 5 },
    { lineId: 'c', expected: 2, received: 3 },
  ];

  it('finds every difference, missing or extra', () => {
    expect(findDiscrepancies(lines)).toEqual([
      { lineId: 'a', expected: 20, received: 19, difference: -1 },
      { lineId: 'c', expected: 2, received: 3, difference: 1 },
    ]);
  });

  it('requires a reason for each difference and refuses reasons for unknown lines', () => {
    expect(checkDiscrepancyReasons(lines, [{ lineId: 'a', reason: 'manquant' }])).toEqual([
      {
        path: 'discrepancies.c',
        code: 'discrepancy_reason_required',
        params: { lineId: 'c', expected: 2, received: 3 },
      },
    ]);
    expect(
      checkDiscrepancyReasons(lines, [
        { lineId: 'a', reason: '  ' },
        { lineId: 'c', reason: 'un de plus' },
        { lineId: 'zz', reason: 'x' },
      ]).map((p) => p.code),
    ).toEqual(['discrepancy_line_unknown', 'discrepancy_reason_required']);
    expect(
      checkDiscrepancyReasons(lines, [
        { lineId: 'a', reason: 'perdu au transport' },
        { lineId: 'c', reason: 'ajouté par le donateur' },
      ]),
    ).toEqual([]);
  });
});

describe('lot outcome from device states', () => {
  it('maps states to outcomes', () => {
    expect(outcomeOf('handed_over')).toBe('refurbished');
    expect(outcomeOf('ready')).toBe('refurbished');
    expect(outcomeOf('parts')).toBe('parts');
    expect(outcomeOf('returned')).toBe('in_progress');
    expect(outcomeOf('diagnosis')).toBe('in_progress');
  });

  it('is processed only when no device is still in progress', () => {
    const busy = summariseOutcomes({ received: 2, ready: 10, parts: 3, recycled: 4 });
    expect(busy).toMatchObject({ total: 19, inProgress: 2, refurbished: 10, isProcessed: false });
    const done = summariseOutcomes({ handed_over: 5, ready: 10, parts: 3, recycled: 1 });
    expect(done).toMatchObject({
      total: 19,
      inProgress: 0,
      handedOver: 5,
      refurbished: 15,
      isProcessed: true,
    });
    expect(summariseOutcomes({}).isProcessed).toBe(true);
  });
});
