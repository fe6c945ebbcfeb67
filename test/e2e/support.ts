import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Password of every demo login. */
export const DEMO_PASSWORD = 'passerelle-demo-2026';

/** Launches Debian's Chromium (never a downloaded browser), with extra switches if given. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * One browser per test file; `newPage` gives a fresh context (cookies, storage) each time.
 * `args`: extra Chromium switches (e.g. a fake camera playing a file).
 */
export function useBrowser(options: { args?: string[] } = {}) {
  const holder = {} as { browser: Browser; baseUrl: string };
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    holder.browser = await launchChromium(options.args);
    holder.baseUrl = inject('baseUrl');
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await holder.browser?.close();
  });
  return {
    get baseUrl() {
      return holder.baseUrl;
    },
    /** A new page; `width` 360 for a cheap phone, 1280 for a desk. */
    async newPage(options: { width?: number; height?: number } = {}): Promise<Page> {
      const context = await holder.browser.newContext({
        baseURL: holder.baseUrl,
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        locale: 'fr-FR',
        // No transitions: axe must not see a notification or a dialog half faded in.
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
  };
}

/** Runs axe-core on the page and fails with the list of violations, if any. */
export async function expectNoA11yViolations(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the app's strict CSP stays on during the test.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: { id: string; help: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target).slice(0, 5),
    }));
  });
  expect(violations, `axe violations on ${label}: ${JSON.stringify(violations, null, 2)}`).toEqual(
    [],
  );
}

/** True when the page is wider than the viewport (horizontal scrolling on a phone). */
export async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  // Right after a resize the layout may still be the previous width's (the shell re-renders
  // when its media query changes): only an overflow that lasts is one.
  try {
    await page.waitForFunction(
      () => document.documentElement.scrollWidth <= window.innerWidth + 1,
      undefined,
      { timeout: 2_000 },
    );
    return false;
  } catch {
    return true;
  }
}

/** Saves a screenshot into docs/screenshots (kept current by every e2e run). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = resolve(ROOT, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: false });
}

/** Logs in through the login page (French or English labels both work). */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/Adresse e-mail|E-mail address/).fill(email);
  await page.getByLabel(/^(Mot de passe|Password)/).fill(password);
  await page.getByRole('button', { name: /Se connecter|Log in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // The language is saved on the account, and demo accounts are shared by every spec file:
  // each test starts in French whatever an earlier test chose (tests switch explicitly).
  const changed = await page.evaluate(async () => {
    const session = (await (await fetch('/api/auth/session')).json()) as {
      csrfToken: string;
      user?: { locale?: string };
    };
    if (session.user?.locale === 'fr') return false;
    await fetch('/api/auth/locale', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ locale: 'fr' }),
    });
    return true;
  });
  if (changed) await page.reload();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
}

/** Calls the API from a logged-in page (same cookies, with the session's CSRF token). */
export async function api<T = Record<string, unknown>>(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    { method, url, body },
  );
}

/** Puts the interface in a language with the switch in the header (a wide screen). */
export async function useLanguage(page: Page, lang: 'fr' | 'en'): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current === lang) return;
  await page
    .getByRole('radiogroup', { name: /^(Langue|Language)$/ })
    .first()
    .getByText(lang === 'en' ? 'English' : 'Français')
    .click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}
