import { readdir } from 'node:fs/promises';
import { cpus, platform, release, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './types';

/**
 * Benchmark runner (`npm run bench [filter]`): imports every `bench/**\/*.bench.ts` whose path
 * contains the filter, runs them one after the other, and prints the machine and one Markdown
 * table per bench, ready to paste into docs/benchmarks.md.
 */
const benchDir = dirname(fileURLToPath(import.meta.url));

async function findBenches(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findBenches(path)));
    else if (entry.name.endsWith('.bench.ts')) found.push(path);
  }
  return found.sort();
}

const format = (value: number) =>
  Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 2 });

function table(results: BenchResult[]): string {
  const rows = results.map(
    (r) => `| ${r.name} | ${format(r.value)} | ${r.unit} | ${r.note ?? ''} |`,
  );
  return ['| measure | value | unit | note |', '| --- | ---: | --- | --- |', ...rows].join('\n');
}

const filter = process.argv[2] ?? '';
const benches = (await findBenches(benchDir)).filter((path) =>
  relative(benchDir, path).includes(filter),
);
const cpu = cpus();
console.log(`# Benchmarks — ${new Date().toISOString().slice(0, 10)}\n`);
console.log(
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}, Node ${process.version}\n`,
);
if (benches.length === 0) {
  console.log(`No bench matches "${filter}".`);
  process.exitCode = 1;
}
for (const path of benches) {
  const name = relative(benchDir, path);
  console.log(`## ${name}\n`);
  const started = performance.now();
  const module = (await import(pathToFileURL(path).href)) as {
    default: () => Promise<BenchResult[]>;
  };
  const results = await module.default();
  console.log(table(results));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
