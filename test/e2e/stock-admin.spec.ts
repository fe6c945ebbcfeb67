import { describe, expect, it } from 'vitest';
import frWorkshop from '../../src/web/i18n/fr/workshop.json';
import enWorkshop from '../../src/web/i18n/en/workshop.json';
import {
  DEMO_PASSWORD,
  api,
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  useBrowser,
  useLanguage,
} from './support';

const W = { fr: frWorkshop.workshop, en: enWorkshop.workshop };
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(v[k]));

describe('stock administration: past counts, retiring a spec tier', () => {
  const b = useBrowser();

  it('lists a workshop’s past counts with what they changed, in French and English', async () => {
    const page = await b.newPage({ width: 360 });
    await login(page, 'atelier@passerelle.demo');
    const locations = await api<{ id: string; name: string; isActive: boolean }[]>(
      page,
      'GET',
      '/api/locations',
    );
    const location = locations.body.find((l) => l.isActive)!;
    const started = await api<{ id: string }>(page, 'POST', '/api/stock-counts', {
      locationId: location.id,
    });
    expect(started.status).toBe(201);
    expect((await api(page, 'POST', `/api/stock-counts/${started.body.id}/cancel`)).status).toBe(
      200,
    );

    await page.goto('/stock/counts');
    const table = page.getByRole('region', { name: W.fr.count.recent.tableLabel });
    const row = table.getByRole('row').filter({ hasText: location.name }).first();
    await expect.poll(() => row.textContent()).toContain(W.fr.count.status.cancelled);
    expect(await row.textContent()).toContain('—');
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoA11yViolations(page, 'recent counts (fr, 360 px)');
    await row.getByRole('link', { name: location.name }).click();
    await page.waitForURL(`**/stock/counts/${started.body.id}`);
    await expect
      .poll(() => page.getByText(W.fr.count.status.cancelled, { exact: true }).count())
      .toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    await useLanguage(page, 'en');
    await page.goto('/stock/counts');
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: W.en.count.recent.title }).count())
      .toBe(1);
    await expectNoA11yViolations(page, 'recent counts (en)');
  });

  it('retires a spec tier after a confirmation; it stays in the history', async () => {
    const page = await b.newPage();
    await login(page, 'coordination@passerelle.demo');
    const name = `Écran E2E ${Date.now() % 100000}`;
    const created = await api(page, 'POST', '/api/spec-tiers', {
      number: 9,
      name,
      kind: 'monitor',
      minScreenInches: 22,
    });
    expect(created.status).toBe(201);

    await page.goto('/spec-tiers');
    await page.getByRole('button', { name: fill(W.fr.tiers.retireOf, { name }) }).click();
    const dialog = page.getByRole('dialog', { name: fill(W.fr.tiers.retireTitle, { name }) });
    await expectNoA11yViolations(page, 'retire tier dialog (fr)');
    await dialog.getByRole('button', { name: W.fr.tiers.retire }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: name }).count()).toBe(0);

    await page.getByLabel(W.fr.tiers.showHistory).check();
    const former = page.getByRole('row').filter({ hasText: name });
    await expect.poll(() => former.count()).toBe(1);
    expect(await former.textContent()).toContain(fill(W.fr.tiers.former, { version: 1 }));
    const tiers = await api<{ name: string; isActive: boolean }[]>(page, 'GET', '/api/spec-tiers');
    expect(tiers.body.filter((t) => t.name === name && t.isActive)).toEqual([]);
  });

  it('opens the device record from the URL a label’s QR code holds, after logging in', async () => {
    const operator = await b.newPage();
    await login(operator, 'atelier@passerelle.demo');
    const devices = await api<{ items: { id: string; assetTag: string }[] }>(
      operator,
      'GET',
      '/api/devices?limit=1',
    );
    const device = devices.body.items[0]!;

    // A phone's camera app opens the label's URL: log in, then straight to the device.
    const phone = await b.newPage({ width: 360 });
    await phone.goto(`/d/${device.assetTag}`);
    await phone.waitForURL(/\/login\?next=/);
    await phone.getByLabel('Adresse e-mail').fill('atelier@passerelle.demo');
    await phone.getByLabel(/^Mot de passe/).fill(DEMO_PASSWORD);
    await phone.getByRole('button', { name: 'Se connecter' }).click();
    await phone.waitForURL(`**/devices/${device.id}`);
    await expect
      .poll(() => phone.getByRole('heading', { level: 1 }).first().textContent())
      .toContain(device.assetTag);

    await phone.goto('/d/PSR-NOPE-0');
    const notFound = fill(W.fr.byTag.notFound, { tag: 'PSR-NOPE-0' });
    await expect.poll(() => phone.getByText(notFound).count()).toBe(1);
    await expectNoA11yViolations(phone, 'unknown label (fr, 360 px)');
  });
});
