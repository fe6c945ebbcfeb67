import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAllocate, type TAllocateIo } from './allocate';

const problem = {
  warehouses: [{ id: 'W-PARIS', lat: 48.85, lon: 2.35 }],
  supply: [
    { id: 'S1', warehouse: 'W-PARIS', kind: 'laptop', tier: 2, earmark: null, quantity: 12 },
  ],
  demands: [
    {
      id: 'D1',
      network: 'ASE',
      lat: 43.3,
      lon: 5.37,
      kind: 'laptop',
      minTier: 1,
      quantity: 10,
      weight: 3,
    },
    {
      id: 'D2',
      network: 'FAS',
      lat: 45.76,
      lon: 4.84,
      kind: 'tablet',
      minTier: 1,
      quantity: 5,
      weight: 1,
    },
  ],
  substitutes: { tablet: ['laptop'] },
  networkCaps: { 'Collectif Mentorat': 1100 },
};

/** Collects what the command writes. */
function captureIo(): TAllocateIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}

describe('runAllocate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'passerelle-allocate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the optimal plan to --out and exits 0', async () => {
    const input = join(dir, 'problem.json');
    const output = join(dir, 'plan.json');
    await writeFile(input, JSON.stringify(problem));
    const io = captureIo();
    expect(await runAllocate({ in: input, out: output }, io)).toBe(0);
    const plan = JSON.parse(await readFile(output, 'utf8'));
    expect(plan.assignments).toEqual([
      { supply: 'S1', demand: 'D1', quantity: 10 },
      { supply: 'S1', demand: 'D2', quantity: 2 },
    ]);
    expect(plan.unmet).toEqual([
      expect.objectContaining({
        demand: 'D2',
        quantity: 3,
        reasonCode: 'outweighed',
        params: { cutoffWeight: 3, weight: 1 },
      }),
    ]);
    expect(plan.objective.weightedUnits).toBe(32);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('allocated 12 units');
  });

  it('prints the plan on standard output without --out', async () => {
    const input = join(dir, 'problem.json');
    await writeFile(input, JSON.stringify(problem));
    const io = captureIo();
    expect(await runAllocate({ in: input }, io)).toBe(0);
    expect(JSON.parse(io.out()).objective.weightedUnits).toBe(32);
    expect(io.err()).toBe('');
  });

  it('exits 2 with one line per problem and writes nothing for an invalid problem', async () => {
    const input = join(dir, 'problem.json');
    const output = join(dir, 'plan.json');
    const bad = structuredClone(problem) as Record<string, unknown> & typeof problem;
    bad.supply[0]!.warehouse = 'W-LYON';
    bad.supply[0]!.quantity = -1;
    bad.demands[1]!.weight = 1e9;
    await writeFile(input, JSON.stringify(bad));
    const io = captureIo();
    expect(await runAllocate({ in: input, out: output }, io)).toBe(2);
    expect(io.err().trimEnd().split('\n').sort()).toEqual([
      'demands[1].weight: must be <= 1000',
      'supply[0].quantity: must be >= 0',
      'supply[0].warehouse: unknown warehouse "W-LYON"',
    ]);
    expect(io.out()).toBe('');
    expect(existsSync(output)).toBe(false);
  });

  it('exits 2 with one line for a file that is not JSON', async () => {
    const input = join(dir, 'problem.json');
    const output = join(dir, 'plan.json');
    await writeFile(input, '{"warehouses": [');
    const io = captureIo();
    expect(await runAllocate({ in: input, out: output }, io)).toBe(2);
    expect(io.err()).toMatch(/^.*problem\.json: not valid JSON \(.+\)\n$/);
    expect(existsSync(output)).toBe(false);
  });

  it('exits 2 when the input file does not exist', async () => {
    const io = captureIo();
    expect(await runAllocate({ in: join(dir, 'missing.json') }, io)).toBe(2);
    expect(io.err()).toContain('missing.json: cannot read the file (ENOENT)');
  });
});
