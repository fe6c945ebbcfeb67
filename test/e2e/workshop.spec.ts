import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import frWorkshop from '../../src/web/i18n/fr/workshop.json';
import enWorkshop from '../../src/web/i18n/en/workshop.json';
import { PROBE_FORMAT } from '../../src/shared/schemas/probe';
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
const COORDINATOR = 'coordination@passerelle.demo';

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
const PAGES = (w: typeof W | typeof WEN) => [
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
    const results = page.getByRole('region', { name: W.devices.title }).getByRole('link');
    // The previous page of results stays on screen until the search answers.
    await expect.poll(() => results.count()).toBe(1);
    await results.click();
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

/** The catalogue pages of the bank (nav entries of coordinators), per language. */
const ADMIN_PAGES = (w: typeof W | typeof WEN) => [
  { nav: w.nav.locations, heading: w.locations.title, shot: 'workshop-locations' },
  { nav: w.nav.items, heading: w.items.title, shot: 'workshop-items' },
  { nav: w.nav.tiers, heading: w.tiers.title, shot: 'workshop-tiers' },
];

/** A translated message as a pattern, any value standing for its placeholders. */
const like = (template: string) =>
  new RegExp(`^${escape(template).replace(/\\\{\\\{\w+\\\}\\\}/g, '.+')}$`);

/** Imports devices from CSV text into a location: check first, then import. */
async function importCsv(page: Page, location: string, csv: string, count: number) {
  await page.goto('/devices/import');
  await page.getByRole('heading', { level: 1, name: W.import.title }).waitFor();
  await choose(page, page, W.common.location, location);
  await page.getByLabel(label(W.import.content)).fill(csv);
  await page.getByRole('button', { name: W.import.check }).click();
  const many = count === 1 ? ('one' as const) : ('other' as const);
  await page.getByText(fill(W.import[`checked_${many}`], { count })).waitFor();
  await page.getByRole('button', { name: W.import.commit, exact: true }).click();
  await page
    .getByRole('status')
    .getByText(fill(W.import[`committed_${many}`], { count }))
    .first()
    .waitFor();
}

/** Creates a location through the form (a département and optional latitude). */
async function createLocation(
  page: Page,
  name: string,
  departement?: RegExp,
  where?: [string, string],
) {
  await page.getByRole('button', { name: W.locations.new }).click();
  const dialog = page.getByRole('dialog', { name: W.locations.newTitle });
  await choose(page, dialog, W.locations.organisation, 'Banque Passerelle');
  await dialog.getByLabel(label(W.locations.name)).fill(name);
  if (departement) {
    await dialog.getByRole('combobox', { name: label(W.locations.departement) }).fill('93');
    await page.getByRole('option', { name: departement }).click();
  }
  if (where) {
    await dialog.getByLabel(label(W.locations.lat)).fill(where[0]);
    await dialog.getByLabel(label(W.locations.lon)).fill(where[1]);
  }
  await dialog.getByRole('button', { name: W.common.save }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page
    .getByRole('region', { name: W.locations.title })
    .getByRole('row')
    .filter({ hasText: name })
    .waitFor();
}

describe('workshop: stock counts, catalogue pages, device edits', () => {
  const b = useBrowser();
  const run = Date.now().toString(36).toUpperCase();
  const here = `Réserve inventaire ${run}`;
  const elsewhere = `Réserve voisine ${run}`;
  let countUrl = '';
  let deviceUrl = '';

  it('a coordinator creates locations with a département, imports devices, counts one', async () => {
    const page = await b.newPage();
    await login(page, COORDINATOR);
    await nav(page, W.nav.locations, W.locations.title);
    await createLocation(page, here, /^93 — /, ['48.91', '2.38']);
    const row = page
      .getByRole('region', { name: W.locations.title })
      .getByRole('row')
      .filter({ hasText: here });
    await row.getByText('93 — 48.9100, 2.3800').waitFor();
    await createLocation(page, elsewhere);
    await expectNoA11yViolations(page, 'locations (fr, 1280)');
    await screenshot(page, 'workshop-locations');

    // Three new laptops: two recorded here, one next door.
    await importCsv(
      page,
      here,
      `kind;serial;brand;model\nlaptop;CNT-${run}-1;Dell;Latitude Présent\nlaptop;CNT-${run}-2;Dell;Latitude Manquant`,
      2,
    );
    await importCsv(
      page,
      elsewhere,
      `kind;serial;brand;model\nlaptop;CNT-${run}-3;HP;EliteBook Égaré`,
      1,
    );
    await expectNoA11yViolations(page, 'import (fr, 1280)');
    await screenshot(page, 'workshop-import');

    // The count: one present (scanned twice), one missing, one unexpected, chargers counted.
    await nav(page, W.nav.stock, W.stock.title);
    await page.getByRole('link', { name: W.count.startLink }).click();
    await page.getByRole('heading', { level: 1, name: W.count.startTitle }).waitFor();
    await choose(page, page, W.common.location, here);
    await page.getByRole('button', { name: W.count.start }).click();
    await page
      .getByRole('heading', { level: 1, name: fill(W.count.title, { location: here }) })
      .waitFor();
    countUrl = page.url();
    const status = page.locator('#count-result');
    const field = page.getByLabel(label(W.count.code));
    const scanCode = async (code: string, expected: RegExp) => {
      await field.fill(code);
      await field.press('Enter');
      await expect.poll(() => status.textContent()).toMatch(expected);
    };
    await scanCode(`CNT-${run}-1`, like(W.count.present));
    await scanCode(`CNT-${run}-1`, like(W.count.again));
    await scanCode(`CNT-${run}-3`, like(W.count.unexpected));
    await scanCode('CHG-USBC-65', like(fill(W.count.quantityRequired, { code: 'CHG-USBC-65' })));
    await page.getByLabel(label(W.count.quantity)).fill('4');
    await scanCode(
      'CHG-USBC-65',
      like(fill(W.count.itemCounted, { name: 'Chargeur USB-C 65 W', quantity: 4 })),
    );
    await page
      .getByRole('region', { name: W.count.missing })
      .getByText('Latitude Manquant')
      .waitFor();
    await page
      .getByRole('region', { name: W.count.unexpectedTitle })
      .getByText('EliteBook Égaré')
      .waitFor();
    const gaps = page.getByRole('region', { name: W.count.itemsTitle });
    await gaps
      .getByRole('row')
      .filter({ hasText: 'Chargeur USB-C 65 W' })
      .getByText('+4')
      .waitFor();
    await expectNoA11yViolations(page, 'count (fr, 1280)');
    await screenshot(page, 'workshop-count');

    await page.getByLabel(label(W.count.reason)).fill('Inventaire de contrôle');
    await page.getByRole('button', { name: W.count.confirm }).click();
    const dialog = page.getByRole('dialog', { name: W.count.confirmTitle });
    await dialog.getByText(fill(W.count.confirmText, { lost: 1, moved: 1, items: 1 })).waitFor();
    await dialog.getByRole('button', { name: W.count.confirm }).click();
    await page.getByText(W.count.resultTitle).waitFor();
    await page.locator('main .mantine-Badge-root').getByText(W.count.status.confirmed).waitFor();
    await page.getByText(fill(W.count.resultEvents_other, { count: 3 })).waitFor();
    // The toast fades in and out: axe reads the page once it is gone.
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'hidden' });
    await expectNoA11yViolations(page, 'count confirmed (fr, 1280)');
    await screenshot(page, 'workshop-count-confirmed');

    // Through the ledger: the missing laptop is lost, the unexpected one now lives here.
    await nav(page, W.nav.devices, W.devices.title);
    await page.getByLabel(label(W.devices.search)).fill(`CNT-${run}-2`);
    await page.getByRole('button', { name: W.devices.search }).click();
    await page.getByText(fill(W.devices.total, { count: 1 }), { exact: true }).waitFor();
    const list = page.getByRole('region', { name: W.devices.title });
    await list.getByText(W.state.lost, { exact: true }).waitFor();
    await page.getByLabel(label(W.devices.search)).fill(`CNT-${run}-3`);
    await page.getByRole('button', { name: W.devices.search }).click();
    await list.getByText(`CNT-${run}-3`).waitFor();
    await list.getByText(here).waitFor();
  });

  it('edits a device: specs, a drive added then corrected, a probe snapshot attached', async () => {
    const page = await b.newPage();
    await login(page, COORDINATOR);
    await nav(page, W.nav.devices, W.devices.title);
    await page.getByLabel(label(W.devices.search)).fill(`CNT-${run}-1`);
    await page.getByRole('button', { name: W.devices.search }).click();
    await page.getByText(fill(W.devices.total, { count: 1 }), { exact: true }).waitFor();
    const results = page.getByRole('region', { name: W.devices.title }).getByRole('link');
    // The previous page of results stays on screen until the search answers.
    await expect.poll(() => results.count()).toBe(1);
    await results.click();
    await page.getByRole('heading', { level: 1, name: /^Appareil / }).waitFor();
    deviceUrl = page.url();

    await page.getByRole('button', { name: W.edit.specs }).click();
    const specs = page.getByRole('dialog', { name: W.edit.specsTitle });
    await specs.getByLabel(label(W.edit.ramMb)).fill('-8');
    await specs.getByRole('button', { name: W.common.save }).click();
    await specs.getByRole('alert').waitFor();
    await specs.getByLabel(label(W.edit.ramMb)).fill('8192');
    await specs.getByLabel(label(W.device.cpu)).fill('Intel Core i5-8350U');
    await specs.getByRole('button', { name: W.common.save }).click();
    await specs.waitFor({ state: 'hidden' });
    await page.getByText('Intel Core i5-8350U').waitFor();

    await page.getByRole('button', { name: W.edit.addDrive }).click();
    const add = page.getByRole('dialog', { name: W.edit.driveNewTitle });
    await add.getByLabel(label(W.edit.driveSerial)).fill(`DRV-${run}`);
    await add.getByLabel(label(W.edit.storageGb)).fill('128');
    await add.getByRole('button', { name: W.common.save }).click();
    await add.waitFor({ state: 'hidden' });
    const drives = page.getByRole('region', { name: W.device.drives });
    await drives.getByText(`DRV-${run}`).waitFor();
    await drives.getByRole('button', { name: new RegExp(`^${W.edit.correct} `) }).click();
    const fix = page.getByRole('dialog', {
      name: new RegExp(`^${escape(W.edit.driveEditTitle.split('{{')[0]!)}`),
    });
    await fix.getByLabel(label(W.edit.storageGb)).fill('256');
    await fix.getByRole('button', { name: W.common.save }).click();
    await fix.waitFor({ state: 'hidden' });
    await drives.getByText(fill(W.device.gb, { value: 256 })).waitFor();

    // A snapshot written by `passerelle probe` on this laptop: matched by its serial.
    const snapshot = {
      format: PROBE_FORMAT,
      probeVersion: '0.1.0',
      collectedAt: new Date().toISOString(),
      system: { serial: `CNT-${run}-1`, vendor: 'Dell', model: 'Latitude Présent' },
      cpu: { model: 'Intel(R) Core(TM) i5-8350U', cores: 8 },
      ramMb: 7834,
      drives: [],
      battery: { present: true, healthPct: 81 },
      screenInches: null,
      os: { name: 'Debian GNU/Linux 12 (bookworm)', kernel: '6.1.0' },
      unknown: ['screenInches'],
    };
    await page.getByLabel(W.probe.file).setInputFiles({
      name: 'snapshot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(snapshot)),
    });
    await page.getByText(like(W.probe.filled)).waitFor();
    await page.getByText('Intel(R) Core(TM) i5-8350U').waitFor();
    // A broken file is refused with a message, nothing stored.
    await page.getByLabel(W.probe.file).setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": '),
    });
    await page.getByRole('alert').filter({ hasText: W.refusal.title }).waitFor();
    await expectNoA11yViolations(page, 'device edits (fr, 1280)');
    await screenshot(page, 'workshop-device-edit');
  });

  it('manages the catalogue: a bulk item and a spec tier edited into a new version', async () => {
    const page = await b.newPage();
    await login(page, COORDINATOR);
    await nav(page, W.nav.items, W.items.title);
    await page.getByRole('button', { name: W.items.new }).click();
    const item = page.getByRole('dialog', { name: W.items.newTitle });
    await item.getByLabel(label(W.items.code)).fill(`cab-${run}`);
    await item.getByLabel(label(W.items.name)).fill('Câble HDMI 2 m');
    await choose(page, item, W.items.category, W.itemCategory.cable);
    await item.getByRole('button', { name: W.common.save }).click();
    await item.waitFor({ state: 'hidden' });
    await page.getByRole('region', { name: W.items.title }).getByText(`CAB-${run}`).waitFor();

    await nav(page, W.nav.tiers, W.tiers.title);
    await page.getByRole('button', { name: W.tiers.new }).click();
    const tier = page.getByRole('dialog', { name: W.tiers.newTitle });
    await choose(page, tier, W.common.kind, W.kind.other);
    await tier.getByLabel(label(W.tiers.number)).fill('7');
    await tier.getByLabel(label(W.tiers.name)).fill(`Essai ${run}`);
    await tier.getByLabel(label(W.tiers.minRam)).fill('2048');
    await tier.getByRole('button', { name: W.common.save }).click();
    await tier.waitFor({ state: 'hidden' });
    const table = page.getByRole('region', { name: W.tiers.title });
    const rows = table.getByRole('row').filter({ hasText: `Essai ${run}` });
    await rows.first().waitFor();
    await rows
      .getByRole('button', { name: fill(W.locations.editOf, { name: `Essai ${run}` }) })
      .click();
    const edit = page.getByRole('dialog', { name: /^Modifier la gamme 7/ });
    await edit.getByLabel(label(W.tiers.minRam)).fill('4096');
    await edit.getByRole('button', { name: W.common.save }).click();
    await edit.waitFor({ state: 'hidden' });
    await rows.getByText(fill(W.tiers.current, { version: 2 })).waitFor();
    await page.getByLabel(W.tiers.showHistory).check();
    await rows.getByText(fill(W.tiers.former, { version: 1 })).waitFor();
    await expect.poll(() => rows.count()).toBe(2);
  });

  it('passes axe on every new page at 1280 and 360 px, in French and English', async () => {
    const desk = await b.newPage();
    await login(desk, COORDINATOR);
    const direct = [
      { url: '/stock/counts', heading: W.count.startTitle, shot: 'workshop-count-start' },
      { url: '/devices/import', heading: W.import.title, shot: '' },
      { url: countUrl, heading: fill(W.count.title, { location: here }), shot: '' },
      { url: deviceUrl, heading: /^Appareil /, shot: '' },
    ];
    for (const p of ADMIN_PAGES(W)) {
      await nav(desk, p.nav, p.heading);
      await expectNoA11yViolations(desk, `${p.heading} (fr, 1280)`);
      if (p.shot !== 'workshop-locations') await screenshot(desk, p.shot);
    }
    for (const p of direct) {
      await desk.goto(p.url);
      await desk.getByRole('heading', { level: 1, name: p.heading }).waitFor();
      await expectNoA11yViolations(desk, `${p.url} (fr, 1280)`);
      if (p.shot) await screenshot(desk, p.shot);
    }

    const phone = await b.newPage({ width: 360, height: 740 });
    await login(phone, COORDINATOR);
    for (const p of ADMIN_PAGES(W)) {
      await nav(phone, p.nav, p.heading);
      await expectNoA11yViolations(phone, `${p.heading} (fr, 360)`);
      expect(await hasHorizontalOverflow(phone), `${p.heading} overflows at 360 px`).toBe(false);
    }
    for (const p of direct) {
      await phone.goto(p.url);
      await phone.getByRole('heading', { level: 1, name: p.heading }).waitFor();
      await expectNoA11yViolations(phone, `${p.url} (fr, 360)`);
      expect(await hasHorizontalOverflow(phone), `${p.url} overflows at 360 px`).toBe(false);
    }
    await phone.goto(countUrl);
    await phone.getByText(W.count.resultTitle).waitFor();
    await screenshot(phone, 'workshop-count-phone');

    await desk
      .getByRole('radiogroup', { name: /^(Langue|Language)$/ })
      .first()
      .getByText('English')
      .click();
    await expect.poll(() => desk.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const p of ADMIN_PAGES(WEN)) {
      await nav(desk, p.nav, p.heading);
      await expectNoA11yViolations(desk, `${p.heading} (en, 1280)`);
    }
    for (const p of [
      { url: '/stock/counts', heading: WEN.count.startTitle },
      { url: '/devices/import', heading: WEN.import.title },
      { url: countUrl, heading: fill(WEN.count.title, { location: here }) },
      { url: deviceUrl, heading: /^Device / },
    ]) {
      await desk.goto(p.url);
      await desk.getByRole('heading', { level: 1, name: p.heading }).waitFor();
      await expectNoA11yViolations(desk, `${p.url} (en, 1280)`);
    }
  });
});
