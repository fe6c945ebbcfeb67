import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import frNeeds from '../../src/web/i18n/fr/needs.json';
import enNeeds from '../../src/web/i18n/en/needs.json';
import frAuth from '../../src/web/i18n/fr/auth.json';
import frErrors from '../../src/web/i18n/fr/errors.json';
import enAuth from '../../src/web/i18n/en/auth.json';
import {
  api,
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
  useLanguage,
} from './support';
import { draftDemoRequest } from './demo-requests';

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

/** Waits for transitions (a dialog opening) to end, so axe reads the final colours. */
async function settled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => document.getAnimations().filter((x) => x.playState === 'running').length),
    )
    .toBe(0);
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

/** A high-urgency draft (exam) of the demo referent's structure, made for the test. */
const draftRequest = (referent: Page, quantity: number) =>
  draftDemoRequest(referent, { quantity, urgency: 'high', urgencyReason: 'exam' });

/** Checks a two-row file (both valid), imports it, and expects both rows written. */
async function checkThenImportTwoRows(coord: Page) {
  const n = NEEDS.fr;
  await coord.getByRole('button', { name: n.imports.check }).click();
  await coord
    .getByText(fill(n.imports.previewCounts, { total: 2, valid: 2, invalid: 0 }))
    .waitFor();
  await coord.getByRole('button', { name: n.imports.start }).click();
  await coord
    .getByText(n.imports.status.done, { exact: true })
    .or(coord.getByText(n.imports.status.failed, { exact: true }))
    .waitFor();
  expect(await coord.getByTestId('import-outcome').textContent()).toBe(
    fill(n.imports.doneText_other, { count: 2 }),
  );
}

