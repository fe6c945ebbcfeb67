/**
 * A grant's figures, in integer cents:
 * - pledged: what the funder promised;
 * - received: instalments actually paid in;
 * - committed: allocations of confirmed orders not yet charged (money promised to suppliers);
 * - spent: charges (purchases received, logistics, connectivity…);
 * - left = pledged − committed − spent: what can still be promised. It is measured against
 *   the pledge, not the cash received: the bank commits on signed agreements, and `received`
 *   tells the treasurer how much of the pledge is in the bank.
 */

/** The figures of a grant. */
export interface TGrantFigures {
  pledgedCents: number;
  receivedCents: number;
  committedCents: number;
  spentCents: number;
  leftCents: number;
}

/** Computes the figures from the sums the database holds. */
export function grantFigures(input: {
  pledgedCents: number;
  receivedCents: number;
  committedCents: number;
  spentCents: number;
}): TGrantFigures {
  return { ...input, leftCents: input.pledgedCents - input.committedCents - input.spentCents };
}

/** One grant's budget before and after confirming an order. */
export interface TBudgetPreviewLine {
  grantId: string;
  allocationCents: number;
  leftBeforeCents: number;
  leftAfterCents: number;
  isExceeded: boolean;
}

/** What confirming allocations would do to each grant; exceeded when a grant would go negative. */
export function previewAllocations(
  allocations: readonly { grantId: string; amountCents: number }[],
  leftByGrant: ReadonlyMap<string, number>,
): TBudgetPreviewLine[] {
  return allocations.map((a) => {
    const before = leftByGrant.get(a.grantId) ?? 0;
    const after = before - a.amountCents;
    return {
      grantId: a.grantId,
      allocationCents: a.amountCents,
      leftBeforeCents: before,
      leftAfterCents: after,
      isExceeded: after < 0,
    };
  });
}

/** Problems of an allocation: sum differs from the total, duplicates, negative amounts. */
export function checkAllocationSum(
  totalCents: number,
  allocations: readonly { grantId: string; amountCents: number }[],
): { path: string; code: string; params?: Record<string, unknown> }[] {
  const problems: { path: string; code: string; params?: Record<string, unknown> }[] = [];
  const seen = new Set<string>();
  allocations.forEach((a, i) => {
    if (seen.has(a.grantId))
      problems.push({ path: `grants.${i}.grantId`, code: 'grant_duplicate' });
    seen.add(a.grantId);
  });
  const sum = allocations.reduce((s, a) => s + a.amountCents, 0);
  if (sum !== totalCents) {
    problems.push({
      path: 'grants',
      code: 'allocation_sum_mismatch',
      params: { totalCents, allocatedCents: sum },
    });
  }
  return problems;
}
