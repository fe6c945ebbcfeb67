/**
 * Allocation waves, the coordinator's layer over the engine (src/domain/allocation): building
 * the problem from selected lines and ready stock, reading the plan back as a proposal with
 * fill rates and fairness, and telling what changed since a run. Pure: no I/O.
 */
export { buildWaveProblem, demandId, lineSelected, stockKey, stockSelected } from './build-problem';
export { summariseWave, fairnessOf } from './summarise';
export type {
  TFairness,
  TFill,
  TLineSource,
  TNetworkView,
  TStructureView,
  TDepartementView,
  TWarehouseView,
  TWaveLineView,
  TWaveSummary,
} from './summarise';
export { snapshotChanges, type TWaveChange } from './staleness';
export type * from './types';
