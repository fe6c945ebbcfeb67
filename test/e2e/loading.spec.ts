import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoA11yViolations, login, useBrowser, useLanguage } from './support';

/** Script files the page fetched, by name without their hash (`bundle-fr`, `device-page`…). */
function scriptsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const match = /\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname);
    if (match) names.push(match[1]!);
  });
  return names;
}

describe('loading: each page and each language is fetched when needed', () => {
  const b = useBrowser();

  it('fetches one language at a time, and a page’s code only when it is opened', async () => {
    const page = await b.newPage({ width: 360 });
    const scripts = scriptsOf(page);
    await page.goto('/login');
    await expect.poll(() => page.getByRole('button', { name: 'Se connecter' }).count()).toBe(1);
    expect(scripts).toContain('bundle-fr');
    expect(scripts).not.toContain('bundle-en');
    // Nothing of the workshop is fetched to show the login page.
    expect(scripts.filter((s) => /device|queue|wave|shipment/.test(s))).toEqual([]);

    await login(page, 'atelier@passerelle.demo');
    expect(scripts).not.toContain('device-page');
    await page.goto('/devices');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).first().textContent())
      .toMatch(/\S/);
    expect(scripts).toContain('devices-page');

    // English arrives when asked for, and the page is then fully in English.
    await page.setViewportSize({ width: 1280, height: 800 });
    await useLanguage(page, 'en');
    expect(scripts).toContain('bundle-en');
    await expect
      .poll(() => page.getByRole('button', { name: /Log out/ }).count())
      .toBeGreaterThan(0);
  });

  it('says when a page could not be fetched, and offers to reload', async () => {
    const page = await b.newPage({ width: 360 });
    await login(page, 'admin@passerelle.demo');
    // A dropped connection, or a version deployed since the app was opened: the chunk fails.
    await page.route(/\/assets\/audit-page-[\w-]{8}\.js$/, (route) => route.abort('failed'));
    await page.goto('/');
    await page.evaluate(() => {
      window.history.pushState({}, '', '/admin/audit');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'Cette page n’a pas pu être chargée',
    });
    await expect.poll(() => heading.count()).toBe(1);
    const alert = page.getByRole('alert').filter({ hasText: 'Rechargez la page' });
    await expect.poll(() => alert.count()).toBe(1);
    await expectNoA11yViolations(page, 'page load failed (fr, 360 px)');

    // The connection is back: reloading shows the page.
    await page.unroute(/\/assets\/audit-page-[\w-]{8}\.js$/);
    await page.getByRole('button', { name: 'Recharger la page' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: /Journal d’audit/ }).count())
      .toBe(1);
  });
});
