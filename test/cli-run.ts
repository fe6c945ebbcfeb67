import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** The real `passerelle` command, as users run it. */
export const BIN = resolve(import.meta.dirname, '../bin/passerelle.js');

/** What a finished command printed and returned. */
export interface TCliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child: its own data directory, PGlite unless a URL is given. */
export function cliEnv(dataDir: string, databaseUrl = ''): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PASSERELLE_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  };
}

/** Starts `passerelle …` without waiting. */
export function startCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `passerelle …` to the end. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<TCliResult> {
  const child = startCli(args, env);
  return finished(child);
}

/** Collects a child's output until it exits. */
export function finished(child: ChildProcess): Promise<TCliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Resolves when a running child prints a line matching `pattern` (rejects if it exits). */
export function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<string> {
  let seen = '';
  return new Promise((done, fail) => {
    const onData = (d: Buffer) => {
      seen += d.toString();
      const match = pattern.exec(seen);
      if (match) {
        child.stdout!.off('data', onData);
        done(match[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (seen += d.toString()));
    child.on('exit', (code) => fail(new Error(`exited with ${code} before ${pattern}: ${seen}`)));
  });
}
