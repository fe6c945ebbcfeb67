import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { cliEnv, runCli } from '../../test/cli-run';
import { useTestApp } from '../../test/app';
import { buildInventoryWorld, ctxFor } from '../../test/inventory';
import { buildDevice } from '../../test/factories';
import { openDatabase, queryRows } from '../db/connect';
import { ZProbeSnapshot } from '../shared/schemas/probe';
import { createWorkshopToken } from '../services/workshop/workshop-tokens';

/**
 * The real `passerelle probe` and `passerelle stock rebuild` commands in child processes
 * (a few seconds each): probing this machine, uploading to a running server with a workshop
 * token, and checking then rebuilding the stock projection of a PGlite data directory.
 */
describe('passerelle probe and stock rebuild', () => {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-probe-'));
  const env = cliEnv(join(dir, 'data'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const t = useTestApp();

  it(
    'probes this Linux machine into a file (unknown fields null and listed), then uploads it',
    { timeout: 120_000 },
    async () => {
      const out = join(dir, 'snapshot.json');
      const probe = await runCli(['probe', '--out', out], env);
      expect(probe.code).toBe(0);
      const snapshot = ZProbeSnapshot.parse(JSON.parse(readFileSync(out, 'utf8')));
      expect(snapshot.cpu.model).toBeTruthy();
      expect(snapshot.ramMb).toBeGreaterThan(0);
      for (const path of snapshot.unknown.filter(
        (p) => !p.startsWith('drives.') && p !== 'battery',
      )) {
        const value = path
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], snapshot);
        expect(value, path).toBeNull();
      }
      expect(probe.stderr).toContain(
        snapshot.unknown.length ? 'Could not read' : 'Every field was read',
      );

      // Upload to a running server with a workshop token; a device with this RAM gets filled.
      const world = await buildInventoryWorld(t.database.db);
      const { token } = await createWorkshopToken(ctxFor(t.database, world.actors.operatorA), {
        name: 'Banc CLI',
      });
      const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const bad = await runCli(
        ['probe', '--in', out, '--server', address, '--token', 'pwt_wrong'],
        env,
      );
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('(401)');
      const up = await runCli(['probe', '--in', out, '--server', address, '--token', token], env);
      expect(up.code).toBe(0);
      expect(up.stderr).toMatch(/Uploaded/);
      const rows = await queryRows<{ status: string; source: string }>(
        t.database.db,
        sql`SELECT status, source FROM probe_snapshots`,
      );
      expect(rows).toEqual([
        { status: expect.stringMatching(/matched|unmatched/), source: 'token' },
      ]);
    },
  );

  it(
    'checks the stock projection against the ledger, reports drift (exit 1) and rebuilds it',
    { timeout: 180_000 },
    async () => {
      const clean = await runCli(['stock', 'rebuild', '--check'], env);
      expect(clean.code).toBe(0);
      expect(clean.stdout).toContain('Stock projection matches the ledger.');

      const database = await openDatabase({ dataDir: join(dir, 'data') });
      await buildDevice(database.db, { kind: 'tablet' });
      await database.db.execute(sql`UPDATE stock_levels SET count = 3`);
      await database.close();

      const drift = await runCli(['stock', 'rebuild', '--check'], env);
      expect(drift.code).toBe(1);
      expect(drift.stdout).toMatch(/devices .*\|tablet\|-\|-\|-\|received: ledger 1, projection 3/);
      const rebuilt = await runCli(['stock', 'rebuild'], env);
      expect(rebuilt.code).toBe(0);
      expect(rebuilt.stdout).toContain(
        'Projection rebuilt from the ledger (1 difference(s) fixed).',
      );
      expect((await runCli(['stock', 'rebuild', '--check'], env)).code).toBe(0);
    },
  );
});
