import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ensureWebBuilt } from '../src/cli/web-build';
import { freePort, waitForHealth } from '../test/e2e/global-setup';
import type { BenchResult } from './types';

/**
 * What a phone downloads to use Passerelle: the real server (`passerelle serve`, demo data,
 * embedded database) and Debian Chromium on an emulated mobile connection (1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms round trip — a fair 3G or a weak 4G signal), cache empty at the start
 * of each journey then kept, as on a phone. Bytes are what travelled (compressed).
 */
const ROOT = resolve(import.meta.dirname, '..');
const PASSWORD = 'passerelle-demo-2026';
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

interface TTally {
  bytes: number;
  scripts: number;
  requests: number;
}

function tally(page: Page): TTally {
  const t: TTally = { bytes: 0, scripts: 0, requests: 0 };
  page.on('requestfinished', (request) => {
    void request.sizes().then((s) => {
      t.requests += 1;
      t.bytes += s.responseBodySize + s.responseHeadersSize;
      if (request.resourceType() === 'script') t.scripts += 1;
    });
  });
  return t;
}

export default async function webDownload(): Promise<BenchResult[]> {
  ensureWebBuilt(() => undefined);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-web-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  env.PASSERELLE_DATA_DIR = join(dataDir, 'data');
  const server = spawn(process.execPath, [resolve(ROOT, 'bin/passerelle.js'), 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const results: BenchResult[] = [];
  try {
    await waitForHealth(baseUrl, server, () => output);
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 360, height: 740 },
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    const t = tally(page);

    const step = async (name: string, note: string, run: () => Promise<void>) => {
      const before = { ...t };
      const started = performance.now();
      await run();
      const ms = performance.now() - started;
      await new Promise((r) => setTimeout(r, 300)); // let the last sizes arrive
      results.push({
        name: `${name}: downloaded`,
        value: Math.round((t.bytes - before.bytes) / 1024),
        unit: 'KiB',
        note: `${t.requests - before.requests} requests, ${t.scripts - before.scripts} scripts; ${note}`,
      });
      results.push({ name: `${name}: until usable`, value: Math.round(ms), unit: 'ms' });
    };

    await step('login page, first visit', 'empty cache', async () => {
      await page.goto('/login');
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    });
    await step('referent logs in, home', 'cache from the login page', async () => {
      await page.getByLabel('Adresse e-mail').fill('referente@passerelle.demo');
      await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByText('Chargement…').waitFor({ state: 'detached' });
    });
    await step('referent opens the request form', 'cache from the previous steps', async () => {
      await page.goto('/requests/new');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByText('Chargement…').waitFor({ state: 'detached' });
    });
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
