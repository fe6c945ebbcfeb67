import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cumulativeLineValue, divRoundHalfUp, lineTotals, sumTotals, vatOf } from './vat';
import { splitAgainstRemaining, splitLargestRemainder } from './split';
import { centsToDecimal, formatEuros, formatVatRate } from './format';

describe('VAT per line, rounded half up', () => {
  it('rounds half up to the cent', () => {
    expect(vatOf(1, 5000)).toBe(1); // 0.5 cent → 1
    expect(vatOf(1, 4999)).toBe(0);
    expect(vatOf(2, 2500)).toBe(1); // 0.5 → 1
    expect(vatOf(12_345, 2000)).toBe(2469); // 2469.0
    expect(vatOf(12_346, 550)).toBe(679); // 679.03
    expect(vatOf(99_99, 2000)).toBe(2000); // 1999.8 → 2000
    expect(divRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divRoundHalfUp(7n, 4n)).toBe(2n);
  });

  it('computes the line from unit price × quantity, VAT once per line', () => {
    // 3 × 33.33 € = 99.99 €; 20 % = 19.998 → 20.00 € (per unit rounding would give 3 × 6.67 = 20.01 €)
    expect(lineTotals(3333, 3, 2000)).toEqual({
      netCents: 9999,
      vatCents: 2000,
      grossCents: 11_999,
    });
    expect(lineTotals(18_900, 100, 2000)).toEqual({
      netCents: 1_890_000,
      vatCents: 378_000,
      grossCents: 2_268_000,
    });
  });

  it('refuses floats, negatives and rates out of range', () => {
    expect(() => lineTotals(10.5, 1, 2000)).toThrow(RangeError);
    expect(() => lineTotals(-1, 1, 2000)).toThrow(RangeError);
    expect(() => vatOf(100, 10_001)).toThrow(RangeError);
    expect(() => vatOf(100, 19.6)).toThrow(RangeError);
  });

  it('property: net + VAT = gross per line and for the order, VAT within half a cent of exact', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unit: fc.integer({ min: 0, max: 500_000_00 }),
            qty: fc.integer({ min: 0, max: 10_000 }),
            rate: fc.constantFrom(0, 210, 550, 1000, 2000),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (lines) => {
          const totals = lines.map((l) => lineTotals(l.unit, l.qty, l.rate));
          const linesOk = totals.every((t, i) => {
            const l = lines[i]!;
            // |vat − net × rate / 10000| ≤ 0.5 cent, checked exactly with integers.
            const diff = BigInt(t.vatCents) * 10_000n - BigInt(t.netCents) * BigInt(l.rate);
            return (
              t.netCents === l.unit * l.qty &&
              t.netCents + t.vatCents === t.grossCents &&
              diff <= 5000n &&
              diff > -5000n
            );
          });
          const sum = sumTotals(totals);
          return (
            linesOk &&
            sum.netCents + sum.vatCents === sum.grossCents &&
            sum.grossCents === totals.reduce((s, t) => s + t.grossCents, 0)
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: partial deliveries of a line add up to its gross exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_00 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 30 }),
        (gross, qty, deliveries) => {
          let received = 0;
          let charged = 0;
          for (const n of deliveries) {
            const take = Math.min(n, qty - received);
            const part =
              cumulativeLineValue(gross, qty, received + take) -
              cumulativeLineValue(gross, qty, received);
            if (part < 0) return false;
            charged += part;
            received += take;
          }
          charged +=
            cumulativeLineValue(gross, qty, qty) - cumulativeLineValue(gross, qty, received);
          return charged === gross;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('splitting across grants (largest remainder)', () => {
  it('splits exactly and gives leftover cents to the largest remainders', () => {
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitLargestRemainder(10, [0, 5, 5])).toEqual([0, 5, 5]);
    expect(splitLargestRemainder(7, [2, 3])).toEqual([3, 4]); // 2.8 → 3, 4.2 → 4
    expect(splitLargestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(() => splitLargestRemainder(1, [0, 0])).toThrow(RangeError);
    expect(() => splitLargestRemainder(1.5, [1])).toThrow(RangeError);
  });

  it('property: shares sum to the amount, each within one cent of its exact quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_00 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_00 }), { minLength: 1, maxLength: 12 }),
        (amount, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const shares = splitLargestRemainder(amount, weights);
          const total = BigInt(weights.reduce((s, w) => s + w, 0));
          return (
            shares.reduce((s, x) => s + x, 0) === amount &&
            shares.every((share, i) => {
              const d = BigInt(share) * total - BigInt(amount) * BigInt(weights[i]!);
              return share >= 0 && d > -total && d < total;
            })
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: successive charges against what remains never overshoot and end exact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50_000_00 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 20 }),
        (allocations, percents) => {
          const total = allocations.reduce((s, a) => s + a, 0);
          fc.pre(total > 0);
          const charged = allocations.map(() => 0);
          let left = total;
          for (const p of percents) {
            const amount = Math.floor((left * p) / 100);
            const remaining = allocations.map((a, i) => a - charged[i]!);
            const parts = splitAgainstRemaining(amount, remaining);
            if (parts.some((x, i) => x > remaining[i]!)) return false;
            parts.forEach((x, i) => (charged[i]! += x));
            left -= amount;
          }
          const last = splitAgainstRemaining(
            left,
            allocations.map((a, i) => a - charged[i]!),
          );
          last.forEach((x, i) => (charged[i]! += x));
          return charged.every((c, i) => c === allocations[i]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('formatting euros', () => {
  it('prints French and English amounts with integer arithmetic', () => {
    expect(formatEuros(0)).toBe('0,00\u00a0€');
    expect(formatEuros(123_456_789)).toBe('1\u00a0234\u00a0567,89\u00a0€');
    expect(formatEuros(-5)).toBe('-0,05\u00a0€');
    expect(formatEuros(123_456_789, 'en')).toBe('€1,234,567.89');
    expect(centsToDecimal(1_890_005)).toBe('18900.05');
    expect(formatVatRate(2000)).toBe('20\u00a0%');
    expect(formatVatRate(550)).toBe('5,5\u00a0%');
    expect(formatVatRate(210, 'en')).toBe('2.1%');
  });
});
