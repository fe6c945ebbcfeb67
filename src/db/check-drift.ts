import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { MIGRATIONS_FOLDER } from './connect';

const ROOT = resolve(import.meta.dirname, '../..');

/** The outcome of a drift check. */
export interface TDriftReport {
  /** True when the committed migrations produce exactly the schema in src/db/schema. */
  isInSync: boolean;
  /** SQL drizzle-kit would generate to catch up (empty when in sync). */
  pendingSql: string;
  /** drizzle-kit's output, for diagnosis. */
  output: string;
}

/**
 * Checks that the committed migrations match the Drizzle schema (Immich's drift check): copies
 * the migrations to a temporary folder, lets drizzle-kit generate against it, and reports any
 * migration it had to write (`schema`: another schema file, for tests). The real migrations
 * folder is never touched. Needs drizzle-kit
 * (a dev dependency): for CI and `npm run check`, not for production servers.
 */
export function checkMigrationDrift(options: { schema?: string } = {}): TDriftReport {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-drift-'));
  try {
    cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
    const before = new Set(readdirSync(dir));
    // drizzle-kit prefixes --out with "./": give it a path relative to the project.
    const result = spawnSync(
      process.execPath,
      [
        resolve(ROOT, 'node_modules/drizzle-kit/bin.cjs'),
        'generate',
        '--dialect',
        'postgresql',
        '--schema',
        relative(ROOT, options.schema ?? resolve(ROOT, 'src/db/schema/index.ts')),
        '--out',
        relative(ROOT, dir),
        '--name',
        'drift',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    const added = readdirSync(dir).filter((f) => !before.has(f) && f.endsWith('.sql'));
    if (result.status !== 0 && !added.length) {
      // A rename question (drizzle-kit is interactive) or a schema that does not load.
      return { isInSync: false, pendingSql: '', output: output || String(result.error) };
    }
    const pendingSql = added.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    return { isInSync: added.length === 0, pendingSql, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
