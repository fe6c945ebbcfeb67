import highsLoader from 'highs';
import { canServe } from '../compatibility';
import { haversineKm } from '../haversine';
import type { TAllocationProblem } from '../types';

/** The loaded HiGHS WebAssembly module (load once, reuse for many models). */
export type THighs = Awaited<ReturnType<typeof highsLoader>>;

/** Loads HiGHS (test and benchmark helper only; the engine never depends on it). */
export function loadHighs(): Promise<THighs> {
  return highsLoader();
}

/** The reference optimum: weighted units (phase 1) and the least distance (phase 2). */
export interface THighsOptimum {
  weightedUnits: number;
  distanceKm: number;
  columns: number;
  rows: number;
  /** Wall time of building and solving both phases, in ms. */
  ms: number;
}

/**
 * Solves the problem independently of the engine, as the textbook transportation LP: one
 * variable per compatible (supply line, demand) pair, rows for line stock, demand quantity and
 * network caps. The matrix is totally unimodular, so the LP optimum is integral. Lexicographic
 * in two phases: maximise Σ weight·x; then add Σ weight·x >= that optimum and minimise
 * Σ km·x (exact haversine, not rounded).
 */
export function solveWithHighs(
  highs: THighs,
  problem: TAllocationProblem,
  options: Record<string, string | number | boolean> = {},
): THighsOptimum {
  const started = performance.now();
  const caps = problem.networkCaps ?? {};
  const whById = new Map(problem.warehouses.map((w) => [w.id, w]));
  const S = problem.supply.length;
  const D = problem.demands.length;
  const networkRow = new Map<string, number>();
  for (const d of problem.demands) {
    if (Object.hasOwn(caps, d.network) && !networkRow.has(d.network)) {
      networkRow.set(d.network, S + D + networkRow.size);
    }
  }
  const rowUpper = [
    ...problem.supply.map((s) => s.quantity),
    ...problem.demands.map((d) => d.quantity),
    ...[...networkRow.keys()].map((n) => caps[n]!),
  ];
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const weight: number[] = [];
  const km: number[] = [];
  problem.supply.forEach((s, i) => {
    if (s.quantity === 0) return;
    const wh = whById.get(s.warehouse)!;
    problem.demands.forEach((d, j) => {
      if (d.quantity === 0 || !canServe(problem, s, d)) return;
      indices.push(i, S + j);
      values.push(1, 1);
      const row = networkRow.get(d.network);
      if (row !== undefined) {
        indices.push(row);
        values.push(1);
      }
      starts.push(indices.length);
      weight.push(d.weight);
      km.push(haversineKm(wh.lat, wh.lon, d.lat, d.lon));
    });
  });
  const numCols = weight.length;
  const numRows = rowUpper.length;
  if (numCols === 0) {
    return { weightedUnits: 0, distanceKm: 0, columns: 0, rows: numRows, ms: 0 };
  }
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: weight,
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(highs.infinity),
    rowLower: new Float64Array(numRows).fill(-highs.infinity),
    rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false, ...options });
    model.run();
    expectOptimal(highs, model.getModelStatus(), 'phase 1');
    const weightedUnits = model.getObjectiveValue();
    // Phase 2 on the optimal face of phase 1 (integral target: round away solver noise).
    const target = Math.round(weightedUnits);
    const cols = Array.from({ length: numCols }, (_, k) => k);
    model.addRow(target, highs.infinity, { indices: cols, values: weight });
    model.changeColsCost({ kind: 'range', from: 0, to: numCols - 1 }, km);
    model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
    model.run();
    expectOptimal(highs, model.getModelStatus(), 'phase 2');
    const distanceKm = model.getObjectiveValue();
    return {
      weightedUnits,
      distanceKm,
      columns: numCols,
      rows: numRows,
      ms: performance.now() - started,
    };
  } finally {
    model.dispose();
  }
}

function expectOptimal(highs: THighs, status: number, phase: string): void {
  if (status !== highs.constants.modelStatus.optimal) {
    throw new Error(`HiGHS ${phase}: model status ${status}, expected optimal`);
  }
}
