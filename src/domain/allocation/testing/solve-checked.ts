import { expect } from 'vitest';
import { allocate } from '../solve';
import type { TAllocationPlan, TAllocationProblem } from '../types';
import { checkPlan } from './check-plan';

/** Allocates and asserts the plan is feasible and consistent before returning it. */
export function solveChecked(problem: TAllocationProblem): TAllocationPlan {
  const plan = allocate(problem);
  expect(checkPlan(problem, plan).violations).toEqual([]);
  return plan;
}

/** Units a plan gives to a demand. */
export const servedTo = (plan: TAllocationPlan, demandId: string) =>
  plan.assignments.filter((a) => a.demand === demandId).reduce((s, a) => s + a.quantity, 0);

/** The unmet entry of a demand, if any. */
export const unmetOf = (plan: TAllocationPlan, demandId: string) =>
  plan.unmet.find((u) => u.demand === demandId);
