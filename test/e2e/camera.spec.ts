import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import frCommon from '../../src/web/i18n/fr/common.json';
import enCommon from '../../src/web/i18n/en/common.json';
import frWorkshop from '../../src/web/i18n/fr/workshop.json';
import enWorkshop from '../../src/web/i18n/en/workshop.json';
import {
  api,
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
  useLanguage,
} from './support';

const C = { fr: frCommon.common.camera, en: enCommon.common.camera };
const W = { fr: frWorkshop.workshop, en: enWorkshop.workshop };
const OPERATOR = 'atelier@passerelle.demo';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const label = (s: string) => new RegExp(`^${escape(s)}\\s*\\*?$`);
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(v[k]));

/**
 * A Y4M video (what Chromium's fake camera plays, in a loop) showing `text` as a QR code:
 * the code's modules scaled up, with a quiet zone, on the luma plane of 4:2:0 frames.
 * Without `text`, a blank white picture.
 */
function writeQrVideo(path: string, text: string | null, width = 640, height = 480) {
  const luma = Buffer.alloc(width * height, 235);
  if (text) {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const quiet = 4;
    const scale = Math.floor((0.85 * Math.min(width, height)) / (modules.size + 2 * quiet));
    const side = scale * modules.size;
    const left = Math.floor((width - side) / 2);
    const top = Math.floor((height - side) / 2);
    for (let r = 0; r < modules.size; r++) {
      for (let c = 0; c < modules.size; c++) {
        if (!modules.get(r, c)) continue;
        for (let y = 0; y < scale; y++) {
          const row = (top + r * scale + y) * width + left + c * scale;
          luma.fill(16, row, row + scale);
        }
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: 5 }, () => frame)]));
}

