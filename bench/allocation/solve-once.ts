import { allocate } from '../../src/domain/allocation';
import { generateInstance } from './generate-instance';

/**
 * Child process of the allocation bench: builds the national instance of `argv[2]` demands,
 * solves it once and prints the resident memory before the solve and the process peak (MiB),
 * so the engine's own memory shows without the bench's other instances around it.
 */
const demands = Number(process.argv[2] ?? 20_000);
const problem = generateInstance({ demands });
const before = process.memoryUsage().rss;
const plan = allocate(problem);
const peak = process.resourceUsage().maxRSS * 1024;
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
console.log(
  JSON.stringify({
    demands,
    assignments: plan.assignments.length,
    rssBefore: mib(before),
    peak: mib(peak),
  }),
);
