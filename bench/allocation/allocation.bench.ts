import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { allocateWithStats, type TAllocationProblem } from '../../src/domain/allocation';
import { checkPlan } from '../../src/domain/allocation/testing/check-plan';
import {
  loadHighs,
  solveWithHighs,
  type THighs,
  type THighsOptimum,
} from '../../src/domain/allocation/testing/highs-reference';
import type { BenchResult } from '../types';
import { generateInstance } from './generate-instance';
import { solveFlowModelWithHighs } from './highs-flow-model';

/** Demand counts for the engine's growth curve (100,000 devices in stock throughout). */
const ENGINE_SIZES = [1_000, 5_000, 20_000, 100_000];
const sizes = (env: string | undefined, fallback: string) =>
  (env ?? fallback).split(',').filter(Boolean).map(Number);
/**
 * HiGHS on the textbook LP (one column per compatible line × demand): ~20 s at 5,000 demands
 * and much worse than linear beyond, so 20,000 is opt-in (BENCH_HIGHS_DEMANDS=…,20000).
 */
const HIGHS_TEXTBOOK_SIZES = sizes(process.env.BENCH_HIGHS_DEMANDS, '1000,5000');
/** HiGHS on the engine's compact hub model, which it can solve at 20,000 demands. */
const HIGHS_FLOW_SIZES = sizes(process.env.BENCH_HIGHS_FLOW_DEMANDS, '1000,5000,20000');

/** Engine memory: one fresh process per size (solve-once.ts), peak RSS minus RSS before. */
function engineMemory(demands: number): { rssBefore: number; peak: number } {
  const script = fileURLToPath(new URL('./solve-once.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, String(demands)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { rssBefore: number; peak: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const count = (n: number) => n.toLocaleString('en-US');

/** Runs `fn` and returns its result with wall and CPU milliseconds (CPU resists a busy box). */
function measure<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = fn();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function timeEngine(problem: TAllocationProblem, reps: number) {
  const runs = Array.from({ length: reps }, () => measure(() => allocateWithStats(problem)));
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    reps,
    ...runs[runs.length - 1]!.value,
  };
}

/** HiGHS against the engine on one instance: time, speed-up, and the optimum re-checked. */
function compare(
  label: string,
  demands: number,
  engineCpuMs: number,
  solve: (problem: TAllocationProblem) => THighsOptimum,
): BenchResult[] {
  const problem = generateInstance({ demands });
  const check = checkPlan(problem, allocateWithStats(problem).plan);
  const run = measure(() => solve(problem));
  const reference = run.value;
  const sameWeight = Math.round(reference.weightedUnits) === check.weightedUnits;
  const gap = Math.abs(check.distanceKm - reference.distanceKm) / Math.max(1, reference.distanceKm);
  const same = sameWeight && gap <= 1e-6 && check.violations.length === 0;
  if (!same) throw new Error(`engine and HiGHS (${label}) disagree at ${demands} demands`);
  return [
    {
      name: `HiGHS ${label}, ${count(demands)} demands`,
      value: Math.round(run.cpuMs),
      unit: 'ms CPU',
      note:
        `wall ${Math.round(run.wallMs)} ms; LP ${count(reference.columns)} columns × ` +
        `${count(reference.rows)} rows, two phases; same optimum (distance gap ${gap.toExponential(1)})`,
    },
    {
      name: `speed-up vs HiGHS ${label}, ${count(demands)} demands`,
      value: Math.round(run.cpuMs / engineCpuMs),
      unit: '×',
      note: `CPU time ratio; engine ${Math.round(engineCpuMs)} ms CPU`,
    },
  ];
}

/**
 * Allocation engine: solve time on the national instance from 1,000 to 100,000 demands,
 * memory, and HiGHS on the same instances (textbook LP with primal simplex, its fastest there;
 * compact hub LP with interior point, its fastest there), the optimum checked each time.
 */
export default async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const engineCpu = new Map<number, number>();
  timeEngine(generateInstance({ demands: 2_000, seed: 1 }), 3); // JIT warm-up

  for (const demands of ENGINE_SIZES) {
    const problem = generateInstance({ demands });
    const t = timeEngine(problem, demands >= 100_000 ? 3 : 5);
    const units = t.plan.assignments.reduce((s, a) => s + a.quantity, 0);
    engineCpu.set(demands, t.cpuMs);
    results.push({
      name: `engine, ${count(demands)} demands`,
      value: Math.round(t.wallMs),
      unit: 'ms',
      note:
        `median of ${t.reps}, CPU ${Math.round(t.cpuMs)} ms; ${problem.supply.length} lines; ` +
        `graph ${count(t.stats.nodes)} nodes, ${count(t.stats.arcs)} arcs; ` +
        `${count(t.stats.pivots)} pivots; ${count(units)} units served`,
    });
  }
  for (const demands of ENGINE_SIZES) {
    const memory = engineMemory(demands);
    results.push({
      name: `engine memory, ${count(demands)} demands`,
      value: Math.round((memory.peak - memory.rssBefore) * 10) / 10,
      unit: 'MiB',
      note: `fresh process: peak RSS ${memory.peak} MiB − ${memory.rssBefore} MiB before the solve`,
    });
  }

  const highs: THighs = await loadHighs();
  const cpuOf = (demands: number) =>
    engineCpu.get(demands) ?? timeEngine(generateInstance({ demands }), 3).cpuMs;
  for (const demands of HIGHS_TEXTBOOK_SIZES) {
    results.push(
      ...compare('textbook LP', demands, cpuOf(demands), (p) =>
        solveWithHighs(highs, p, { solver: 'simplex', simplex_strategy: 4 }),
      ),
    );
  }
  for (const demands of HIGHS_FLOW_SIZES) {
    results.push(
      ...compare('hub LP', demands, cpuOf(demands), (p) =>
        solveFlowModelWithHighs(highs, p, { solver: 'ipm' }),
      ),
    );
  }
  return results;
}
