/**
 * One measured figure of a benchmark: `npm run bench` prints each bench's results as a
 * Markdown table (name | value | unit | note). Every `bench/**\/*.bench.ts` file default-exports
 * `async function run(): Promise<BenchResult[]>`.
 */
export type BenchResult = { name: string; value: number; unit: string; note?: string };
