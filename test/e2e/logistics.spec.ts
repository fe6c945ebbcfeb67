import { createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import frLogistics from '../../src/web/i18n/fr/logistics.json';
import enLogistics from '../../src/web/i18n/en/logistics.json';
import { pdfText } from '../supply';
import {
  api,
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
} from './support';
import { confirmedWave, isoIn } from './demo-requests';

const L = { fr: frLogistics.logistics, en: enLogistics.logistics };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const label = (s: string) => new RegExp(`^${escape(s)}\\s*\\*?$`);
/** A small PNG (a photo of a parcel, as far as the test goes). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A PDF fetched with the page's session. */
async function fetchPdf(page: Page, url: string): Promise<Buffer> {
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  return res.body();
}

/** The first page of a PDF rendered to PNG by poppler: the document really renders. */
function renderPng(pdf: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-e2e-png-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    execFileSync(
      'pdftoppm',
      ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', 'doc.pdf', 'p'],
      {
        cwd: dir,
      },
    );
    return readFileSync(join(dir, 'p.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type TShipment = {
  id: string;
  reference: string;
  status: string;
  structure: { id: string };
  warehouse: { id: string };
  units: { id: string; requestLineId: string; device: { id: string; assetTag: string } }[];
};

async function checkPage(page: Page, name: string) {
  await expectNoA11yViolations(page, name);
  if (page.viewportSize()!.width <= 360)
    expect(await hasHorizontalOverflow(page), name).toBe(false);
}

/** Switches the signed-in account's language (kept on the account) and waits for it. */
async function switchLanguage(page: Page, to: 'English' | 'Français') {
  // On phones the switch sits in the closed (inert) menu: switch at desktop width.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page
    .getByRole('radiogroup', { name: /^(Langue|Language)$/ })
    .first()
    .getByText(to)
    .click();
  const lang = to === 'English' ? 'en' : 'fr';
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/**
 * A device of ASE 93 handed over 100 days ago (gift, one-time code), so that its follow-up
 * question is due: a one-laptop wave generated, packed, shipped, delivered and received
 * through the API.
 */
async function handoverDueForFollowUp(referent: Page, coord: Page, carrierId: string) {
  const { orgId, lineIds, waveId } = await confirmedWave(referent, coord, 1);
  const generated = await api(coord, 'POST', '/api/shipments/generate', { waveId });
  expect(generated.status, JSON.stringify(generated.body)).toBeLessThan(300);
  const listed = await api<{ items: { id: string; structure: { id: string } }[] }>(
    coord,
    'GET',
    `/api/shipments?waveId=${waveId}&limit=200`,
  );
  let target: TShipment | undefined;
  for (const s of listed.body.items.filter((x) => x.structure.id === orgId)) {
    const full = (await api<TShipment>(coord, 'GET', `/api/shipments/${s.id}`)).body;
    if (full.units.some((u) => lineIds.includes(u.requestLineId))) target = full;
  }
  expect(target).toBeDefined();
  const id = target!.id;
  for (const u of target!.units) {
    const scan = await api(coord, 'POST', `/api/shipments/${id}/scan`, { code: u.device.assetTag });
    expect(scan.status, JSON.stringify(scan.body)).toBe(200);
  }
  const tracking = `FU${Date.now()}`;
  const shipped = await api(coord, 'POST', `/api/shipments/${id}/ship`, {
    carrierId,
    trackingNumbers: [tracking],
  });
  expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
  expect((await api(coord, 'POST', `/api/shipments/${id}/delivered`, {})).status).toBe(200);
  const received = await api(referent, 'POST', `/api/shipments/${id}/reception`, {
    units: target!.units.map((u) => ({ unitId: u.id, result: 'received' })),
  });
  expect(received.status, JSON.stringify(received.body)).toBeLessThan(300);
  const device = target!.units.find((u) => lineIds.includes(u.requestLineId))!.device;
  const beneficiaries = await api<{ items: { id: string }[] }>(
    referent,
    'GET',
    '/api/beneficiaries?limit=1',
  );
  const beneficiaryId = beneficiaries.body.items[0]!.id;
  const code = await api<{ id: string; code: string }>(referent, 'POST', '/api/charter-codes', {
    beneficiaryId,
  });
  expect(code.status, JSON.stringify(code.body)).toBeLessThan(300);
  const handover = await api(referent, 'POST', '/api/handovers', {
    deviceId: device.id,
    beneficiaryId,
    form: 'gift',
    handedOverOn: isoIn(-100),
    charter: { method: 'code', codeId: code.body.id, code: code.body.code },
  });
  expect(handover.status, JSON.stringify(handover.body)).toBe(201);
  return device.assetTag;
}

describe('logistics: from a confirmed wave to devices in young people’s hands', () => {
  const b = useBrowser();

  it('packs by scan, ships, is delivered by webhook, received with a missing unit, handed over and settled', async () => {
    const l = L.fr;
    const coord = await b.newPage();
    const referent = await b.newPage({ width: 360, height: 740 });
    const admin = await b.newPage();
    await login(coord, 'coordination@passerelle.demo');
    await login(referent, 'referente@passerelle.demo');
    await login(admin, 'admin@passerelle.demo');
    const { orgId, lineIds, waveId } = await confirmedWave(referent, coord);

    // A carrier with its webhook secret (shown once to the admin).
    const code = `e2e${Date.now().toString(36)}`;
    const carrier = await api<{ id: string; name: string; webhookSecret: string }>(
      admin,
      'POST',
      '/api/carriers',
      { code, name: `Transporteur ${code}` },
    );
    expect(carrier.status, JSON.stringify(carrier.body)).toBe(201);

    // 1. The coordinator generates the wave's shipments from its page.
    await coord.goto(`/allocation/${waveId}`);
    await coord.getByRole('heading', { level: 2, name: l.wave.title }).waitFor();
    await coord.getByRole('button', { name: l.wave.generate }).click();
    await coord.getByRole('region', { name: l.wave.title }).getByRole('link').first().waitFor();
    await checkPage(coord, 'wave with shipments (fr)');
    const listed = await api<{ items: { id: string; structure: { id: string }; units: number }[] }>(
      coord,
      'GET',
      `/api/shipments?waveId=${waveId}&limit=200`,
    );
    const mine = await Promise.all(
      listed.body.items
        .filter((s) => s.structure.id === orgId)
        .map(async (s) => (await api<TShipment>(coord, 'GET', `/api/shipments/${s.id}`)).body),
    );
    const target = mine
      .filter((s) => s.units.some((u) => lineIds.includes(u.requestLineId)))
      .sort((a, c) => c.units.length - a.units.length)[0]!;
    expect(target.units.length).toBeGreaterThanOrEqual(3);

    // The list filters by structure and status; the shipment page shows its contents.
    await coord.goto('/shipments');
    await coord.getByRole('heading', { level: 1, name: l.nav.shipments }).waitFor();
    await coord.getByRole('combobox', { name: l.list.status }).click();
    await coord.getByRole('option', { name: l.status.planned, exact: true }).click();
    await coord.getByRole('link', { name: target.reference }).waitFor();
    await checkPage(coord, 'shipments (fr)');
    await screenshot(coord, 'logistics-shipments');

    // 2. Pick list of the warehouse, on screen and as a PDF that renders.
    await coord.goto(`/pick-lists?warehouse=${target.warehouse.id}`);
    await coord.getByRole('cell', { name: target.units[0]!.device.assetTag }).waitFor();
    await checkPage(coord, 'pick list (fr)');
    const pickPdf = await fetchPdf(coord, `/api/pick-lists/${target.warehouse.id}/pdf`);
    expect(pdfText(pickPdf)).toContain(target.units[0]!.device.assetTag);
    expect(renderPng(pickPdf).subarray(1, 4).toString()).toBe('PNG');

    // 3. Packing by scan: a wrong unit is refused with its reason, each unit packed once.
    await coord.goto(`/shipments/${target.id}`);
    await coord.getByRole('link', { name: l.pack.open }).click();
    const scanBox = coord.getByRole('textbox', { name: l.pack.code });
    await scanBox.waitFor();
    const others = await api<{ items: { assetTag: string; kind: string }[] }>(
      coord,
      'GET',
      '/api/devices?limit=500',
    );
    const wrong = others.body.items.find((d) => d.kind !== 'laptop')!;
    await scanBox.fill(wrong.assetTag);
    await scanBox.press('Enter');
    const status = coord.getByRole('status').filter({ hasText: wrong.assetTag });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/refusé/);
    // The expected units are worded in French, not the server's English ("laptop tier 1").
    expect(await status.textContent()).toMatch(/Ordinateur portable gamme \d/);
    expect(await status.textContent()).not.toMatch(/laptop tier/);
    await checkPage(coord, 'packing with a refusal (fr)');
    for (const u of target.units) {
      await scanBox.fill(u.device.assetTag);
      await scanBox.press('Enter');
      await coord
        .getByRole('status')
        .filter({ hasText: `${u.device.assetTag} emballé` })
        .waitFor();
    }
    // A second scan of the same unit changes nothing.
    await scanBox.fill(target.units[0]!.device.assetTag);
    await scanBox.press('Enter');
    await coord.getByRole('status').filter({ hasText: 'déjà emballé' }).waitFor();
    await coord
      .getByText(
        l.pack.progress
          .replace('{{packed}}', String(target.units.length))
          .replace('{{units}}', String(target.units.length)),
      )
      .first()
      .waitFor();
    await screenshot(coord, 'logistics-packing');

    // 4. Ship with a tracking number.
    const tracking = `TRK${Date.now()}`;
    await coord.getByRole('link', { name: l.pack.toShip }).click();
    await coord.getByRole('combobox', { name: label(l.ship.carrier) }).click();
    await coord.getByRole('option', { name: carrier.body.name }).click();
    await coord.getByRole('textbox', { name: label(l.ship.trackingNumbers) }).fill(tracking);
    await coord.getByRole('button', { name: l.ship.submit }).click();
    await coord.getByRole('heading', { level: 2, name: l.ship.inTransit }).waitFor();
    await checkPage(coord, 'shipment shipped (fr)');
    await screenshot(coord, 'logistics-shipment');
    const note = await fetchPdf(coord, `/api/shipments/${target.id}/delivery-note.pdf`);
    const noteText = pdfText(note);
    expect(noteText).toContain(target.reference);
    for (const u of target.units) expect(noteText).toContain(u.device.assetTag);
    expect(renderPng(note).subarray(1, 4).toString()).toBe('PNG');

    // 5. The carrier's signed webhook marks it delivered; a forged one is refused.
    const body = JSON.stringify({ trackingNumber: tracking, status: 'delivered' });
    const hook = (signature: string) =>
      fetch(`${b.baseUrl}/api/webhooks/carrier`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-carrier-code': code,
          'x-carrier-signature': `sha256=${signature}`,
        },
        body,
      });
    expect((await hook('0'.repeat(64))).status).toBe(401);
    const signed = createHmac('sha256', carrier.body.webhookSecret).update(body).digest('hex');
    expect((await hook(signed)).status).toBe(202);
    await expect
      .poll(
        async () => (await api<TShipment>(coord, 'GET', `/api/shipments/${target.id}`)).body.status,
      )
      .toBe('delivered');

    // 6. The referent, on a phone, confirms reception with one unit missing (photo, comment).
    await referent.goto('/shipments');
    await referent.getByRole('link', { name: target.reference }).click();
    await referent.getByRole('link', { name: l.reception.open }).click();
    // The reception page's own heading (the shipment page's also names the reference, and
    // stays on screen while the reception page's code loads).
    await referent
      .getByRole('heading', {
        level: 1,
        name: l.reception.title.replace('{{reference}}', target.reference),
      })
      .waitFor();
    await checkPage(referent, 'reception (fr, 360 px)');
    const [missing, gift, loan] = target.units;
    const card = referent.getByRole('article', {
      name: new RegExp(`^${missing!.device.assetTag}`),
    });
    await card.getByRole('radio', { name: l.reception.missing }).check();
    await card
      .getByRole('textbox', { name: l.reception.comment })
      .fill('Carton ouvert, appareil absent');
    await card.locator('input[type=file]').setInputFiles({
      name: 'carton.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    const codeBox = referent.getByRole('textbox', { name: l.reception.code });
    await codeBox.fill(gift!.device.assetTag);
    await codeBox.press('Enter');
    await referent.getByRole('status').filter({ hasText: gift!.device.assetTag }).waitFor();
    await referent.getByRole('button', { name: l.reception.allReceived }).click();
    await checkPage(referent, 'reception filled (fr, 360 px)');
    await screenshot(referent, 'logistics-reception-phone');
    await referent.getByRole('button', { name: l.reception.submit }).click();
    await referent.waitForURL(new RegExp(`/shipments/${target.id}$`));
    await referent.getByRole('heading', { level: 2, name: l.discrepancy.listTitle }).waitFor();
    await checkPage(referent, 'shipment received (fr, 360 px)');

    // 7. Two handovers: a gift with a signature drawn on the screen, a loan with a one-time code.
    const beneficiaries = await api<{ items: { id: string; reference: string }[] }>(
      referent,
      'GET',
      '/api/beneficiaries?limit=10',
    );
    const [first, second] = beneficiaries.body.items;
    const handOver = async (deviceTag: string, beneficiary: string) => {
      await referent.goto('/handovers/new');
      await referent.getByRole('combobox', { name: label(l.handover.device) }).click();
      await referent.getByRole('option', { name: new RegExp(`^${deviceTag}`) }).click();
      await referent.getByRole('combobox', { name: label(l.handover.beneficiary) }).click();
      await referent.getByRole('option', { name: beneficiary, exact: true }).click();
    };
    await handOver(gift!.device.assetTag, first!.reference);
    const pad = referent.getByTestId('signature-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await referent.mouse.move(box.x + 20, box.y + 60);
    await referent.mouse.down();
    for (let i = 1; i <= 10; i++)
      await referent.mouse.move(box.x + 20 + i * 20, box.y + 60 + (i % 3) * 25);
    await referent.mouse.up();
    await referent.getByText(l.handover.signed).waitFor();
    await checkPage(referent, 'handover with a signature (fr, 360 px)');
    await screenshot(referent, 'logistics-handover-phone');
    await referent.getByRole('button', { name: l.handover.submit }).click();
    await referent.waitForURL(/\/handovers$/);

    await handOver(loan!.device.assetTag, second!.reference);
    await referent
      .locator('label')
      .filter({ hasText: new RegExp(`^${l.form.loan}$`) })
      .click();
    await referent.getByLabel(label(l.handover.returnDueOn)).fill(isoIn(120));
    await referent.getByRole('radio', { name: l.charter.code }).check();
    await referent.getByRole('button', { name: l.handover.issueCode }).click();
    const issued = referent.getByRole('alert').filter({ hasText: l.handover.codeTitle });
    const oneTime = (await issued.locator('p').first().textContent())!.trim();
    await referent.getByRole('textbox', { name: label(l.handover.codeEntered) }).fill(oneTime);
    await referent.getByRole('button', { name: l.handover.submit }).click();
    await referent.waitForURL(/\/handovers$/);
    await referent.getByRole('cell', { name: loan!.device.assetTag }).first().waitFor();
    await checkPage(referent, 'handovers (fr, 360 px)');

    // 8. The coordinator settles the missing unit: written off as lost.
    await coord.goto('/discrepancies');
    const d = coord.getByRole('article').filter({ hasText: missing!.device.assetTag });
    await d.waitFor();
    await checkPage(coord, 'discrepancies (fr)');
    await d.getByRole('combobox', { name: label(l.discrepancy.settle) }).click();
    await coord.getByRole('option', { name: l.discrepancy.resolution.lost }).click();
    await d
      .getByRole('textbox', { name: label(l.discrepancy.comment) })
      .fill('Perte chez le transporteur');
    await d.getByRole('button', { name: l.discrepancy.resolve }).click();
    await d.waitFor({ state: 'detached' });

    // 9. Every device's history tells the story, in the ledger.
    const history = async (id: string) =>
      (
        await api<{ device: { state: string }; entries: { type: string; details: unknown }[] }>(
          coord,
          'GET',
          `/api/devices/${id}/history`,
        )
      ).body;
    const g = await history(gift!.device.id);
    const lo = await history(loan!.device.id);
    const m = await history(missing!.device.id);
    expect(g.device.state).toBe('handed_over');
    expect(lo.device.state).toBe('handed_over');
    expect(m.device.state).toBe('lost');
    const types = (h: { entries: { type: string }[] }) => h.entries.map((e) => e.type).join(' ');
    for (const h of [g, lo]) {
      expect(types(h)).toMatch(/reserve/);
      expect(types(h)).toMatch(/ship/);
      expect(types(h)).toMatch(/deliver/);
      expect(types(h)).toMatch(/hand/);
    }
    expect(types(m)).toMatch(/ship/);
    // Written off: a ledger transition to `lost`, with the reason given on the discrepancy.
    expect(JSON.stringify(m.entries)).toMatch(/lost/);
    expect(JSON.stringify(m.entries)).toMatch(/Perte chez le transporteur/);
    // The device record tells the coordinator who holds it (beneficiary reference only).
    await coord.goto(`/devices/${gift!.device.id}`);
    const holder = coord.getByRole('region', { name: 'Remis à un bénéficiaire' });
    await holder.getByText(new RegExp(`bénéficiaire ${first!.reference}`)).waitFor();
    await expectNoA11yViolations(coord, 'handed-over device (fr)');
    const handovers = await api<{
      items: { form: string; charterMethod: string; device: { id: string } }[];
    }>(coord, 'GET', `/api/handovers?structureId=${orgId}`);
    const byDevice = new Map(handovers.body.items.map((h) => [h.device.id, h]));
    expect(byDevice.get(gift!.device.id)).toMatchObject({
      form: 'gift',
      charterMethod: 'signature',
    });
    expect(byDevice.get(loan!.device.id)).toMatchObject({ form: 'loan', charterMethod: 'code' });
  });

  it('reads in English at 1280 and 360 px with no accessibility violation', async () => {
    const l = L.en;
    const page = await b.newPage();
    await login(page, 'coordination@passerelle.demo');
    await page
      .getByRole('radiogroup', { name: /^(Langue|Language)$/ })
      .first()
      .getByText('English')
      .click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const [url, heading] of [
      ['/shipments', l.nav.shipments],
      ['/pick-lists', l.nav.pickLists],
      ['/discrepancies', l.nav.discrepancies],
      ['/handovers', l.nav.handovers],
    ] as const) {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await checkPage(page, `${url} (en, ${width} px)`);
      }
    }
    const ship = await api<{ items: { id: string; reference: string }[] }>(
      page,
      'GET',
      '/api/shipments?limit=1',
    );
    expect(ship.body.items.length).toBe(1);
    await page.goto(`/shipments/${ship.body.items[0]!.id}`);
    await page.getByRole('heading', { level: 2, name: l.shipment.summary }).waitFor();
    await checkPage(page, 'shipment (en, 360 px)');
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/shipments/${ship.body.items[0]!.id}/pack`);
      await page.getByRole('textbox', { name: l.pack.code }).waitFor();
      await checkPage(page, `packing (en, ${width} px)`);
      await page.goto('/handovers/new');
      await page.getByRole('heading', { level: 1, name: l.handover.newTitle }).waitFor();
      await page.getByTestId('signature-pad').waitFor();
      await checkPage(page, `new handover (en, ${width} px)`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/handovers');
    await page.getByRole('heading', { level: 1, name: l.nav.handovers }).waitFor();
    await screenshot(page, 'logistics-handovers');
    // The language is kept on the account: give the coordinator French back for other specs.
    await page
      .getByRole('radiogroup', { name: /^(Langue|Language)$/ })
      .first()
      .getByText('Français')
      .click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  it('carriers and their secret, tracking import with a bad row, a follow-up answered', async () => {
    const l = L.fr;
    const admin = await b.newPage();
    const coord = await b.newPage();
    const referent = await b.newPage({ width: 360, height: 740 });
    await login(admin, 'admin@passerelle.demo');
    await login(coord, 'coordination@passerelle.demo');
    await login(referent, 'referente@passerelle.demo');

    // 1. The admin adds a carrier: its webhook secret is shown once, then never again.
    const code = `ct${Date.now().toString(36)}`;
    const name = `Colis ${code}`;
    await admin.goto('/carriers');
    await admin.getByRole('heading', { level: 1, name: l.nav.carriers }).waitFor();
    await admin.getByRole('heading', { level: 2, name: l.settings.title }).waitFor();
    await checkPage(admin, 'carriers (fr)');
    await admin.getByRole('textbox', { name: label(l.carriers.name) }).fill(name);
    await admin.getByRole('textbox', { name: label(l.carriers.code) }).fill(code);
    await admin.getByRole('button', { name: l.carriers.create }).click();
    const secretBox = admin.getByTestId('carrier-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.textContent())!.trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await admin.getByRole('cell', { name: code, exact: true }).waitFor();
    await checkPage(admin, 'carrier secret shown (fr)');
    await screenshot(admin, 'logistics-carriers');
    await admin.setViewportSize({ width: 360, height: 740 });
    await checkPage(admin, 'carrier secret shown (fr, 360 px)');
    await admin.getByRole('button', { name: l.carriers.secretDone }).click();
    await secretBox.waitFor({ state: 'detached' });
    await admin.reload();
    await admin.getByRole('cell', { name: code, exact: true }).waitFor();
    expect(await admin.getByText(secret).count()).toBe(0);
    const carriers = await api<{ items: { id: string; code: string }[] }>(
      admin,
      'GET',
      '/api/carriers',
    );
    expect(JSON.stringify(carriers.body)).not.toContain(secret);
    const carrierId = carriers.body.items.find((c) => c.code === code)!.id;
    await admin.setViewportSize({ width: 1280, height: 800 });
    // The same page in English, at both widths.
    await switchLanguage(admin, 'English');
    for (const width of [1280, 360]) {
      await admin.setViewportSize({ width, height: 800 });
      await admin.goto('/carriers');
      await admin.getByRole('heading', { level: 1, name: L.en.nav.carriers }).waitFor();
      await admin.getByRole('textbox', { name: L.en.settings.followUpDelayDays }).waitFor();
      await checkPage(admin, `carriers (en, ${width} px)`);
    }
    await switchLanguage(admin, 'Français');

    // 2. The coordinator imports the carrier's CSV: one bad row, nothing recorded.
    await coord.goto('/shipments');
    await coord.getByRole('link', { name: l.trackingImport.open }).click();
    await coord.getByRole('heading', { level: 1, name: l.trackingImport.title }).waitFor();
    await coord.getByRole('combobox', { name: label(l.ship.carrier) }).click();
    await coord.getByRole('option', { name, exact: true }).click();
    const upload = async (csv: string) => {
      await coord.locator('input[type="file"]').setInputFiles({
        name: 'suivi.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv),
      });
      await coord.getByRole('button', { name: l.trackingImport.submit }).click();
    };
    await upload('numero_de_suivi;statut;date\nNOPE-1;livre;2026-11-20\nNOPE-2;perdu;2026-11-20\n');
    const errors = coord.getByRole('region', { name: l.trackingImport.errorsTable });
    await errors.waitFor();
    const bad = errors.getByRole('row').filter({ hasText: l.trackingImport.codes.status_unknown });
    await bad.waitFor();
    expect(await bad.getByRole('cell').first().textContent()).toBe('2');
    expect(await errors.getByRole('row').count()).toBe(2);
    await checkPage(coord, 'tracking import with an error (fr)');
    await coord.setViewportSize({ width: 360, height: 740 });
    await checkPage(coord, 'tracking import with an error (fr, 360 px)');
    await coord.setViewportSize({ width: 1280, height: 800 });
    await upload('numero_de_suivi;statut;date\nNOPE-1;livre;2026-11-20\n');
    await coord
      .getByRole('status')
      .filter({ hasText: /1 numéro/ })
      .waitFor();

    // 3. The referent answers the follow-up question of a device handed over 100 days ago,
    //    on the page the reminder mail links to.
    const assetTag = await handoverDueForFollowUp(referent, coord, carrierId);
    await referent.goto('/follow-ups');
    await referent.getByRole('heading', { level: 1, name: l.nav.followUps }).waitFor();
    const card = referent.getByRole('article', { name: assetTag });
    await card.waitFor();
    await checkPage(referent, 'follow-ups (fr, 360 px)');
    await screenshot(referent, 'logistics-follow-ups-phone');
    await card.getByRole('radio', { name: l.followUps.usageValue.weekly }).check();
    await card
      .getByRole('radiogroup', { name: l.followUps.trainingWanted })
      .getByRole('radio', { name: l.followUps.yes })
      .check();
    await card.getByRole('textbox', { name: l.followUps.comment }).fill('Sert pour les devoirs');
    await card
      .getByRole('button', { name: l.followUps.submitFor.replace('{{assetTag}}', assetTag) })
      .click();
    await card.waitFor({ state: 'detached' });
    const due = await api<{ items: { assetTag: string }[] }>(referent, 'GET', '/api/follow-ups');
    expect(due.body.items.map((f) => f.assetTag)).not.toContain(assetTag);
    await referent.setViewportSize({ width: 1280, height: 800 });
    await checkPage(referent, 'follow-ups (fr, 1280 px)');

    // The coordinator's new pages in English, at both widths.
    await switchLanguage(coord, 'English');
    for (const [url, heading] of [
      ['/shipments/tracking-import', L.en.trackingImport.title],
      ['/follow-ups', L.en.nav.followUps],
    ] as const) {
      for (const width of [1280, 360]) {
        await coord.setViewportSize({ width, height: 800 });
        await coord.goto(url);
        await coord.getByRole('heading', { level: 1, name: heading }).waitFor();
        await checkPage(coord, `${url} (en, ${width} px)`);
      }
    }
    await switchLanguage(coord, 'Français');
  });
});
