import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import frNeeds from '../../src/web/i18n/fr/needs.json';
import enNeeds from '../../src/web/i18n/en/needs.json';
import frAuth from '../../src/web/i18n/fr/auth.json';
import enAuth from '../../src/web/i18n/en/auth.json';
import {
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
} from './support';

type TLang = 'fr' | 'en';
const NEEDS = { fr: frNeeds.needs, en: enNeeds.needs };
const AUTH = { fr: frAuth.auth, en: enAuth.auth };
const PASSWORD = 'une longue phrase secrète 2026';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label as typed in the translation files (required fields add a hidden asterisk). */
const label = (s: string) => new RegExp(`^${escape(s)}\\s*\\*?$`);
/** Replaces {{name}} placeholders like i18next does. */
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(v[k]));

/** Puts the interface in the wanted language (the choice is remembered on the device). */
async function useLanguage(page: Page, lang: TLang) {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current === lang) return;
  await page
    .getByRole('radiogroup', { name: /^(Langue|Language)$/ })
    .first()
    .getByText(lang === 'en' ? 'English' : 'Français')
    .click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** Picks an option of a Mantine Select or MultiSelect. */
async function choose(
  page: Page,
  scope: Page | ReturnType<Page['locator']>,
  field: string,
  option: string,
) {
  const combo = scope.getByRole('combobox', { name: label(field) });
  const target = (await combo.count()) ? combo.first() : scope.getByLabel(label(field)).first();
  await target.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function nav(page: Page, name: string) {
  const menu = page.getByRole('button', { name: /Ouvrir le menu|Open menu/ });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: /^(Navigation principale|Main navigation)$/ })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function loginIn(page: Page, email: string, lang: TLang, password?: string) {
  await login(page, email, password);
  await useLanguage(page, lang);
}

