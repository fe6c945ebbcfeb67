/**
 * The allocation engine: validates a problem (stock lines, demands, substitutes, network caps)
 * and computes the optimal plan — most weighted units served, then fewest device-kilometres —
 * with a reason for every unmet unit. Pure: no I/O.
 */
export { allocate, allocateValidated, allocateWithStats, type TSolveStats } from './solve';
export {
  validateProblem,
  formatPath,
  MAX_TOTAL_SUPPLY,
  type TValidationResult,
} from './validate-problem';
export { explainUnmet } from './explain-unmet';
export { canServe } from './compatibility';
export { haversineKm, EARTH_RADIUS_KM } from './haversine';
export {
  ZAllocationProblem,
  ZWarehouse,
  ZSupplyLine,
  ZDemand,
  MAX_WEIGHT,
  MAX_QUANTITY,
  type TAllocationProblem,
  type TAllocationPlan,
  type TAssignment,
  type TDemand,
  type TSupplyLine,
  type TUnmet,
  type TUnmetParams,
  type TUnmetReasonCode,
  type TValidationIssue,
  type TWarehouse,
} from './types';
