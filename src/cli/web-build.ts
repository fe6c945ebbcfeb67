import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const INDEX = resolve(ROOT, 'dist/web/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/web is missing or older than the web sources. */
export function isWebBuildStale(): boolean {
  if (!existsSync(INDEX)) return true;
  const built = statSync(INDEX).mtimeMs;
  const sources = Math.max(
    newestMtime(resolve(ROOT, 'src/web')),
    newestMtime(resolve(ROOT, 'src/shared')),
    statSync(resolve(ROOT, 'vite.config.ts')).mtimeMs,
  );
  return sources > built;
}

/** Builds the web app with Vite when it is missing or out of date (a first start takes ~30 s). */
export function ensureWebBuilt(log: (m: string) => void): void {
  if (!isWebBuildStale()) return;
  log('Building the web app (vite build)…');
  const result = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // Always the production build of React, even when started from tests (NODE_ENV=test).
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}
