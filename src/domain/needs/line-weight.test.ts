import { describe, expect, it } from 'vitest';
import {
  computeLineWeight,
  daysBetween,
  effectiveWeight,
  type TLineWeightInput,
} from './line-weight';

const now = new Date('2020-05-01T12:00:00Z');
const base: TLineWeightInput = {
  urgency: 'normal',
  urgencyReason: null,
  submittedAt: now,
  now,
  isChildWelfare: false,
  beneficiaries: [],
};
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe('line weight policy', () => {
  it('gives a fresh normal line the base weight only', () => {
    expect(computeLineWeight(base)).toEqual({
      weight: 100,
      terms: [{ code: 'base', points: 100 }],
    });
  });

  it('adds urgency and its reason, and ignores the reason of a normal request', () => {
    const high = computeLineWeight({ ...base, urgency: 'high', urgencyReason: 'exam' });
    expect(high.weight).toBe(100 + 150 + 60);
    expect(high.terms.map((t) => t.code)).toEqual(['base', 'urgency', 'urgency_reason']);
    const critical = computeLineWeight({
      ...base,
      urgency: 'critical',
      urgencyReason: 'risk_of_dropping_out',
    });
    expect(critical.weight).toBe(100 + 300 + 80);
    expect(computeLineWeight({ ...base, urgencyReason: 'exam' }).weight).toBe(100);
  });

  it('grows with waiting time, capped at 90 days, so that nobody waits forever', () => {
    expect(computeLineWeight({ ...base, submittedAt: daysAgo(10) }).weight).toBe(140);
    expect(computeLineWeight({ ...base, submittedAt: daysAgo(90) }).weight).toBe(460);
    expect(computeLineWeight({ ...base, submittedAt: daysAgo(400) }).weight).toBe(460);
    // After three months a normal line outranks any fresh urgent line that is not critical.
    const freshHigh = computeLineWeight({
      ...base,
      urgency: 'high',
      urgencyReason: 'risk_of_dropping_out',
    });
    expect(computeLineWeight({ ...base, submittedAt: daysAgo(90) }).weight).toBeGreaterThan(
      freshHigh.weight,
    );
    // A draft has not started waiting.
    expect(computeLineWeight({ ...base, submittedAt: null }).weight).toBe(100);
  });

  it('weighs the beneficiary profile in proportion of the linked beneficiaries', () => {
    const r = computeLineWeight({
      ...base,
      isChildWelfare: true,
      beneficiaries: [
        { ageBand: '15_17', schoolLevel: 'lycee_terminale', lacks: ['computer', 'connection'] },
        { ageBand: '18_25', schoolLevel: null, lacks: ['computer'] },
      ],
    });
    expect(r.terms).toEqual([
      { code: 'base', points: 100 },
      { code: 'ase_minors', points: 75, params: { count: 1, total: 2 } },
      { code: 'exam_year', points: 50, params: { count: 1, total: 2 } },
      { code: 'fully_disconnected', points: 25, params: { count: 1, total: 2 } },
    ]);
    expect(r.weight).toBe(250);
    // Minors of a structure outside child welfare get no ASE points.
    const notAse = computeLineWeight({
      ...base,
      beneficiaries: [{ ageBand: '11_14', schoolLevel: null, lacks: ['phone'] }],
    });
    expect(notAse.weight).toBe(100);
  });

  it('clamps to 999 and says so in the breakdown', () => {
    const r = computeLineWeight({
      ...base,
      urgency: 'critical',
      urgencyReason: 'risk_of_dropping_out',
      submittedAt: daysAgo(200),
      isChildWelfare: true,
      beneficiaries: [
        { ageBand: '15_17', schoolLevel: 'lycee_terminale', lacks: ['computer', 'connection'] },
      ],
    });
    expect(r.weight).toBe(999);
    const sum = r.terms.reduce((s, t) => s + t.points, 0);
    expect(sum).toBe(999);
    expect(r.terms.at(-1)).toEqual({ code: 'clamped', points: -141 });
  });

  it('always yields an integer between 1 and 999 whose terms add up', () => {
    const urgencies = ['normal', 'high', 'critical'] as const;
    const reasons = [
      null,
      'exam',
      'risk_of_dropping_out',
      'administrative_deadline',
      'other',
    ] as const;
    for (const urgency of urgencies) {
      for (const urgencyReason of reasons) {
        for (const days of [0, 1, 45, 89, 90, 1000]) {
          const r = computeLineWeight({
            ...base,
            urgency,
            urgencyReason,
            submittedAt: daysAgo(days),
          });
          expect(Number.isInteger(r.weight)).toBe(true);
          expect(r.weight).toBeGreaterThanOrEqual(1);
          expect(r.weight).toBeLessThanOrEqual(999);
          expect(r.terms.reduce((s, t) => s + t.points, 0)).toBe(r.weight);
        }
      }
    }
  });

  it('counts whole days and prefers a coordinator override', () => {
    expect(daysBetween(daysAgo(1.5), now)).toBe(1);
    expect(daysBetween(now, daysAgo(3))).toBe(0);
    expect(effectiveWeight(240, null)).toBe(240);
    expect(effectiveWeight(240, 900)).toBe(900);
  });
});
