import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Development mode: the API on PORT (default 3000) restarted by tsx on change, and the Vite
 * dev server with hot reload on 5173 proxying /api to it.
 */
export async function startDev(): Promise<number> {
  const api = spawn(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'watch',
      '--clear-screen=false',
      resolve(ROOT, 'src/cli/index.ts'),
      'serve',
      '--no-web',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const web = spawn(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const stop = () => {
    api.kill('SIGTERM');
    web.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise((done) => {
    let exited = 0;
    const onExit = () => {
      exited++;
      stop();
      if (exited === 2) done(0);
    };
    api.on('exit', onExit);
    web.on('exit', onExit);
  });
}