describe.each(['fr', 'en'] as const)(
  'needs: from applying to a partly approved request (%s)',
  (lang) => {
    const b = useBrowser();
    const n = NEEDS[lang];
    const stamp = `${lang}${Date.now().toString(36)}`;
    const structureName = `Association Envol ${stamp}`;
    const email = `referente-${stamp}@asso.test`;

    it('a structure applies, is approved, records three beneficiaries, asks, gets a decision', async () => {
      // 1. The structure applies from the login page, without an account.
      const visitor = await b.newPage();
      await visitor.goto('/login');
      await useLanguage(visitor, lang);
      await visitor.getByRole('link', { name: n.apply.loginLinkAction }).click();
      await visitor.getByRole('heading', { level: 1, name: n.apply.title }).waitFor();
      await expectNoA11yViolations(visitor, `apply (${lang})`);
      // Sending it empty shows translated errors next to the fields.
      await visitor.getByRole('button', { name: n.apply.submit }).click();
      await expect.poll(() => visitor.locator('[aria-invalid="true"]').count()).toBeGreaterThan(2);
      await visitor.getByLabel(label(n.apply.name)).fill(structureName);
      await visitor.getByRole('combobox', { name: label(n.apply.structureType) }).click();
      await visitor.getByRole('option').first().click();
      await choose(visitor, visitor, n.apply.networks, 'Collectif Mentorat');
      await visitor.keyboard.press('Escape');
      await visitor.getByLabel(label(n.apply.line1)).fill('12 rue des Lilas');
      await visitor.getByLabel(label(n.apply.postalCode)).fill('75011');
      await visitor.getByText(/Paris/).first().waitFor();
      await visitor.getByLabel(label(n.apply.contactName)).fill('Awa Diallo');
      await visitor.getByLabel(label(n.apply.contactEmail)).fill(email);
      await visitor
        .getByLabel(label(n.apply.publicServed))
        .fill('Lycéens et collégiens du quartier');
      await visitor.getByLabel(label(n.apply.expected)).fill('40');
      await visitor.getByRole('button', { name: n.apply.submit }).click();
      await visitor.getByText(n.apply.sentTitle).waitFor();
      await expectNoA11yViolations(visitor, `apply sent (${lang})`);
      if (lang === 'fr') await screenshot(visitor, 'needs-apply-sent');

      // 2. A coordinator approves it.
      const coord = await b.newPage();
      await loginIn(coord, 'coordination@passerelle.demo', lang);
      await nav(coord, n.nav.applications);
      await expectNoA11yViolations(coord, `applications (${lang})`);
      await coord.getByRole('link', { name: structureName }).click();
      await coord.getByRole('heading', { level: 1, name: structureName }).waitFor();
      await expectNoA11yViolations(coord, `application detail (${lang})`);
      await coord.getByRole('button', { name: n.applications.approve }).click();
      await coord.getByText(n.applications.done.approve).waitFor();

      // 3. The referent activates the invitation (read from the outbox) and logs in.
      const admin = await b.newPage();
      await loginIn(admin, 'admin@passerelle.demo', lang);
      const outbox = (await (await admin.request.get('/api/outbox')).json()) as {
        items: { toAddress: string; bodyText: string }[];
      };
      const mail = outbox.items.find((m) => m.toAddress === email && /token=/.test(m.bodyText));
      expect(mail, 'invitation mail').toBeTruthy();
      const link = /https?:\/\/\S*\/invitation\?token=[\w-]+/.exec(mail!.bodyText)![0];
      const referent = await b.newPage();
      await referent.goto(new URL(link).pathname + new URL(link).search);
      await useLanguage(referent, lang);
      await referent.getByLabel(label(AUTH[lang].newPassword)).fill(PASSWORD);
      await referent.getByLabel(label(AUTH[lang].confirmPassword)).fill(PASSWORD);
      await referent.getByRole('button', { name: AUTH[lang].invitation.submit }).click();
      await referent.waitForURL(/\/login/);
      await loginIn(referent, email, lang, PASSWORD);

      // 4. Three beneficiaries at once, one under 15 with a parent's consent.
      await nav(referent, n.nav.beneficiaries);
      await referent.getByRole('button', { name: n.beneficiaries.add }).click();
      await referent.getByRole('button', { name: n.beneficiaries.addRow }).click();
      await referent.getByRole('button', { name: n.beneficiaries.addRow }).click();
      const people = [
        { ref: 'AD-01', age: n.ageBands['15_17'], situation: n.situations.lyceen },
        { ref: 'AD-02', age: n.ageBands['18_25'], situation: n.situations.student },
        { ref: 'AD-03', age: n.ageBands['11_14'], situation: n.situations.collegien },
      ];
      for (const [i, p] of people.entries()) {
        const row = referent.getByRole('group', { name: fill(n.beneficiaries.rowN, { n: i + 1 }) });
        await row.getByLabel(label(n.beneficiaries.reference)).fill(p.ref);
        await choose(referent, row, n.beneficiaries.ageBand, p.age);
        await choose(referent, row, n.beneficiaries.situation, p.situation);
        await row.getByRole('combobox', { name: label(n.beneficiaries.departement) }).fill('75');
        await referent.getByRole('option', { name: /^75 / }).click();
        await row.getByRole('checkbox', { name: n.lacks.computer }).check();
        if (i === 2) {
          await row.getByLabel(label(n.beneficiaries.parentalConsentAt)).fill('2026-01-15');
          await choose(referent, row, n.beneficiaries.parentalConsentBy, n.consentBy.parent);
        }
      }
      await referent.getByText(n.beneficiaries.notesWarning).first().waitFor();
      await expectNoA11yViolations(referent, `beneficiary form (${lang})`);
      await referent
        .getByRole('button', { name: label(fill(n.beneficiaries.save_other, { count: 3 })) })
        .click();
      await referent.getByRole('cell', { name: 'AD-03' }).waitFor();
      await expectNoA11yViolations(referent, `beneficiaries (${lang})`);

      // 5. A request, the confirmation step, then submission.
      await nav(referent, n.nav.requests);
      await expectNoA11yViolations(referent, `requests empty (${lang})`);
      await referent.getByRole('link', { name: n.requests.new }).click();
      await referent.getByRole('heading', { level: 1, name: n.requestForm.title }).waitFor();
      await choose(referent, referent, n.requestForm.urgency, n.urgency.high);
      await choose(referent, referent, n.requestForm.urgencyReason, n.urgencyReasons.exam);
      const line1 = referent.getByRole('group', { name: fill(n.requestForm.lineN, { n: 1 }) });
      await choose(referent, line1, n.requestForm.kind, n.kinds.laptop);
      await line1.getByLabel(label(n.requestForm.quantity)).fill('3');
      await choose(referent, line1, n.requestForm.minTier, n.tiers['2']);
      for (const ref of ['AD-01', 'AD-02', 'AD-03'])
        await choose(referent, line1, n.requestForm.beneficiaries, ref);
      await referent.keyboard.press('Escape');
      await referent.getByRole('button', { name: n.requestForm.addLine }).click();
      const line2 = referent.getByRole('group', { name: fill(n.requestForm.lineN, { n: 2 }) });
      await choose(referent, line2, n.requestForm.kind, n.kinds.sim_recharge);
      await line2.getByLabel(label(n.requestForm.quantity)).fill('3');
      await expectNoA11yViolations(referent, `new request (${lang})`);
      await referent.getByRole('button', { name: n.requestForm.saveAndCheck }).click();
      await referent.getByRole('heading', { level: 1, name: n.confirm.title }).waitFor();
      await referent.getByRole('button', { name: n.confirm.submit }).waitFor();
      await expectNoA11yViolations(referent, `confirmation step (${lang})`);
      if (lang === 'fr') await screenshot(referent, 'needs-confirm');
      await referent.getByRole('button', { name: n.confirm.submit }).click();
      const heading = referent.getByRole('heading', { level: 1, name: /D-\d+/ });
      await heading.waitFor();
      const reference = /D-\d+/.exec((await heading.textContent()) ?? '')![0];
      await referent.getByText(n.status.submitted, { exact: true }).first().waitFor();
      await expectNoA11yViolations(referent, `request submitted (${lang})`);

      // 6. The coordinator finds it on the desk and approves 2 laptops of 3, with a reason.
      await nav(coord, n.nav.review);
      await expectNoA11yViolations(coord, `review desk (${lang})`);
      await choose(coord, coord, n.review.sort, n.sorts.submitted_at);
      await coord.getByRole('link', { name: reference }).click();
      await coord.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
      await expectNoA11yViolations(coord, `review request (${lang})`);
      const laptop = `${n.kinds.laptop} (1)`;
      await coord.getByLabel(fill(n.reviewRequest.approvedFor, { line: laptop })).fill('2');
      await coord
        .getByLabel(fill(n.reviewRequest.reasonFor, { line: laptop }))
        .fill('Stock limité cette semaine');
      await coord.getByRole('button', { name: n.reviewRequest.approve, exact: true }).click();
      await coord.getByText(n.reviewRequest.done.approve).waitFor();
      if (lang === 'fr') await screenshot(coord, 'needs-review');

      // 7. The referent sees the decision, line by line.
      await referent.reload();
      await referent.getByText(n.status.approved, { exact: true }).first().waitFor();
      const row = referent.getByTestId('line-laptop');
      await expect.poll(() => row.textContent()).toContain('Stock limité cette semaine');
      expect(await row.getByRole('cell').nth(2).textContent()).toBe('2');
      await expectNoA11yViolations(referent, `request decided (${lang})`);
      if (lang === 'fr') await screenshot(referent, 'needs-decision');
    }, 300_000);

    if (lang === 'fr') {
      it('shows the application form on a 360 px phone without sideways scrolling', async () => {
        const page = await b.newPage({ width: 360, height: 740 });
        await page.goto('/apply');
        await page.getByRole('heading', { level: 1, name: n.apply.title }).waitFor();
        expect(await hasHorizontalOverflow(page)).toBe(false);
      });

      it('explains an invalid link to complete an application', async () => {
        const page = await b.newPage();
        await page.goto('/apply/complete?token=not-a-valid-token');
        await page
          .getByRole('alert')
          .getByText(/lien est invalide/)
          .waitFor();
        await expectNoA11yViolations(page, 'apply complete, invalid link');
      });
    }
  },
);
