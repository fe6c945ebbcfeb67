import { readFile, writeFile } from 'node:fs/promises';
import { allocateValidated, validateProblem } from '../domain/allocation';

/** Where the command writes: the process streams by default, plain collectors in tests. */
export interface TAllocateIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const EXIT_OK = 0;
const EXIT_INVALID_INPUT = 2;

/**
 * `passerelle allocate --in problem.json [--out plan.json]`: reads a problem, writes the
 * optimal plan as JSON to `out` (or standard output) and returns 0. An unreadable file, bad
 * JSON or an invalid problem returns 2 with one `path: reason` line per problem on standard
 * error, and writes nothing.
 */
export async function runAllocate(
  opts: { in: string; out?: string },
  io: TAllocateIo = process,
): Promise<number> {
  let text: string;
  try {
    text = await readFile(opts.in, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    io.stderr.write(`${opts.in}: cannot read the file (${code})\n`);
    return EXIT_INVALID_INPUT;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    io.stderr.write(`${opts.in}: not valid JSON (${(error as Error).message})\n`);
    return EXIT_INVALID_INPUT;
  }
  const checked = validateProblem(input);
  if (!checked.ok) {
    for (const issue of checked.issues) io.stderr.write(`${issue.path}: ${issue.reason}\n`);
    return EXIT_INVALID_INPUT;
  }
  const { plan } = allocateValidated(checked.problem);
  const json = `${JSON.stringify(plan, null, 2)}\n`;
  if (opts.out) {
    await writeFile(opts.out, json, 'utf8');
    const units = plan.assignments.reduce((sum, a) => sum + a.quantity, 0);
    const unmet = plan.unmet.reduce((sum, u) => sum + u.quantity, 0);
    io.stderr.write(
      `allocated ${units} units (weighted ${plan.objective.weightedUnits}, ` +
        `${plan.objective.distanceKm} km), ${unmet} unmet → ${opts.out}\n`,
    );
  } else {
    io.stdout.write(json);
  }
  return EXIT_OK;
}