describe('needs: imports and weights (coordinator)', () => {
  const b = useBrowser();
  const n = NEEDS.fr;
  const stamp = `imp${Date.now().toString(36)}`;

  it('imports a structures CSV: a bad row blocks the file with its line and reason, a good file is created', async () => {
    const coord = await b.newPage();
    await loginIn(coord, 'coordination@passerelle.demo', 'fr');
    await nav(coord, n.nav.imports);
    await expectNoA11yViolations(coord, 'structure import (fr)');
    const template = coord.getByRole('link', { name: n.imports.template });
    expect(await template.getAttribute('download')).toBe(n.imports.templateFile.structures);
    const file = (lines: string[]) => ({
      name: 'structures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    const upload = coord.locator('input[type="file"]');
    await upload.setInputFiles(
      file([
        'Nom;Type;Adresse;Code postal;Réseaux',
        `Maison des jeunes ${stamp};association;1 rue des Écoles;75011;Collectif Mentorat`,
        `Club ${stamp};association;2 rue du Port;99999;`,
      ]),
    );
    // Straight to the import: the job checks every row, fails, and writes nothing.
    await coord.getByRole('button', { name: n.imports.start }).click();
    await coord.getByText(n.imports.status.failed).waitFor();
    const error = coord.getByTestId('import-error');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.getByRole('cell').allTextContents()).toEqual([
      '3',
      n.imports.columns.postalCode,
      'Ce code postal est inconnu.',
    ]);
    await expectNoA11yViolations(coord, 'structure import failed (fr)');
    await screenshot(coord, 'needs-import-errors');

    // The corrected file: checked first, then imported.
    await upload.setInputFiles(
      file([
        'Nom;Type;Adresse;Code postal;Réseaux',
        `Maison des jeunes ${stamp};association;1 rue des Écoles;75011;Collectif Mentorat`,
        `Club ${stamp};association;2 rue du Port;69001;`,
      ]),
    );
    await checkThenImportTwoRows(coord);
    await expectNoA11yViolations(coord, 'structure import done (fr)');
    const orgs = await api<{ total: number }>(
      coord,
      'GET',
      `/api/organisations?search=${encodeURIComponent(stamp)}`,
    );
    expect(orgs.body.total).toBe(2);
  });

  it('a coordinator imports beneficiaries for a structure chosen in a searchable select', async () => {
    const coord = await b.newPage();
    await loginIn(coord, 'coordination@passerelle.demo', 'fr');
    // A structure of its own, so no demo structure gets new beneficiaries.
    const name = `Foyer ${stamp}`;
    const created = await api<{ id: string }>(coord, 'POST', '/api/organisations', {
      kind: 'structure',
      name,
      structureType: 'association',
      departementCode: '93',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await coord.goto('/beneficiaries/import');
    await coord.getByRole('heading', { level: 1, name: n.imports.beneficiariesTitle }).waitFor();
    await coord.locator('input[type="file"]').setInputFiles({
      name: 'beneficiaires.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Référence;Tranche d’âge;Situation;Niveau scolaire;Département;Taille foyer;Manques;Consentement;Consentement parental;Consentement parental par',
          `${stamp}-1;15-17;lyceen;lycee_terminale;93;4;ordinateur|connexion;20/04/2020;;`,
          `${stamp}-2;11-14;collegien;college_3e;93;3;ordinateur;2020-04-20;2020-04-20;parent`,
        ].join('\n'),
      ),
    });
    // No structure chosen: said next to the select, nothing sent.
    await coord.getByRole('button', { name: n.imports.check }).click();
    await coord.getByText(n.imports.structureRequired).waitFor();
    await expectNoA11yViolations(coord, 'beneficiary import, structure missing (fr)');
    const combo = coord.getByRole('combobox', { name: label(n.imports.structure) });
    await combo.fill(stamp);
    await coord.getByRole('option', { name: `${name} (93)`, exact: true }).click();
    await checkThenImportTwoRows(coord);
    await expectNoA11yViolations(coord, 'beneficiary import for a structure, done (fr)');
    const list = await api<{ items: { reference: string }[] }>(
      coord,
      'GET',
      `/api/beneficiaries?structureId=${created.body.id}`,
    );
    expect(list.body.items.map((x) => x.reference).sort()).toEqual([`${stamp}-1`, `${stamp}-2`]);
  });

  it('a coordinator overrides a line weight with a reason, then goes back to the computed one', async () => {
    const referent = await b.newPage();
    await loginIn(referent, 'referente@passerelle.demo', 'fr');
    const request = await draftRequest(referent, 2);
    const submitted = await api(referent, 'POST', `/api/requests/${request.id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    const coord = await b.newPage();
    await loginIn(coord, 'coordination@passerelle.demo', 'fr');
    await coord.goto(`/review/requests/${request.id}`);
    await coord.getByRole('heading', { level: 2, name: n.weights.title }).waitFor();
    const line = `${n.kinds[request.kind as keyof typeof n.kinds]} (1)`;
    const row = coord.getByTestId(`weight-${request.kind}`);
    await expect.poll(() => row.textContent()).toContain(n.weightTerms.base);
    await coord.getByRole('button', { name: fill(n.weights.overrideFor, { line }) }).click();
    const dialog = coord.getByRole('dialog');
    await dialog.getByLabel(label(n.weights.newWeight)).fill('990');
    // A reason is required.
    await dialog.getByRole('button', { name: n.weights.save }).click();
    await dialog.locator('[aria-invalid="true"]').first().waitFor();
    await settled(coord);
    await expectNoA11yViolations(coord, 'weight override dialog (fr)');
    await dialog.getByLabel(label(n.weights.reason)).fill('Examen dans trois jours');
    await dialog.getByRole('button', { name: n.weights.save }).click();
    await coord.getByText(n.weights.saved).waitFor();
    await expect.poll(() => row.textContent()).toContain('Examen dans trois jours');
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('990');
    await expectNoA11yViolations(coord, 'weight overridden (fr)');
    await screenshot(coord, 'needs-weight-override');
    const detail = await api<{ weights: { override: number | null; effective: number }[] }>(
      coord,
      'GET',
      `/api/review/requests/${request.id}`,
    );
    expect(detail.body.weights[0]).toMatchObject({ override: 990, effective: 990 });

    await coord.getByRole('button', { name: fill(n.weights.clearFor, { line }) }).click();
    await coord.getByRole('dialog').getByLabel(label(n.weights.reason)).fill('Examen reporté');
    await coord.getByRole('dialog').getByRole('button', { name: n.weights.clear }).click();
    await coord.getByText(n.weights.cleared).waitFor();
    await expect.poll(() => row.textContent()).toContain(n.weights.none);

    // The test's request leaves the desk: rejected with a reason.
    await coord.getByRole('button', { name: n.reviewRequest.reject, exact: true }).click();
    await coord.getByLabel(label(n.reviewRequest.rejectReason)).fill('Demande de test');
    await coord.getByRole('button', { name: n.reviewRequest.confirmReject }).click();
    await coord.getByText(n.reviewRequest.done.reject).waitFor();
  });
});

describe('needs: bulk approval on the review desk', () => {
  const b = useBrowser();
  const n = NEEDS.fr;

  it('reports a selected request that can no longer be approved, with its reason', async () => {
    // A request of the test's own, withdrawn between the selection and the approval: nothing
    // gets approved, so the demo's approved requests and quotas stay as they are.
    const referent = await b.newPage();
    await loginIn(referent, 'referente@passerelle.demo', 'fr');
    const request = await draftRequest(referent, 1);
    expect((await api(referent, 'POST', `/api/requests/${request.id}/submit`)).status).toBe(200);

    const coord = await b.newPage();
    await loginIn(coord, 'coordination@passerelle.demo', 'fr');
    await nav(coord, n.nav.review);
    await choose(coord, coord, n.review.sort, n.sorts.submitted_at);
    const pick = coord.getByRole('checkbox', {
      name: fill(n.bulk.select, { reference: request.reference }),
    });
    await pick.check();
    await coord.getByText(fill(n.bulk.selected_one, { count: 1 })).waitFor();
    expect((await api(referent, 'POST', `/api/requests/${request.id}/withdraw`)).status).toBe(200);
    await coord.getByRole('button', { name: fill(n.bulk.approve_one, { count: 1 }) }).click();
    const dialog = coord.getByRole('dialog');
    await settled(coord);
    await expectNoA11yViolations(coord, 'bulk approval dialog (fr)');
    await dialog.getByRole('button', { name: fill(n.bulk.approve_one, { count: 1 }) }).click();
    const result = coord
      .getByRole('alert')
      .filter({ hasText: fill(n.bulk.result_one, { count: 0 }) });
    await expect.poll(() => result.textContent()).toContain(request.reference);
    expect(await result.textContent()).toContain(frErrors.errors['request.invalid_state']);
    await expectNoA11yViolations(coord, 'bulk approval result (fr)');
  });
});

describe('needs: a referent edits and withdraws a request', () => {
  const b = useBrowser();

  it.each(['fr', 'en'] as const)('edits a draft, then withdraws it (%s)', async (lang) => {
    const n = NEEDS[lang];
    const referent = await b.newPage();
    await loginIn(referent, 'referente@passerelle.demo', lang);
    const request = await draftRequest(referent, 2);
    await referent.goto(`/requests/${request.id}`);
    await referent
      .getByRole('heading', { level: 1, name: new RegExp(request.reference) })
      .waitFor();
    await referent.getByRole('link', { name: n.requestActions.edit }).click();
    await referent
      .getByRole('heading', { level: 1, name: fill(n.requestEdit.title, request) })
      .waitFor();
    const line1 = referent.getByRole('group', { name: fill(n.requestForm.lineN, { n: 1 }) });
    await expect.poll(() => line1.getByLabel(label(n.requestForm.quantity)).inputValue()).toBe('2');
    await expectNoA11yViolations(referent, `request edit (${lang})`);
    await line1.getByLabel(label(n.requestForm.quantity)).fill('4');
    await referent.getByRole('button', { name: n.requestForm.saveAndCheck }).click();
    await referent.getByRole('heading', { level: 1, name: n.confirm.title }).waitFor();
    await referent.getByRole('link', { name: n.confirm.later }).click();
    const row = referent.getByTestId(`line-${request.kind}`);
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('4');

    await referent.getByRole('button', { name: n.requestActions.withdraw }).click();
    const dialog = referent.getByRole('dialog');
    await dialog.getByLabel(n.requestActions.withdrawNote).fill('Besoin couvert autrement');
    await settled(referent);
    await expectNoA11yViolations(referent, `withdraw dialog (${lang})`);
    await dialog.getByRole('button', { name: n.requestActions.confirmWithdraw }).click();
    await referent.getByText(n.status.withdrawn, { exact: true }).first().waitFor();
    expect(await referent.getByRole('button', { name: n.requestActions.withdraw }).count()).toBe(0);
  });
});

describe('needs: campaigns, structure details and referents', () => {
  const b = useBrowser();
  const n = NEEDS.fr;
  const stamp = Date.now().toString(36);

  it('a coordinator creates a campaign with goals and a quota, then edits it', async () => {
    const coord = await b.newPage();
    await loginIn(coord, 'coordination@passerelle.demo', 'fr');
    await nav(coord, n.nav.campaigns);
    await coord.getByRole('link', { name: n.campaigns.new }).click();
    await coord.getByRole('heading', { level: 1, name: n.campaigns.newTitle }).waitFor();
    // Nothing offered and no name: errors next to the fields, nothing saved.
    await coord.getByRole('button', { name: n.campaigns.save }).click();
    await expect.poll(() => coord.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    const name = `Campagne test ${stamp}`;
    await coord.getByLabel(label(n.campaigns.name)).fill(name);
    // Closed, so that structures' forms (which offer the open campaigns) do not change.
    await choose(coord, coord, n.campaigns.status, n.campaigns.statuses.closed);
    await coord.getByRole('checkbox', { name: n.kinds.laptop }).check();
    await coord.getByRole('checkbox', { name: n.kinds.sim_recharge }).check();
    await coord.getByLabel(label(fill(n.campaigns.goalFor, { kind: n.kinds.laptop }))).fill('1200');
    await coord.getByRole('button', { name: n.campaigns.addQuota }).click();
    await choose(coord, coord, fill(n.campaigns.quotaNetwork, { n: 1 }), 'Collectif Mentorat');
    await coord.getByLabel(label(fill(n.campaigns.quotaQuantity, { n: 1 }))).fill('1100');
    await coord.getByLabel(label(n.campaigns.maxPerBeneficiary)).fill('2');
    await expectNoA11yViolations(coord, 'campaign new (fr)');
    await coord.getByRole('button', { name: n.campaigns.save }).click();
    await coord.getByRole('heading', { level: 1, name }).waitFor();
    expect(
      await coord.getByLabel(label(fill(n.campaigns.quotaQuantity, { n: 1 }))).inputValue(),
    ).toBe('1 100');
    await coord.getByLabel(label(n.campaigns.goalPeople)).fill('500');
    await coord.getByRole('button', { name: n.campaigns.save }).click();
    await coord.getByText(n.campaigns.saved).waitFor();
    const list = await api<{
      items: { name: string; goalPeople: number; goalsByKind: object; quotas: unknown[] }[];
    }>(coord, 'GET', '/api/campaigns');
    expect(list.body.items.find((c) => c.name === name)).toMatchObject({
      goalPeople: 500,
      goalsByKind: { laptop: 1200 },
      quotas: [{ networkName: 'Collectif Mentorat', quantity: 1100 }],
      maxPerBeneficiary: 2,
      status: 'closed',
    });
  });

  it('a referent confirms the structure details and invites a colleague', async () => {
    const referent = await b.newPage();
    await loginIn(referent, 'referente@passerelle.demo', 'fr');
    await referent.getByRole('link', { name: n.home.confirmDetails }).click();
    await referent.getByRole('heading', { level: 1, name: n.structure.confirmTitle }).waitFor();
    await referent.getByRole('button', { name: n.structure.confirm }).click();
    await referent.getByText(n.structure.confirmed).waitFor();
    await referent.getByText(n.structure.state.ok).waitFor();
    await referent.getByRole('link', { name: n.structure.referentsLink }).click();
    await referent.getByRole('heading', { level: 1, name: n.structure.referentsTitle }).waitFor();
    const email = `collegue-${stamp}@asso.test`;
    await referent.getByLabel(label(n.structure.displayName)).fill('Sam Collègue');
    await referent.getByLabel(label(n.structure.email)).fill(email);
    await referent.getByRole('button', { name: n.structure.invite }).click();
    await referent.getByText(fill(n.structure.invited, { email })).waitFor();
    await referent.getByRole('cell', { name: email }).waitFor();
  });

  it('has no accessibility violation on the new pages, and no sideways scrolling at 360 px', async () => {
    const setup = await b.newPage();
    await loginIn(setup, 'referente@passerelle.demo', 'fr');
    const draft = await draftRequest(setup, 1);
    const session = await api<{
      activeMembershipId: string;
      memberships: { id: string; organisationId: string }[];
    }>(setup, 'GET', '/api/auth/session');
    const orgId = session.body.memberships.find(
      (m) => m.id === session.body.activeMembershipId,
    )!.organisationId;
    const campaigns = await api<{ items: { id: string }[] }>(setup, 'GET', '/api/campaigns');
    const desk = await api<{ items: { id: string }[] }>(setup, 'GET', '/api/review/requests');
    expect(desk.status).toBe(403);
    const coordPages = [
      '/imports/structures',
      '/campaigns',
      '/campaigns/new',
      `/campaigns/${campaigns.body.items.at(-1)!.id}`,
      '/review/requests',
      `/review/requests/${draft.id}`,
    ];
    const referentPages = [
      '/beneficiaries/import',
      `/requests/${draft.id}/edit`,
      `/structures/${orgId}/confirm`,
      `/structures/${orgId}/referents`,
    ];
    const runs: { lang: TLang; width: number }[] = [
      { lang: 'fr', width: 1280 },
      { lang: 'fr', width: 360 },
      { lang: 'en', width: 1280 },
    ];
    for (const { lang, width } of runs) {
      for (const [who, pages] of [
        ['coordination@passerelle.demo', coordPages],
        ['referente@passerelle.demo', referentPages],
      ] as const) {
        const page = await b.newPage({ width, height: 800 });
        await loginIn(page, who, lang);
        for (const path of pages) {
          await page.goto(path);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
          await expectNoA11yViolations(page, `${path} (${lang}, ${width} px)`);
          if (width === 360) expect(await hasHorizontalOverflow(page), path).toBe(false);
        }
      }
    }
    // The test's draft goes away.
    const withdrawn = await api(setup, 'POST', `/api/requests/${draft.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
  }, 240_000);
});