/** Records every camera stream the page opens, to check that closing stops them all. */
async function watchCameraStreams(page: Page) {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams = streams;
    const media = navigator.mediaDevices;
    if (!media?.getUserMedia) return;
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** How many camera streams were opened, and how many tracks are still live. */
function cameraState(page: Page) {
  return page.evaluate(() => {
    const streams = (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams;
    // React's development build (StrictMode) opens and closes the camera once more: only
    // live tracks matter.
    return {
      opened: streams.length,
      live: streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
    };
  });
}

type TDevice = { id: string; assetTag: string; state: string };

/** A device the operator sees, already received (any state but expected), and its QR text. */
async function receivedDevice(page: Page): Promise<TDevice & { qrContent: string }> {
  const list = await api<{ items: TDevice[] }>(page, 'GET', '/api/devices?limit=100');
  const device = list.body.items.find((d) => d.state !== 'expected');
  expect(device, 'a received demo device').toBeDefined();
  const full = await api<{ qrContent: string }>(page, 'GET', `/api/devices/${device!.id}`);
  return { ...device!, qrContent: full.body.qrContent };
}

const dir = mkdtempSync(join(tmpdir(), 'passerelle-camera-'));
const VIDEO = join(dir, 'camera.y4m');
// The fake camera needs its file when Chromium starts; each test then films its own code.
writeQrVideo(VIDEO, null);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('camera scanning: QR labels read by the phone camera in the browser', () => {
  const b = useBrowser({
    args: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${VIDEO}`,
    ],
  });

  it('finds the device whose label is filmed, then stops the camera', async () => {
    const page = await b.newPage();
    await watchCameraStreams(page);
    await login(page, OPERATOR);
    const device = await receivedDevice(page);
    // What labels print: the device page's URL ending with the asset tag.
    expect(device.qrContent).toMatch(new RegExp(`/d/${escape(device.assetTag)}$`));
    writeQrVideo(VIDEO, device.qrContent);

    await page.goto('/devices');
    await page.getByRole('heading', { level: 1, name: W.fr.devices.title }).waitFor();
    await page.getByRole('button', { name: C.fr.open }).click();
    // The code is read (jsQR: Linux Chromium has no BarcodeDetector), the modal closes and
    // the search runs as if the tag had been typed and Enter pressed.
    await page.waitForURL((url) => url.searchParams.get('search') === device.assetTag);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByLabel(label(W.fr.devices.search)).inputValue()).toBe(device.assetTag);
    const results = page.getByRole('region', { name: W.fr.devices.title }).getByRole('link');
    await expect.poll(() => results.allTextContents()).toEqual([device.assetTag]);
    await page.getByText(fill(W.fr.devices.total, { count: 1 })).waitFor();
    await expect.poll(() => cameraState(page)).toMatchObject({ live: 0 });
    expect((await cameraState(page)).opened).toBeGreaterThan(0);
    // The decoder is a chunk of its own, fetched when the camera opened.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(scripts.some((s) => /\/assets\/jsQR-[\w-]+\.js$/.test(s))).toBe(true);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`keeps the camera open at reception and refuses a received device as typed (${lang}, 360 px)`, async () => {
      const page = await b.newPage();
      await watchCameraStreams(page);
      await login(page, OPERATOR);
      await useLanguage(page, lang);
      const device = await receivedDevice(page);
      writeQrVideo(VIDEO, device.qrContent);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/workshop/reception');
      await page.getByRole('heading', { level: 1, name: W[lang].reception.title }).waitFor();

      await page.getByRole('button', { name: C[lang].open }).click();
      const dialog = page.getByRole('dialog', { name: C[lang].title });
      await dialog.waitFor();
      // The same answer as the typed code: already received, nothing written.
      const refusal = fill(W[lang].reception.alreadyReceived, {
        code: device.assetTag,
        assetTag: device.assetTag,
        state: W[lang].state[device.state as keyof (typeof W)['fr']['state']],
      });
      const live = dialog.getByRole('status');
      await expect.poll(() => live.textContent()).toContain(refusal);
      expect(await live.textContent()).toContain(fill(C[lang].last, { code: device.assetTag }));
      // Continuous mode: the camera stays on, and the code held in view counts once.
      expect((await cameraState(page)).live).toBe(1);
      await page.waitForTimeout(1000);
      await expect
        .poll(() =>
          page.getByText(fill(W[lang].reception.counts, { received: 0, refused: 1 })).count(),
        )
        .toBe(1);
      await expectNoA11yViolations(page, `camera modal (${lang}, 360)`);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      if (lang === 'fr') await screenshot(page, 'camera-scan');

      // Escape closes the modal and stops the camera; the page lists the refused scan.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await expect.poll(() => cameraState(page)).toMatchObject({ live: 0 });
      await page.locator('#reception-result').getByText(refusal).waitFor();
    });
  }

  it('counts a device present by filming its label, the camera kept open (fr, 1280)', async () => {
    const page = await b.newPage();
    await watchCameraStreams(page);
    await login(page, OPERATOR);
    // A count of our own, at the place where a received device is (cancelled at the end).
    const list = await api<{ items: (TDevice & { locationId: string | null })[] }>(
      page,
      'GET',
      '/api/devices?limit=100',
    );
    let countId = '';
    let device: TDevice | undefined;
    for (const d of list.body.items.filter((x) => x.locationId && x.state !== 'expected')) {
      const started = await api<{ id: string }>(page, 'POST', '/api/stock-counts', {
        locationId: d.locationId,
      });
      if (started.status === 201 || started.status === 200) {
        countId = started.body.id;
        device = d;
        break;
      }
    }
    expect(countId, 'a count started at a device location').not.toBe('');
    try {
      const full = await api<{ qrContent: string }>(page, 'GET', `/api/devices/${device!.id}`);
      writeQrVideo(VIDEO, full.body.qrContent);
      await page.goto(`/stock/counts/${countId}`);
      await page.getByLabel(label(W.fr.count.code)).waitFor();
      await page.getByRole('button', { name: C.fr.open }).click();
      const dialog = page.getByRole('dialog', { name: C.fr.title });
      const present = fill(W.fr.count.present, { assetTag: device!.assetTag });
      // Accepted: the modal and the page say so, and the count holds that one device.
      await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`✓ ${present}`);
      await page.locator('#count-result').getByText(present).waitFor();
      const count = await api<{ scans: { deviceId: string | null }[] }>(
        page,
        'GET',
        `/api/stock-counts/${countId}`,
      );
      expect(count.body.scans.map((sc) => sc.deviceId)).toEqual([device!.id]);
      expect((await cameraState(page)).live).toBe(1);
      await dialog.getByRole('button', { name: C.fr.done }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await expect.poll(() => cameraState(page)).toMatchObject({ live: 0 });
    } finally {
      const cancelled = await api(page, 'POST', `/api/stock-counts/${countId}/cancel`, {});
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    }
  });

  it('explains in words why a page on plain http cannot open the camera', async () => {
    const page = await b.newPage();
    // What Chromium does on an http:// LAN address (not a secure context): no mediaDevices.
    // (This server's CSP upgrades such pages' scripts to https, so the real case cannot load
    // here; the browser's side of it is reproduced instead.)
    await page.addInitScript(() => {
      Object.defineProperty(window, 'isSecureContext', { get: () => false });
      Object.defineProperty(Navigator.prototype, 'mediaDevices', { get: () => undefined });
    });
    await login(page, OPERATOR);
    await page.goto('/devices');
    // The button is there all the same: the modal says why it cannot work.
    await page.getByRole('button', { name: C.fr.open }).click();
    const dialog = page.getByRole('dialog', { name: C.fr.title });
    const host = new URL(b.baseUrl).host;
    await dialog.getByRole('alert').getByText(fill(C.fr.problem.insecure, { host })).waitFor();
    expect(await dialog.locator('video').count()).toBe(0);
    await expectNoA11yViolations(page, 'camera refused on http (fr, 1280)');
    await dialog.getByRole('button', { name: frCommon.common.close }).last().click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(C.fr.open);
  });
});
