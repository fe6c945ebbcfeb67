import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEnv, finished, runCli, startCli, waitForOutput } from './cli-run';

/**
 * PGlite cannot be shared by two processes: the second must refuse with a clear message, the
 * lock must go when the first stops, and a lock left by a dead process must be taken over.
 * The children always use PGlite (cliEnv clears DATABASE_URL), so this runs in both test runs.
 */
describe('embedded database lock', () => {
  let dir = '';
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lets one process at a time use a data directory', { timeout: 300_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-lock-'));
    const dataDir = join(dir, 'data');
    const lock = `${dataDir}.lock`;
    const env = { ...cliEnv(dataDir), PORT: '0', HOST: '127.0.0.1' };
    const first = startCli(['serve', '--no-web', '--no-seed'], env);
    const firstDone = finished(first);
    try {
      await waitForOutput(first, /Passerelle is listening on http:\/\/localhost:\d+/);
      expect(readFileSync(lock, 'utf8').trim()).toBe(String(first.pid));

      const second = await runCli(['serve', '--no-web', '--no-seed'], env);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain(
        `already used by another Passerelle process (pid ${first.pid})`,
      );
      expect(second.stderr).toMatch(/PASSERELLE_DATA_DIR|DATABASE_URL/);
      expect(readFileSync(lock, 'utf8').trim()).toBe(String(first.pid));
    } finally {
      first.kill('SIGTERM');
    }
    expect((await firstDone).code).toBe(0);
    expect(existsSync(lock)).toBe(false);

    // A lock left by a process that no longer exists is taken over.
    const ghost = await finishedPid();
    writeFileSync(lock, String(ghost));
    const next = await runCli(['migrate'], env);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});

/** The pid of a process that has exited. */
async function finishedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: ['ignore', 'pipe', 'pipe'] });
  await finished(child);
  return child.pid!;
}
