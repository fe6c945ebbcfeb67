import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import frHome from '../../src/web/i18n/fr/home.json';
import enHome from '../../src/web/i18n/en/home.json';
import { formatCurrency, formatNumber } from '../../src/web/i18n/format';
import {
  api,
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
} from './support';

type TLang = 'fr' | 'en';

interface TTasks {
  items: { key: string; count: number; to: string }[];
  actions: { key: string; to: string }[];
  grants: { id: string; name: string; pledgedCents: number; leftCents: number }[];
}

/** The label of a to-do line as the app shows it (French says "one" for 0 and 1). */
function label(lang: TLang, key: string, count: number): string {
  const plural = (lang === 'fr' ? count <= 1 : count === 1) ? '_one' : '_other';
  const parts = key.split('.');
  const last = parts.pop()!;
  const parent = parts.reduce<Record<string, unknown>>(
    (n, part) => n[part] as Record<string, unknown>,
    (lang === 'fr' ? frHome : enHome).home.tasks as Record<string, unknown>,
  );
  return String(parent[last + plural]);
}

/** Puts the account in `lang` through its saved preference (the switch is behind the burger on a phone). */
async function setLanguage(page: Page, lang: TLang) {
  await api(page, 'PUT', '/api/auth/locale', { locale: lang });
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

const ACCOUNTS = [
  { email: 'referente@passerelle.demo', role: 'referent' },
  { email: 'atelier@passerelle.demo', role: 'workshop_operator' },
  { email: 'mecenat@passerelle.demo', role: 'donor_contact' },
  { email: 'coordination@passerelle.demo', role: 'coordinator' },
] as const;

describe('homes: each role sees what waits for it, each line a link to where it acts', () => {
  const b = useBrowser();

  for (const { email, role } of ACCOUNTS) {
    it(`${role}: a real item with its count, in French and English, at 360 px`, async () => {
      const page = await b.newPage({ width: 360, height: 740 });
      await login(page, email);
      const tasks = await api<TTasks>(page, 'GET', '/api/home/tasks');
      expect(tasks.status).toBe(200);
      // The demo data gives every one of these roles something to do.
      const item = tasks.body.items.find((i) => i.count > 0);
      expect(item, `${role} has something waiting`).toBeDefined();
      for (const lang of ['fr', 'en'] as const) {
        if (lang === 'en') await setLanguage(page, 'en');
        await page.getByTestId(`home-${role}`).waitFor();
        const card = page.getByRole('region', {
          name: lang === 'fr' ? frHome.home.tasks.title : enHome.home.tasks.title,
        });
        await card.waitFor();
        const link = card.locator(`a[data-task="${item!.key}"]`);
        await expect
          .poll(() => link.textContent())
          .toBe(`${formatNumber(item!.count, lang)} ${label(lang, item!.key, item!.count)}`);
        // Lines with nothing waiting are left out.
        for (const zero of tasks.body.items.filter((i) => i.count === 0)) {
          expect(await card.locator(`a[data-task="${zero.key}"]`).count()).toBe(0);
        }
        expect(await hasHorizontalOverflow(page)).toBe(false);
        await expectNoA11yViolations(page, `${role} home tasks 360px (${lang})`);
        if (lang === 'fr') await screenshot(page, `home-tasks-${role}-mobile`);
        // Keyboard: the link takes the focus; following it lands on the page where one acts.
        await link.focus();
        expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => `${url.pathname}${url.search}` === item!.to);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.goto('/');
      }
      await setLanguage(page, 'fr');
    });
  }

  it('donor contact: a link to declare a lot', async () => {
    const page = await b.newPage({ width: 360, height: 740 });
    await login(page, 'mecenat@passerelle.demo');
    await page.getByTestId('home-donor_contact').waitFor();
    await page.getByRole('link', { name: frHome.home.tasks.donor.declare }).click();
    await page.waitForURL(/\/donations\/new$/);
  });

  it('funder: its grants with pledged and left, each a link to the grant, in French and English', async () => {
    const page = await b.newPage({ width: 360, height: 740 });
    await login(page, 'financeur@passerelle.demo');
    const tasks = await api<TTasks>(page, 'GET', '/api/home/tasks');
    const grant = tasks.body.grants[0];
    expect(grant, 'the demo funder has a grant').toBeDefined();
    for (const lang of ['fr', 'en'] as const) {
      if (lang === 'en') await setLanguage(page, 'en');
      const texts = (lang === 'fr' ? frHome : enHome).home.tasks.funder;
      const card = page.getByRole('region', {
        name: lang === 'fr' ? frHome.home.tasks.title : enHome.home.tasks.title,
      });
      await card.waitFor();
      await expect
        .poll(() =>
          card
            .getByText(
              texts.pledged.replace('{{amount}}', formatCurrency(grant!.pledgedCents, lang)),
            )
            .count(),
        )
        .toBe(1);
      expect(
        await card
          .getByText(texts.left.replace('{{amount}}', formatCurrency(grant!.leftCents, lang)))
          .count(),
      ).toBe(1);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await expectNoA11yViolations(page, `funder home tasks 360px (${lang})`);
      await card.getByRole('link', { name: grant!.name }).click();
      await page.waitForURL((url) => url.pathname === `/grants/${grant!.id}`);
      await page.goto('/');
    }
    await setLanguage(page, 'fr');
  });

  it('volunteer: welcome points are still to come, said honestly, with no to-do card', async () => {
    const page = await b.newPage({ width: 360, height: 740 });
    await login(page, 'benevole@passerelle.demo');
    await page.getByTestId('home-volunteer').waitFor();
    await page.getByText(frHome.home.volunteer.coming).waitFor();
    expect(await page.getByTestId('home-tasks').count()).toBe(0);
  });
});
