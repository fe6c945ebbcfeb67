import {
  EXAM_YEAR_LEVELS,
  MINOR_BANDS,
  NEEDS_LIMITS,
  type TAgeBand,
  type TLack,
  type TSchoolLevel,
  type TUrgency,
  type TUrgencyReason,
} from '../../shared/needs-enums';

/**
 * The weight policy of approved request lines (ADR docs/decisions/0007-request-weights.md).
 * The allocation engine serves the most weight first, so the weight says who is served first
 * when stock is short. It adds, then clamps to 1..999 (1000 is a pinned line's, in a wave):
 * - a base of 100, so every approved line counts;
 * - urgency: high +150, critical +300;
 * - the urgency's reason, when urgent: risk of dropping out +80, exam +60, administrative
 *   deadline +40;
 * - waiting time: +4 per full day since submission, at most +360 (90 days), so that nobody
 *   waits forever: after three months a normal line outranks any fresh high-urgency line for
 *   the same people;
 * - the profile of the beneficiaries linked to the line, in proportion of those who match:
 *   minors followed by child welfare (ASE) +150, pupils in an exam year +100, people lacking
 *   both a computer and a connection +50. A line without linked beneficiaries gets none.
 */
export const WEIGHT_POLICY = {
  base: 100,
  urgency: { normal: 0, high: 150, critical: 300 } satisfies Record<TUrgency, number>,
  urgencyReason: {
    risk_of_dropping_out: 80,
    exam: 60,
    administrative_deadline: 40,
    other: 0,
  } satisfies Record<TUrgencyReason, number>,
  pointsPerWaitingDay: 4,
  maxWaitingPoints: 360,
  aseMinors: 150,
  examYear: 100,
  fullyDisconnected: 50,
} as const;

/** A beneficiary linked to the line, as the policy sees it. */
export interface TWeightBeneficiary {
  ageBand: TAgeBand;
  schoolLevel: TSchoolLevel | null;
  lacks: readonly TLack[];
}

/** What the weight of a line depends on. */
export interface TLineWeightInput {
  urgency: TUrgency;
  urgencyReason: TUrgencyReason | null;
  /** When the request was (first) submitted; null for a draft (no waiting yet). */
  submittedAt: Date | null;
  now: Date;
  /** True when the structure is a child-welfare (ASE) service or in the ASE network. */
  isChildWelfare: boolean;
  beneficiaries: readonly TWeightBeneficiary[];
}

/** One term of the weight, for the explanation the UI shows. */
export interface TWeightTerm {
  code:
    | 'base'
    | 'urgency'
    | 'urgency_reason'
    | 'waiting'
    | 'ase_minors'
    | 'exam_year'
    | 'fully_disconnected'
    | 'clamped';
  points: number;
  params?: Record<string, string | number>;
}

/** A line's weight with its breakdown (the terms add up to `weight`). */
export interface TLineWeight {
  weight: number;
  terms: TWeightTerm[];
}

const DAY_MS = 86_400_000;

/** Full days between two instants (0 when `to` is before `from`). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** Points for the share of beneficiaries matching a profile, rounded. */
function share(
  list: readonly TWeightBeneficiary[],
  match: (b: TWeightBeneficiary) => boolean,
  points: number,
): { points: number; count: number } {
  if (!list.length) return { points: 0, count: 0 };
  const count = list.filter(match).length;
  return { points: Math.round((points * count) / list.length), count };
}

/** Computes a line's weight and its explanation under WEIGHT_POLICY. Pure and deterministic. */
export function computeLineWeight(input: TLineWeightInput): TLineWeight {
  const p = WEIGHT_POLICY;
  const terms: TWeightTerm[] = [{ code: 'base', points: p.base }];
  if (p.urgency[input.urgency] > 0) {
    terms.push({
      code: 'urgency',
      points: p.urgency[input.urgency],
      params: { urgency: input.urgency },
    });
    if (input.urgencyReason && p.urgencyReason[input.urgencyReason] > 0) {
      terms.push({
        code: 'urgency_reason',
        points: p.urgencyReason[input.urgencyReason],
        params: { reason: input.urgencyReason },
      });
    }
  }
  if (input.submittedAt) {
    const days = daysBetween(input.submittedAt, input.now);
    const points = Math.min(p.maxWaitingPoints, days * p.pointsPerWaitingDay);
    if (points > 0) terms.push({ code: 'waiting', points, params: { days } });
  }
  const list = input.beneficiaries;
  const total = list.length;
  const ase = share(
    list,
    (b) => input.isChildWelfare && MINOR_BANDS.includes(b.ageBand),
    p.aseMinors,
  );
  if (ase.points > 0)
    terms.push({ code: 'ase_minors', points: ase.points, params: { count: ase.count, total } });
  const exam = share(
    list,
    (b) => b.schoolLevel != null && EXAM_YEAR_LEVELS.includes(b.schoolLevel),
    p.examYear,
  );
  if (exam.points > 0)
    terms.push({ code: 'exam_year', points: exam.points, params: { count: exam.count, total } });
  const cut = share(
    list,
    (b) => b.lacks.includes('computer') && b.lacks.includes('connection'),
    p.fullyDisconnected,
  );
  if (cut.points > 0) {
    terms.push({
      code: 'fully_disconnected',
      points: cut.points,
      params: { count: cut.count, total },
    });
  }
  const sum = terms.reduce((s, t) => s + t.points, 0);
  const weight = Math.min(NEEDS_LIMITS.maxWeight, Math.max(NEEDS_LIMITS.minWeight, sum));
  if (weight !== sum) terms.push({ code: 'clamped', points: weight - sum });
  return { weight, terms };
}

/** The weight the allocation uses: a coordinator's override when there is one. */
export function effectiveWeight(computed: number, override: number | null | undefined): number {
  return override ?? computed;
}
