/**
 * Counting a lot at the warehouse: for each declared line, what was expected and what was
 * received. Every difference must be recorded with a reason; nothing is silently fixed.
 */

/** A declared line and how many devices were recorded against it. */
export interface TCountedLine {
  lineId: string;
  expected: number;
  received: number;
}

/** A difference between declaration and reception. */
export interface TDiscrepancy {
  lineId: string;
  expected: number;
  received: number;
  /** received − expected (negative: missing devices). */
  difference: number;
}

/** The lines whose received count differs from the declaration. */
export function findDiscrepancies(lines: readonly TCountedLine[]): TDiscrepancy[] {
  return lines
    .filter((l) => l.received !== l.expected)
    .map((l) => ({ ...l, difference: l.received - l.expected }));
}

/** A reason given for a line at the end of counting. */
export interface TDiscrepancyReason {
  lineId: string;
  reason: string;
}

/** What is wrong with the reasons given: a difference without reason, or a reason for an unknown line. */
export interface TReasonProblem {
  path: string;
  code: 'discrepancy_reason_required' | 'discrepancy_line_unknown';
  params?: Record<string, unknown>;
}

/** Checks that every difference has a non-empty reason (and reasons name real lines). */
export function checkDiscrepancyReasons(
  lines: readonly TCountedLine[],
  reasons: readonly TDiscrepancyReason[],
): TReasonProblem[] {
  const known = new Set(lines.map((l) => l.lineId));
  const problems: TReasonProblem[] = [];
  reasons.forEach((r, i) => {
    if (!known.has(r.lineId)) {
      problems.push({ path: `discrepancies.${i}.lineId`, code: 'discrepancy_line_unknown' });
    }
  });
  const given = new Map(reasons.map((r) => [r.lineId, r.reason.trim()]));
  for (const d of findDiscrepancies(lines)) {
    if (!given.get(d.lineId)) {
      problems.push({
        path: `discrepancies.${d.lineId}`,
        code: 'discrepancy_reason_required',
        params: { lineId: d.lineId, expected: d.expected, received: d.received },
      });
    }
  }
  return problems;
}
