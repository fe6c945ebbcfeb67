import { buildAllocationGraph } from '../../src/domain/allocation/build-network';
import { haversineKm } from '../../src/domain/allocation/haversine';
import type { THighs, THighsOptimum } from '../../src/domain/allocation/testing/highs-reference';
import type { TAllocationProblem } from '../../src/domain/allocation/types';

/**
 * HiGHS on the engine's own compact model (one column per arc of the hub graph, one
 * conservation row per node) instead of the textbook one: shows how much of the engine's lead
 * comes from the model and how much from the algorithm. Same two lexicographic phases, exact
 * haversine km in phase 2. Benchmark helper only (the tests use the independent model).
 */
export function solveFlowModelWithHighs(
  highs: THighs,
  problem: TAllocationProblem,
  options: Record<string, string | number | boolean> = {},
): THighsOptimum {
  const started = performance.now();
  const graph = buildAllocationGraph(problem);
  const { nodeCount, arcCount, source, target, cap, costA, supply } = graph.net;
  const starts = new Int32Array(arcCount + 1);
  const indices = new Int32Array(2 * arcCount);
  const values = new Float64Array(2 * arcCount);
  const km = new Float64Array(arcCount);
  for (let e = 0; e < arcCount; e++) {
    starts[e + 1] = 2 * (e + 1);
    indices[2 * e] = Math.min(source[e]!, target[e]!);
    values[2 * e] = source[e]! < target[e]! ? 1 : -1;
    indices[2 * e + 1] = Math.max(source[e]!, target[e]!);
    values[2 * e + 1] = source[e]! < target[e]! ? -1 : 1;
    const j = graph.arcDemand[e]!;
    if (j >= 0) {
      const w = problem.warehouses[graph.hubWarehouse[graph.arcHub[e]!]!]!;
      const d = problem.demands[j]!;
      km[e] = haversineKm(w.lat, w.lon, d.lat, d.lon);
    }
  }
  const model = highs.createModel({
    numCols: arcCount,
    numRows: nodeCount,
    colCost: Float64Array.from(costA),
    colLower: new Float64Array(arcCount),
    colUpper: cap.map((c) => (c === Infinity ? highs.infinity : c)),
    rowLower: supply,
    rowUpper: supply,
    matrix: { format: 'csc', numRows: nodeCount, numCols: arcCount, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false, ...options });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error('phase 1');
    const weightedUnits = -model.getObjectiveValue();
    const all = Int32Array.from({ length: arcCount }, (_, e) => e);
    model.addRow(-highs.infinity, -Math.round(weightedUnits), {
      indices: all,
      values: Float64Array.from(costA),
    });
    model.changeColsCost({ kind: 'range', from: 0, to: arcCount - 1 }, km);
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error('phase 2');
    return {
      weightedUnits,
      distanceKm: model.getObjectiveValue(),
      columns: arcCount,
      rows: nodeCount,
      ms: performance.now() - started,
    };
  } finally {
    model.dispose();
  }
}
