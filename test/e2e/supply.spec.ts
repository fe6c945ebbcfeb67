import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import frSupply from '../../src/web/i18n/fr/supply.json';
import enSupply from '../../src/web/i18n/en/supply.json';
import frAuth from '../../src/web/i18n/fr/auth.json';
import enAuth from '../../src/web/i18n/en/auth.json';
import { fakeSiren } from '../../src/db/seed/factories';
import { pdfText } from '../supply';
import {
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
  useLanguage,
} from './support';

const S = { fr: frSupply.supply, en: enSupply.supply };
const f = S.fr;
const AUTH = { fr: frAuth.auth, en: enAuth.auth };
const ROOT = resolve(import.meta.dirname, '../..');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label as typed in the translation files (required fields add a hidden asterisk). */
const label = (s: string) => new RegExp(`^${escape(s)}\\s*\\*?$`);
/** Replaces {{name}} placeholders like i18next does. */
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(v[k]));

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, field: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label(field) }).click();
  await page.getByRole('option', { name: option }).first().click();
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

/** Opens a modal from a button, fills it with `act`, submits it with its own button. */
async function inModal(
  page: Page,
  open: string,
  act: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  submit = open,
) {
  await page.getByRole('button', { name: open, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await act(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Checks a page at a desk and on a phone: axe, no sideways scrolling. */
async function checkPage(page: Page, what: string, heading: RegExp | string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await expectNoA11yViolations(page, `${what} at ${width}px`);
    expect(await hasHorizontalOverflow(page), `${what} overflows at ${width}px`).toBe(false);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  // Let the navigation bar finish sliding back in before any screenshot.
  await page.waitForTimeout(400);
}

describe('supply: a company donates 20 laptops, 19 arrive, the receipt is issued', () => {
  const b = useBrowser();

  it('runs from the declaration to the tax receipt PDF, each step through the web app', async () => {
    // 1. The donor company declares a lot of 20 laptops, after reading the minimum rules.
    const donor = await b.newPage();
    await login(donor, 'mecenat@passerelle.demo');
    await useLanguage(donor, 'fr');
    await nav(donor, f.nav.lots);
    await checkPage(donor, 'donor lots', f.nav.lots);
    await donor.getByRole('link', { name: f.lots.declare }).click();
    await donor.getByRole('heading', { level: 1, name: f.declare.title }).waitFor();
    await donor.getByText(f.rules.title).waitFor();
    // An empty declaration is refused with translated messages next to the fields.
    await donor.getByRole('button', { name: f.declare.submit }).click();
    await expect.poll(() => donor.locator('[aria-invalid="true"]').count()).toBeGreaterThan(2);
    await checkPage(donor, 'declare a lot', f.declare.title);
    await donor.getByLabel(label(f.line.count)).fill('20');
    await donor.getByLabel(label(f.line.ageYears)).fill('3');
    await donor.getByLabel(label(f.line.brand)).fill('Dell');
    await donor.getByLabel(label(f.line.model)).fill('Latitude 5490');
    await choose(donor, f.line.drives, f.drives.inside);
    await donor.getByLabel(label(f.declare.line1)).fill('5 place de la Défense');
    await donor.getByLabel(label(f.declare.postalCode)).fill('92400');
    await donor.getByLabel(label(f.declare.contactName)).fill('Mme Martin');
    await donor.getByLabel(label(f.declare.contactPhone)).fill('01 02 03 04 05');
    await screenshot(donor, 'supply-declare-lot');
    await donor.getByRole('button', { name: f.declare.submit }).click();
    const title = donor.getByRole('heading', { level: 1, name: /^Lot DON-\d{4}-\d{6}$/ });
    await title.waitFor();
    const reference = (await title.textContent())!.replace('Lot ', '');
    const lotUrl = new URL(donor.url()).pathname;
    await donor.getByText(`${f.lotStatus.declared} — `, { exact: false }).first().waitFor();
    await checkPage(donor, 'lot (donor, declared)', `Lot ${reference}`);

    // 2. The coordinator finds it in the queue, accepts it and schedules the pickup.
    const coord = await b.newPage();
    await login(coord, 'coordination@passerelle.demo');
    await useLanguage(coord, 'fr');
    await nav(coord, f.nav.lots);
    await choose(coord, f.lots.filterStatus, f.lotStatus.declared);
    await coord.getByLabel(f.lots.search).fill(reference);
    await checkPage(coord, 'lot queue', f.nav.lots);
    await coord.getByRole('link', { name: reference }).click();
    await coord.getByRole('heading', { level: 1, name: `Lot ${reference}` }).waitFor();
    await inModal(coord, f.actions.accept, async (d) => {
      await d.getByLabel(f.actions.noteToDonor).fill('Merci pour ce don !');
    });
    await coord.getByText(f.actions.done.accept).waitFor();
    await inModal(coord, f.actions.schedule_pickup, async (d) => {
      // Without a carrier nor a workshop the API refuses, with a translated message.
      await d.getByRole('button', { name: f.actions.schedule_pickup }).click();
      await d.getByText(f.fields.carrier_or_workshop_required).waitFor();
      await d.getByLabel(label(f.actions.timeSlot)).fill('9h-12h');
      await d.getByLabel(label(f.actions.carrier)).fill('Transports Solidaires');
    });
    await coord.getByText(f.actions.done.schedule_pickup).waitFor();
    await coord.getByRole('link', { name: f.lot.pickupConfirmation }).waitFor();
    await inModal(coord, f.actions.collect, async () => undefined);
    await coord.getByText(f.actions.done.collect).waitFor();
    await checkPage(coord, 'lot (bank, collected)', `Lot ${reference}`);

    // 3. The warehouse counts 19 laptops; the missing one is recorded with its reason.
    const warehouse = await b.newPage();
    await login(warehouse, 'atelier@passerelle.demo');
    await useLanguage(warehouse, 'fr');
    await warehouse.goto(lotUrl);
    await warehouse.getByRole('heading', { name: f.reception.title }).waitFor();
    await choose(warehouse, f.reception.location, /quai de réception/);
    await warehouse.getByLabel(f.reception.unitsNow).fill('19');
    await warehouse.getByRole('button', { name: f.reception.record }).click();
    await warehouse.getByText(fill(f.reception.recorded_other, { count: 19 })).waitFor();
    // Finishing without saying why one is missing is refused, next to the field.
    await warehouse.getByRole('button', { name: f.actions.complete_reception }).click();
    await warehouse
      .getByText(fill(f.fields.discrepancy_reason_required, { expected: 20, received: 19 }))
      .waitFor();
    await checkPage(warehouse, 'lot reception', `Lot ${reference}`);
    await warehouse
      .getByLabel(
        label(fill(f.reception.reasonFor, { kind: f.kinds.laptop, expected: 20, received: 19 })),
      )
      .fill('Un portable manquant au déchargement');
    await warehouse.getByRole('button', { name: f.actions.complete_reception }).click();
    await warehouse.getByText(f.actions.done.complete_reception).waitFor();
    await screenshot(warehouse, 'supply-lot-received');

    // 4. The coordinator issues the tax receipt (a company's in-kind gift, valued at 0 €).
    await coord.reload();
    await coord.getByRole('button', { name: f.receipts.issue }).click();
    const issue = coord.getByRole('dialog');
    await issue.getByLabel(label(f.receipts.valuation)).fill('0');
    await issue.getByLabel(label(f.receipts.legalForm)).fill('SAS');
    await issue.getByRole('button', { name: f.receipts.issueSubmit }).click();
    const issued = coord.getByText(/^Reçu n° \d{4}-\d{6} émis\.$/);
    await issued.waitFor();
    const number = /(\d{4}-\d{6})/.exec((await issued.textContent())!)![1]!;

    // 5. The donor sees every step and the missing laptop, then downloads the receipt.
    await donor.reload();
    await donor.getByRole('heading', { level: 1, name: `Lot ${reference}` }).waitFor();
    const steps = donor.getByRole('region', { name: f.lot.steps });
    for (const s of [
      'declared',
      'accepted',
      'pickup_scheduled',
      'collected',
      'received',
    ] as const) {
      await expect
        .poll(() => steps.getByText(new RegExp(`^${escape(f.lotStatus[s])} — \\d`)).count())
        .toBe(1);
    }
    await donor
      .getByText(
        fill(f.lot.discrepancy, {
          kind: f.kinds.laptop,
          expected: 20,
          received: 19,
          reason: 'Un portable manquant au déchargement',
        }),
      )
      .waitFor();
    await checkPage(donor, 'lot (donor, received)', `Lot ${reference}`);
    await screenshot(donor, 'supply-lot-donor');
    const [download] = await Promise.all([
      donor.waitForEvent('download'),
      donor.getByRole('link', { name: fill(f.lot.taxReceipt, { number }) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`recu-fiscal-${number}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // The receipt rendered to PNG (kept with the screenshots) and its key fields checked.
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-receipt-'));
    try {
      writeAndRender(pdf, dir);
      const png = join(dir, 'receipt.png');
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(png).size).toBeGreaterThan(20_000);
      copyFileSync(png, resolve(ROOT, 'docs/screenshots/supply-tax-receipt.png'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const text = pdfText(pdf);
    expect(text).toContain('Cerfa n° 16216');
    expect(text).toContain(number);
    expect(text).toContain('Numéria Services');
    expect(text).toMatch(/\d{3} \d{3} \d{3}/);
    expect(text).toContain('Banque Passerelle');
    expect(text).toContain('don en nature');
    expect(text).toContain('***0,00 €***');
    expect(text).toContain('19 ordinateurs portables (Dell Latitude 5490)');

    // The donor's receipts page lists it too.
    await nav(donor, f.nav.receipts);
    await donor.getByRole('cell', { name: number, exact: false }).first().waitFor();
    await checkPage(donor, 'receipts (donor)', f.nav.receipts);
  });
});

/** Writes the PDF and renders its first page with poppler's pdftoppm. */
function writeAndRender(pdf: Buffer, dir: string) {
  const file = join(dir, 'receipt.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '90',
    '-singlefile',
    '-f',
    '1',
    file,
    join(dir, 'receipt'),
  ]);
}

describe('supply: a purchase charged to the earmarked grant, received in part', () => {
  const b = useBrowser();

  it('orders 10 tier-1 laptops, previews the budget, confirms, receives 6', async () => {
    const coord = await b.newPage();
    await login(coord, 'coordination@passerelle.demo');
    await useLanguage(coord, 'fr');
    await nav(coord, f.nav.grants);
    await coord.getByRole('link', { name: /ASE/ }).first().click();
    const figure = async (key: 'spent' | 'committed') =>
      (await coord
        .getByText(f.grants.figures[key], { exact: true })
        .locator('xpath=following-sibling::*[1]')
        .textContent())!;
    await coord.getByRole('heading', { level: 2, name: f.grants.figuresTitle }).waitFor();
    const spentBefore = await figure('spent');

    await nav(coord, f.nav.purchases);
    await coord.getByRole('link', { name: f.orders.new }).click();
    await coord.getByRole('heading', { level: 1, name: f.orders.new }).waitFor();
    await choose(coord, f.orders.supplier, /./);
    await choose(coord, f.orders.tier, /^1 — /);
    await coord.getByLabel(label(f.orders.quantity)).fill('10');
    await coord.getByLabel(label(f.orders.unitPrice)).fill('189');
    await coord.getByText(/^1\s890,00\s€ HT/).waitFor();
    await choose(coord, fill(f.orders.grant, { n: 1 }), /ASE/);
    await coord.getByRole('button', { name: f.orders.fillRest }).click();
    await expect
      .poll(() => coord.getByLabel(fill(f.orders.amount, { n: 1 })).inputValue())
      .toBe('2268,00');
    await coord.getByRole('button', { name: f.orders.saveDraft }).click();
    await coord.getByRole('heading', { level: 2, name: f.orders.budget }).waitFor();
    await coord.getByRole('button', { name: f.orders.confirm }).click();
    await coord.getByText(f.orders.confirmed).waitFor();

    await coord.getByRole('heading', { level: 2, name: f.orders.receive }).waitFor();
    await choose(coord, f.reception.location, /WH1/);
    await coord.getByLabel(f.orders.unitsAccepted).fill('6');
    await coord.getByLabel(f.orders.ramGb).fill('8');
    await coord.getByLabel(f.orders.storageGb).fill('256');
    await coord.getByLabel(f.orders.battery).fill('85');
    await coord.getByRole('button', { name: f.orders.receiveSubmit }).click();
    await coord.getByText(fill(f.orders.received_other, { count: 6 })).waitFor();
    await coord.getByText(f.orderStatus.partly_received).first().waitFor();
    await checkPage(coord, 'order received in part', /^Commande ACH-/);

    await nav(coord, f.nav.grants);
    await coord.getByRole('link', { name: /ASE/ }).first().click();
    await coord.getByRole('heading', { level: 2, name: f.grants.figuresTitle }).waitFor();
    await expect.poll(() => figure('spent')).not.toBe(spentBefore);
  });
});

describe('supply: every page passes axe at 1280 and 360 px, in French and English', () => {
  const b = useBrowser();

  it.each(['fr', 'en'] as const)('bank, funder and admin pages (%s)', async (lang) => {
    const t = S[lang];
    // The donor company: its lots, a received lot with its receipt, the declaration form.
    const donor = await b.newPage();
    await login(donor, 'mecenat@passerelle.demo');
    await useLanguage(donor, lang);
    await nav(donor, t.nav.lots);
    await choose(donor, t.lots.filterStatus, t.lotStatus.received);
    await donor.getByRole('link', { name: /^DON-/ }).first().click();
    await donor.getByRole('heading', { level: 2, name: t.lot.documents }).waitFor();
    // The impact of the lot, the same figures as the impact report PDF.
    await donor.getByRole('heading', { level: 2, name: t.impact.title }).waitFor();
    await donor.getByText(t.impact.source).waitFor();
    await donor
      .getByRole('link', { name: /\(PDF\)$/ })
      .first()
      .waitFor();
    await checkPage(donor, `lot with receipt (donor, ${lang})`, /DON-/);
    if (lang === 'fr') {
      await donor.getByRole('heading', { level: 2, name: t.impact.title }).scrollIntoViewIfNeeded();
      await screenshot(donor, 'supply-lot-impact');
    }
    await nav(donor, t.nav.lots);
    await donor.getByRole('link', { name: t.lots.declare }).click();
    await donor.getByText(t.rules.title).waitFor();
    await checkPage(donor, `declare (${lang})`, t.declare.title);

    // The warehouse: lots to count.
    const workshop = await b.newPage();
    await login(workshop, 'atelier@passerelle.demo');
    await useLanguage(workshop, lang);
    await nav(workshop, t.nav.lots);
    await checkPage(workshop, `lots to count (${lang})`, t.nav.lots);

    const coord = await b.newPage();
    await login(coord, 'coordination@passerelle.demo');
    await useLanguage(coord, lang);

    // Receipts: list, correction dialog.
    await nav(coord, t.nav.receipts);
    await coord.getByRole('cell').first().waitFor();
    await checkPage(coord, `receipts (${lang})`, t.nav.receipts);
    if (lang === 'fr') await screenshot(coord, 'supply-receipts');
    // A receipt is never edited: correcting it cancels it and issues a new number.
    const first = coord.getByRole('row').filter({ hasText: t.receiptStatus.issued }).last();
    const oldNumber = (await first.getByRole('cell').first().textContent())!.slice(0, 11);
    await first
      .getByRole('button', { name: fill(t.receipts.actionsOf, { number: oldNumber }) })
      .click();
    await coord.getByRole('menuitem', { name: t.receipts.correct }).click();
    await coord.getByRole('menu').waitFor({ state: 'detached' });
    const dialog = coord.getByRole('dialog');
    await dialog.getByRole('button', { name: t.receipts.correctSubmit }).click();
    await dialog.locator('[aria-invalid="true"]').first().waitFor();
    await expectNoA11yViolations(coord, `receipt correction (${lang})`);
    await dialog.getByLabel(label(t.receipts.reason)).fill('Valeur nette comptable rectifiée');
    await dialog.getByLabel(label(t.receipts.valuation)).fill('1100');
    await dialog.getByRole('button', { name: t.receipts.correctSubmit }).click();
    await dialog.waitFor({ state: 'detached' });
    await coord
      .getByText(fill(t.receipts.replaces, { number: oldNumber }))
      .first()
      .waitFor();

    // Purchases: list, the demo order received in part, the draft's budget, the form.
    await nav(coord, t.nav.purchases);
    await checkPage(coord, `purchases (${lang})`, t.nav.purchases);
    await coord.getByRole('combobox', { name: label(t.lots.filterStatus) }).click();
    await coord.getByRole('option', { name: t.orderStatus.partly_received }).click();
    await coord.getByRole('link', { name: /^ACH-/ }).first().click();
    await coord.getByRole('heading', { level: 2, name: t.orders.receive }).waitFor();
    await checkPage(coord, `order received in part (${lang})`, /./);
    if (lang === 'fr') await screenshot(coord, 'supply-order');
    await nav(coord, t.nav.purchases);
    await coord.getByRole('combobox', { name: label(t.lots.filterStatus) }).click();
    await coord.getByRole('option', { name: t.orderStatus.draft }).click();
    await coord.getByRole('link', { name: /^ACH-/ }).first().click();
    await coord.getByRole('heading', { level: 2, name: t.orders.budget }).waitFor();
    await coord.getByRole('button', { name: t.orders.confirm }).waitFor();
    await checkPage(coord, `draft order budget (${lang})`, /./);
    await nav(coord, t.nav.purchases);
    await coord.getByRole('link', { name: t.orders.new }).click();
    await checkPage(coord, `order form (${lang})`, t.orders.new);

    // Grants: list and the earmarked grant's figures.
    await nav(coord, t.nav.grants);
    await checkPage(coord, `grants (${lang})`, t.nav.grants);
    await coord.getByRole('link', { name: /ASE/ }).first().click();
    await coord.getByRole('heading', { level: 2, name: t.grants.figuresTitle }).waitFor();
    await checkPage(coord, `grant (${lang})`, /ASE/);
    if (lang === 'fr') await screenshot(coord, 'supply-grant');

    // The funder sees its own grants, read only.
    const funder = await b.newPage();
    await login(funder, 'financeur@passerelle.demo');
    await useLanguage(funder, lang);
    await nav(funder, t.nav.grants);
    await expect.poll(() => funder.getByRole('button', { name: t.grants.new }).count()).toBe(0);
    await funder.getByRole('link', { name: /ASE/ }).first().click();
    await funder.getByRole('heading', { level: 2, name: t.grants.figuresTitle }).waitFor();
    expect(await funder.getByRole('button', { name: t.grants.modal.instalment }).count()).toBe(0);
    await checkPage(funder, `grant (funder, ${lang})`, /ASE/);

    // Administrators: receipt issuer and donation rules.
    const admin = await b.newPage();
    await login(admin, 'admin@passerelle.demo');
    await useLanguage(admin, lang);
    await admin.goto('/tax-receipts/issuer');
    await admin.getByLabel(label(t.issuer.name)).waitFor();
    await expect
      .poll(() => admin.getByLabel(label(t.issuer.name)).inputValue())
      .toBe('Banque Passerelle');
    await checkPage(admin, `issuer (${lang})`, t.issuer.title);
    await nav(admin, t.nav.lots);
    await admin.getByRole('link', { name: t.rules.pageTitle }).click();
    await checkPage(admin, `rules (${lang})`, t.rules.pageTitle);
  });
});

describe('supply: a visitor donates through the public form, which creates the account', () => {
  const b = useBrowser();

  it.each(['fr', 'en'] as const)(
    'declares on /donate, sets a password, follows the lot (%s)',
    async (lang) => {
      const t = S[lang];
      const email = `dons-${lang}-${Date.now()}@entreprise.test`;
      const password = 'une phrase de passe solide';
      // 1. From the login page, the visitor reads the rules, is told what is missing, declares.
      const visitor = await b.newPage();
      await visitor.goto('/login');
      await useLanguage(visitor, lang);
      await visitor.getByText(AUTH[lang].login.donateLink).waitFor();
      await visitor.getByRole('link', { name: AUTH[lang].login.donateLinkAction }).click();
      await visitor.getByRole('heading', { level: 1, name: t.donate.title }).waitFor();
      await visitor.getByText(t.rules.title).waitFor();
      await visitor.getByRole('button', { name: t.donate.submit }).click();
      await expect.poll(() => visitor.locator('[aria-invalid="true"]').count()).toBeGreaterThan(4);
      await checkPage(visitor, `donate, errors (${lang})`, t.donate.title);
      await visitor.getByLabel(label(t.donate.companyName)).fill(`Mécène ${lang} SAS`);
      await visitor.getByLabel(label(t.donate.siren)).fill('123 456 789');
      await visitor.getByLabel(label(t.declare.line1)).fill('5 place de la Défense');
      await visitor.getByLabel(label(t.declare.postalCode)).fill('92400');
      await visitor.getByText('Courbevoie (92)').waitFor();
      await visitor.getByLabel(label(t.donate.contactName)).fill('Claire Mécène');
      await visitor.getByLabel(label(t.donate.contactEmail)).fill(email);
      await visitor.getByLabel(label(t.donate.contactPhone)).fill('06 12 34 56 78');
      await visitor.getByLabel(label(t.line.count)).fill('12');
      await visitor.getByLabel(label(t.line.ageYears)).fill('2');
      await choose(visitor, t.line.drives, t.drives.inside);
      await visitor.getByLabel(label(t.declare.contactName)).fill('M. Accueil');
      await visitor.getByLabel(label(t.declare.contactPhone)).fill('01 02 03 04 05');
      await checkPage(visitor, `donate, filled (${lang})`, t.donate.title);
      if (lang === 'fr') {
        await visitor.evaluate(() => window.scrollTo(0, 0));
        await screenshot(visitor, 'supply-donate');
      }
      // A SIREN whose checksum is wrong is refused by the server, shown next to the field.
      await visitor.getByRole('button', { name: t.donate.submit }).click();
      await visitor.getByText(t.fields.siren_invalid).waitFor();
      await visitor
        .getByLabel(label(t.donate.siren))
        .fill(fakeSiren(lang === 'fr' ? 424_201 : 424_202));
      await visitor.getByRole('button', { name: t.donate.submit }).click();
      await visitor.getByRole('heading', { level: 1, name: t.donate.sentTitle }).waitFor();
      const sent = (await visitor
        .getByText(/DON-\d{4}-\d{6}/)
        .first()
        .textContent())!;
      const reference = /DON-\d{4}-\d{6}/.exec(sent)![0];
      await visitor.getByText(fill(t.donate.checkMail, { email })).waitFor();
      await checkPage(visitor, `donate, sent (${lang})`, t.donate.sentTitle);
      if (lang === 'fr') await screenshot(visitor, 'supply-donate-sent');

      // 2. The invitation link, read from the outbox, lets the contact choose a password.
      const admin = await b.newPage();
      await login(admin, 'admin@passerelle.demo');
      const outbox = (await (await admin.request.get('/api/outbox')).json()) as {
        items: { toAddress: string; bodyText: string }[];
      };
      const mail = outbox.items.find((m) => m.toAddress === email && /token=/.test(m.bodyText));
      expect(mail, 'invitation mail').toBeTruthy();
      const link = new URL(/https?:\/\/\S*\/invitation\?token=[\w-]+/.exec(mail!.bodyText)![0]);
      const donor = await b.newPage();
      await donor.goto(link.pathname + link.search);
      await useLanguage(donor, lang);
      await donor.getByLabel(label(AUTH[lang].newPassword)).fill(password);
      await donor.getByLabel(label(AUTH[lang].confirmPassword)).fill(password);
      await donor.getByRole('button', { name: AUTH[lang].invitation.submit }).click();
      await donor.waitForURL(/\/login/);

      // 3. Logged in, the donor finds the lot and sees its steps.
      await login(donor, email, password);
      await useLanguage(donor, lang);
      await nav(donor, t.nav.lots);
      await donor.getByRole('link', { name: reference }).click();
      await donor.getByRole('heading', { level: 1, name: `Lot ${reference}` }).waitFor();
      await donor.getByRole('heading', { level: 2, name: t.lot.steps }).waitFor();
      await donor.getByText(`${t.lotStatus.declared} — `, { exact: false }).first().waitFor();
      await checkPage(donor, `lot of the new donor (${lang})`, `Lot ${reference}`);
    },
  );
});
