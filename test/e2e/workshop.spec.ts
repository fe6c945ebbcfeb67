import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import frWorkshop from '../../src/web/i18n/fr/workshop.json';
import enWorkshop from '../../src/web/i18n/en/workshop.json';
import {
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
} from './support';

const W = frWorkshop.workshop;
const WEN = enWorkshop.workshop;
const OPERATOR = 'atelier@passerelle.demo';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label as typed in the translation files (required fields add a hidden asterisk). */
const label = (s: string) => new RegExp(`^${escape(s)}\\s*\\*?$`);
/** Replaces {{name}} placeholders like i18next does. */
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(v[k]));

/** Picks an option of a Mantine Select. */
async function choose(page: Page, scope: Page | Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: label(field) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Follows a link of the main navigation (opening the menu first on a phone). */
async function nav(page: Page, name: string, heading: string) {
  const menu = page.getByRole('button', { name: /Ouvrir le menu|Open menu/ });
  // The shell first: on a phone the menu button is there once the page has rendered.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: /^(Navigation principale|Main navigation)$/ })
    .getByRole('link', { name, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Scans a code at the reception screen (typed, then Enter as a USB scanner does). */
async function scan(page: Page, code: string) {
  const field = page.getByLabel(label(W.reception.code));
  await field.fill(code);
  await field.press('Enter');
  await expect.poll(() => field.inputValue()).toBe('');
}

/** The form whose submit button has this name. */
const formOf = (page: Page, button: string) =>
  page.locator('form').filter({ has: page.getByRole('button', { name: button }) });

/** The state badge of the device page's header. */
async function expectState(page: Page, state: string) {
  await page
    .locator('main .mantine-Badge-root')
    .getByText(state, { exact: true })
    .first()
    .waitFor();
}

/** Records a successful erasure of the selected drive (the form then moves to the next one). */
async function erase(page: Page, drive: RegExp, tool: string, passes?: string) {
  const version = tool === 'nwipe' ? '0.37' : '2.8';
  const form = formOf(page, W.erasure.record);
  await expect
    .poll(() => form.getByRole('combobox', { name: label(W.erasure.drive) }).inputValue())
    .toMatch(drive);
  await form.getByLabel(label(W.erasure.tool)).fill(tool);
  await form.getByLabel(label(W.erasure.toolVersion)).fill(version);
  if (passes) await form.getByLabel(label(W.erasure.passes)).fill(passes);
  await form.getByRole('button', { name: W.erasure.record }).click();
}

/** The pages built for the workshop, with their nav label and heading, per language. */
const PAGES = (w: typeof W) => [
  { nav: w.nav.queue, heading: w.queue.title, shot: 'workshop-queue' },
  { nav: w.nav.reception, heading: w.reception.title, shot: 'workshop-reception' },
  { nav: w.nav.devices, heading: w.devices.title, shot: 'workshop-devices' },
  { nav: w.nav.stock, heading: w.stock.title, shot: 'workshop-stock' },
];

describe('workshop: reception by scanning, refurbishment to ready, label, history', () => {
  const b = useBrowser();
  let deviceUrl = '';

  it('receives a donated lot by scanning, runs one laptop to ready, prints its label', async () => {
    const page = await b.newPage();
    await login(page, OPERATOR);

    // 1. Reception at the workshop's dock: three expected laptops scanned by serial.
    await nav(page, W.nav.reception, W.reception.title);
    await expect
      .poll(() => page.getByRole('combobox', { name: label(W.reception.location) }).inputValue())
      .toBe('Atelier — quai de réception');
    await expect
      .poll(() => page.getByText(fill(W.reception.expectedCount, { count: 4 })).count())
      .toBe(1);
    const status = page.locator('#reception-result');
    for (const [i, code] of ['DEMO-E7490-1', 'DEMO-E7490-2', 'DEMO-E7490-3'].entries()) {
      await scan(page, code);
      await page.getByText(fill(W.reception.counts, { received: i + 1, refused: 0 })).waitFor();
      await expect.poll(() => status.textContent()).toMatch(/ réceptionné \(Dell Latitude 7490\)$/);
    }
    // A second scan of the same laptop and an unknown code are refused, translated.
    await scan(page, 'DEMO-E7490-1');
    await page.getByText(fill(W.reception.counts, { received: 3, refused: 1 })).waitFor();
    await expect
      .poll(() => status.textContent())
      .toMatch(
        new RegExp(
          escape(
            fill(W.reception.alreadyReceived, {
              code: 'DEMO-E7490-1',
              assetTag: 'X',
              state: W.state.received,
            }),
          ).replace('X', '[A-Z0-9-]+'),
        ),
      );
    await scan(page, 'INCONNU-999');
    await page.getByText(fill(W.reception.counts, { received: 3, refused: 2 })).waitFor();
    await expect
      .poll(() => status.textContent())
      .toBe(fill(W.reception.unknown, { code: 'INCONNU-999' }));
    await page.getByText(fill(W.reception.counts, { received: 3, refused: 2 })).waitFor();
    await page.getByText(fill(W.reception.expectedCount, { count: 1 })).waitFor();
    await screenshot(page, 'workshop-reception');

    // 2. The first laptop's record: diagnosis, then erasure of its two drives.
    const rows = page.getByRole('region', { name: W.reception.listTitle }).getByRole('row');
    await rows.filter({ hasText: 'DEMO-E7490-1' }).last().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Appareil / }).waitFor();
    deviceUrl = page.url();
    await expectState(page, W.state.received);
    await page.getByRole('button', { name: W.event.start_diagnosis }).click();
    await expectState(page, W.state.diagnosis);
    const stepForm = formOf(page, W.stepForm.record);
    await choose(page, stepForm, W.stepForm.then, W.event.start_erasure);
    await stepForm.getByLabel(label(W.common.minutes)).fill('20');
    await stepForm.getByLabel(label(W.common.notes)).fill('Clavier et écran testés');
    await stepForm.getByRole('button', { name: W.stepForm.record }).click();
    await expectState(page, W.state.erasure);

    await erase(page, /^DEMO-NVME-1/, 'nvme-cli');
    await erase(page, /^DEMO-HDD-1/, 'nwipe', '1');
    const drives = page.getByRole('region', { name: W.device.drives });
    await expect.poll(() => drives.getByText(W.device.cleared, { exact: true }).count()).toBe(2);

    // 3. Grading on the written criteria, then ready.
    const gradeForm = formOf(page, W.grading.record);
    await gradeForm.getByRole('radio', { name: /^A — Comme neuf/ }).check();
    await gradeForm.getByRole('radio', { name: /^A — Tout fonctionne/ }).check();
    await gradeForm.getByLabel(label(W.grading.battery)).fill('91');
    await gradeForm.getByLabel(label(W.grading.osName)).fill('Linux Mint 22');
    await gradeForm.getByRole('button', { name: W.grading.record }).click();
    await page.getByText(W.device.readyOk).waitFor();
    await page.getByRole('button', { name: W.event.mark_ready, exact: true }).click();
    await expectState(page, W.state.ready);

    // 4. Its label: a real PDF comes back.
    const [pdf, download] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/devices/labels.pdf')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: W.device.printLabel }).click(),
    ]);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const body = readFileSync((await download.path())!);
    expect(body.length).toBeGreaterThan(1000);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // The lot's erasure report is offered once a drive is wiped.
    const report = page.getByRole('link', { name: W.device.erasureReport });
    expect(await report.getAttribute('href')).toMatch(
      /^\/api\/donation-lots\/.+\/erasure-report\.pdf$/,
    );

    // 5. The full history: reception, steps, both erasures, grading, ready.
    const history = page.locator('.mantine-Timeline-root');
    for (const text of [
      W.ledger.receive,
      W.event.start_diagnosis,
      fill(W.history.stepLine, { step: W.step.diagnosis, result: W.stepResult.pass }),
      W.event.start_erasure,
      fill(W.history.erasureLine, {
        drive: 'DEMO-NVME-1',
        method: W.method.nvme_format,
        standard: W.standard.nist_800_88_purge,
        result: W.erasureResult.success,
      }),
      fill(W.history.erasureLine, {
        drive: 'DEMO-HDD-1',
        method: W.method.overwrite,
        standard: W.standard.nist_800_88_clear,
        result: W.erasureResult.success,
      }),
      W.ledger.grade,
      W.event.mark_ready,
    ]) {
      await history.getByText(text, { exact: true }).first().waitFor();
    }
    await expectNoA11yViolations(page, 'device page (fr, 1280)');
    await screenshot(page, 'workshop-device');
  });

  it('refuses to mark ready a laptop with an unwiped drive, naming the drive', async () => {
    const page = await b.newPage();
    await login(page, OPERATOR);
    await nav(page, W.nav.devices, W.devices.title);
    await page.getByLabel(label(W.devices.search)).fill('DEMO-E7490-2');
    await page.getByRole('button', { name: W.devices.search }).click();
    await page.getByText(fill(W.devices.total, { count: 1 })).waitFor();
    await expectNoA11yViolations(page, 'devices (fr, 1280)');
    await screenshot(page, 'workshop-devices');
    await page.getByRole('region', { name: W.devices.title }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /^Appareil / }).waitFor();
    await page.getByRole('button', { name: W.event.start_diagnosis }).click();
    await expectState(page, W.state.diagnosis);
    await page.getByRole('button', { name: W.event.start_erasure }).click();
    await expectState(page, W.state.erasure);
    await erase(page, /^DEMO-NVME-2/, 'nvme-cli');
    const gradeForm = formOf(page, W.grading.record);
    await gradeForm.getByRole('radio', { name: /^B — Très bon/ }).check();
    await gradeForm.getByRole('radio', { name: /^A — Tout fonctionne/ }).check();
    await gradeForm.getByRole('button', { name: W.grading.record }).click();
    const unwiped = fill(W.missing.driveNotCleared, { drive: 'DEMO-HDD-2' });
    await page.getByText(unwiped).first().waitFor();
    await page.getByRole('button', { name: W.event.mark_ready, exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: W.refusal.title });
    await refusal.getByText(fill(W.refusal.guard, { event: W.event.mark_ready })).waitFor();
    await refusal.getByText(unwiped).waitFor();
    await expectState(page, W.state.erasure);
    await expectNoA11yViolations(page, 'device refusal (fr, 1280)');
    await screenshot(page, 'workshop-refusal');
  });

  it('passes axe on every workshop page at 1280 and 360 px, in French and English', async () => {
    const desk = await b.newPage();
    await login(desk, OPERATOR);
    for (const p of PAGES(W)) {
      await nav(desk, p.nav, p.heading);
      await expectNoA11yViolations(desk, `${p.heading} (fr, 1280)`);
      if (p.shot !== 'workshop-reception' && p.shot !== 'workshop-devices') {
        await screenshot(desk, p.shot);
      }
    }

    const phone = await b.newPage({ width: 360, height: 740 });
    await login(phone, OPERATOR);
    for (const p of PAGES(W)) {
      await nav(phone, p.nav, p.heading);
      await expectNoA11yViolations(phone, `${p.heading} (fr, 360)`);
      expect(await hasHorizontalOverflow(phone), `${p.heading} overflows at 360 px`).toBe(false);
    }
    await phone.goto(deviceUrl);
    await phone.getByRole('heading', { level: 1, name: /^Appareil / }).waitFor();
    await phone.getByText(W.history.title).waitFor();
    await expectNoA11yViolations(phone, 'device page (fr, 360)');
    expect(await hasHorizontalOverflow(phone), 'device page overflows at 360 px').toBe(false);
    await screenshot(phone, 'workshop-device-phone');

    // English, once: the language switch, then every page again.
    await desk
      .getByRole('radiogroup', { name: /^(Langue|Language)$/ })
      .first()
      .getByText('English')
      .click();
    await expect.poll(() => desk.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const p of PAGES(WEN)) {
      await nav(desk, p.nav, p.heading);
      await expectNoA11yViolations(desk, `${p.heading} (en, 1280)`);
    }
    await desk.goto(deviceUrl);
    await desk.getByRole('heading', { level: 1, name: /^Device / }).waitFor();
    await desk.getByText(WEN.history.title).waitFor();
    await desk.getByText(WEN.grading.criteria).first().waitFor();
    await expectNoA11yViolations(desk, 'device page (en, 1280)');
  });
});
