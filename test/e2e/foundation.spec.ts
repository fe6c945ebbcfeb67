import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
} from './support';

const ROLES = [
  { role: 'admin', email: 'admin@passerelle.demo' },
  { role: 'coordinator', email: 'coordination@passerelle.demo' },
  { role: 'workshop_operator', email: 'atelier@passerelle.demo' },
  { role: 'referent', email: 'referente@passerelle.demo' },
  { role: 'donor_contact', email: 'mecenat@passerelle.demo' },
  { role: 'funder', email: 'financeur@passerelle.demo' },
  { role: 'volunteer', email: 'benevole@passerelle.demo' },
] as const;

async function switchLanguage(page: Page, to: 'English' | 'Français') {
  await page
    .getByRole('radiogroup', { name: /^(Langue|Language)$/ })
    .getByText(to)
    .click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.lang))
    .toBe(to === 'English' ? 'en' : 'fr');
}

async function logout(page: Page) {
  const button = page.getByRole('button', { name: /Se déconnecter|Log out/ });
  if (!(await button.isVisible())) {
    await page.getByRole('button', { name: /Ouvrir le menu|Open menu/ }).click();
  }
  await page.getByRole('button', { name: /Se déconnecter|Log out/ }).click();
  await page.waitForURL(/\/login/);
}

describe('foundation: every role logs in, sees its home, switches language, logs out', () => {
  const b = useBrowser();

  it('shows a translated, accessible login page', async () => {
    const page = await b.newPage();
    await page.goto('/login');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect.poll(() => page.getByRole('button', { name: 'Se connecter' }).count()).toBe(1);
    await expectNoA11yViolations(page, 'login (fr)');
    await screenshot(page, 'login');
    await switchLanguage(page, 'English');
    await expect.poll(() => page.getByRole('button', { name: 'Log in' }).count()).toBe(1);
    await expectNoA11yViolations(page, 'login (en)');
    // The choice is remembered on this device.
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Log in' }).count()).toBe(1);
  });

  it('refuses a wrong password with a clear message', async () => {
    const page = await b.newPage();
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill('admin@passerelle.demo');
    await page.getByLabel(/^Mot de passe/).fill('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/mot de passe/i);
    expect(page.url()).toMatch(/\/login/);
  });

  for (const { role, email } of ROLES) {
    it(`${role}: home in French then English, accessible, then logout`, async () => {
      const page = await b.newPage();
      await login(page, email);
      await page.getByTestId(`home-${role}`).waitFor();
      await expectNoA11yViolations(page, `home ${role} (fr)`);
      if (role === 'coordinator') await screenshot(page, 'home-coordinator');
      await switchLanguage(page, 'English');
      await page.getByTestId(`home-${role}`).waitFor();
      await expectNoA11yViolations(page, `home ${role} (en)`);
      await switchLanguage(page, 'Français');
      await logout(page);
      // After logout, protected pages send back to the login page.
      await page.goto('/');
      await page.waitForURL(/\/login/);
    });
  }

  it('a referent on a 360 px phone: no horizontal scroll, menu behind the burger', async () => {
    const page = await b.newPage({ width: 360, height: 740 });
    await login(page, 'referente@passerelle.demo');
    await page.getByTestId('home-referent').waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoA11yViolations(page, 'referent home 360px');
    await screenshot(page, 'home-referent-mobile');
    await page.getByRole('button', { name: /Ouvrir le menu/ }).click();
    await page
      .getByRole('navigation', { name: /^(Navigation principale|Main navigation)$/ })
      .waitFor();
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  it('admin pages are reachable from the navigation, accessible and translated', async () => {
    const page = await b.newPage();
    await login(page, 'admin@passerelle.demo');
    const nav = page.getByRole('navigation', { name: /^(Navigation principale|Main navigation)$/ });
    const pages: [string, string][] = [
      ['Organisations', 'organisations'],
      ['Utilisateurs', 'users'],
      ['Journal d’audit', 'audit'],
      ['Courriels envoyés', 'outbox'],
      ['Paramètres', 'settings'],
    ];
    for (const [link, shot] of pages) {
      await nav.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: link }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoA11yViolations(page, `${shot} (fr)`);
      await screenshot(page, shot);
    }
    await switchLanguage(page, 'English');
    await nav.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await expectNoA11yViolations(page, 'audit (en)');
    await switchLanguage(page, 'Français');
  });

  it('a referent cannot open the bank pages', async () => {
    const page = await b.newPage();
    await login(page, 'referente@passerelle.demo');
    const nav = page.getByRole('navigation', { name: /^(Navigation principale|Main navigation)$/ });
    expect(await nav.getByRole('link', { name: 'Organisations' }).count()).toBe(0);
    await page.goto('/admin/users');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .not.toBe('Utilisateurs');
  });
});
