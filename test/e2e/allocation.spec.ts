import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import frAllocation from '../../src/web/i18n/fr/allocation.json';
import enAllocation from '../../src/web/i18n/en/allocation.json';
import {
  api,
  expectNoA11yViolations,
  hasHorizontalOverflow,
  login,
  screenshot,
  useBrowser,
  useLanguage,
} from './support';
import { approvedDemoRequest } from './demo-requests';

const A = { fr: frAllocation.allocation, en: enAllocation.allocation };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const label = (s: string) => new RegExp(`^${escape(s)}\\s*\\*?$`);

async function openNav(page: Page, name: string) {
  if (page.viewportSize()!.width < 768) {
    await page.getByRole('button', { name: /Ouvrir le menu|Open menu/ }).click();
  }
  await page
    .getByRole('navigation', { name: /^(Navigation principale|Main navigation)$/ })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Runs a new wave on the open campaign from the form; returns its id. */
async function runWave(page: Page, a: (typeof A)['fr'], campaignName: string) {
  await page.getByRole('link', { name: a.list.new }).first().click();
  await page.getByRole('heading', { level: 1, name: a.new.title }).waitFor();
  await page.getByRole('combobox', { name: label(a.new.campaign) }).click();
  await page.getByRole('option', { name: campaignName, exact: true }).click();
  await page.getByRole('status').filter({ hasText: /\d/ }).first().waitFor();
  await page.getByRole('button', { name: a.new.run }).click();
  await page.waitForURL(/\/allocation\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

describe('allocation: a coordinator runs, adjusts and confirms a wave', () => {
  const b = useBrowser();

  it('runs a wave on the demo data, explains unmet lines, pins a structure, confirms; the structure sees its devices', async () => {
    const a = A.fr;
    const coord = await b.newPage();
    const referent = await b.newPage();
    await login(coord, 'coordination@passerelle.demo');
    await login(referent, 'referente@passerelle.demo');
    await useLanguage(coord, 'fr');
    const request = await approvedDemoRequest(referent, coord, 2);
    const campaign = await api<{ campaigns: { id: string; name: string }[] }>(
      coord,
      'GET',
      '/api/allocation/options',
    );
    const campaignName = campaign.body.campaigns.find((c) => c.id === request.campaignId)!.name;
    const before = await api<{ stock: { units: number } }>(
      coord,
      'GET',
      `/api/allocation/options?campaignId=${request.campaignId}`,
    );

    await openNav(coord, a.nav.waves);
    await expectNoA11yViolations(coord, 'waves list (fr)');
    await runWave(coord, a, campaignName);
    await coord.getByRole('heading', { level: 2, name: a.fairness.title }).waitFor();
    await expectNoA11yViolations(coord, 'wave draft (fr)');
    await screenshot(coord, 'allocation-wave');

    // Why is a line not served? The demo asks for smartphones nobody holds.
    const reason = coord
      .getByText(
        /aucun stock compatible|poids plus élevé|même poids|stock compatible insuffisant|fléché/,
      )
      .first();
    await reason.waitFor();
    expect((await reason.textContent())!.length).toBeGreaterThan(20);

    // Pin the ASE 93 structure, run again: its line is served first, at the top weight.
    const card = coord.getByRole('region', { name: /Seine-Saint-Denis/ }).first();
    await coord.getByRole('textbox', { name: a.structure.search }).fill('Seine-Saint-Denis');
    await card.getByRole('button', { name: a.structure.pin }).click();
    await expect
      .poll(() =>
        card.getByRole('button', { name: a.structure.unpin }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    await coord.getByRole('button', { name: a.adjust.rerun }).click();
    await card.getByText(a.line.pinned).first().waitFor();
    await expect.poll(() => card.getByText('2 / 2 (100 %)').count()).toBeGreaterThan(0);

    // A what-if run cannot be confirmed; removing the hypothetical stock brings it back.
    await coord.getByRole('combobox', { name: label(a.whatIf.where) }).click();
    await coord.getByRole('option', { name: /^69 — / }).click();
    await coord.getByRole('textbox', { name: label(a.whatIf.quantity) }).fill('5000');
    await coord.getByRole('button', { name: a.whatIf.add }).click();
    await coord.getByRole('button', { name: a.adjust.rerun }).click();
    await coord.getByText(a.whatIf.cannotConfirm).waitFor();
    expect(await coord.getByRole('button', { name: a.confirm.button }).isDisabled()).toBe(true);
    await coord.getByRole('button', { name: a.whatIf.remove }).click();
    await coord.getByRole('button', { name: a.adjust.rerun }).click();
    await coord.getByText(a.whatIf.cannotConfirm).waitFor({ state: 'detached' });

    // Confirm: the units are reserved.
    await coord.getByRole('button', { name: a.confirm.button }).click();
    const dialog = coord.getByRole('dialog');
    await dialog.getByRole('button', { name: a.confirm.button }).click();
    await coord.getByText(a.wave.confirmedTitle).waitFor();
    await expectNoA11yViolations(coord, 'wave confirmed (fr)');

    // The referent sees the devices reserved for the request.
    await referent.goto(`/requests/${request.id}`);
    const reserved = referent.getByRole('region', { name: a.request.title });
    await reserved.waitFor();
    await expect.poll(() => reserved.getByRole('row').count()).toBe(3);
    await expectNoA11yViolations(referent, 'request with reserved devices (fr)');
    await screenshot(referent, 'allocation-request-reserved');

    // The reserved units are no longer offered to the next wave.
    const after = await api<{ stock: { units: number } }>(
      coord,
      'GET',
      `/api/allocation/options?campaignId=${request.campaignId}`,
    );
    expect(after.body.stock.units).toBeLessThan(before.body.stock.units);
    await coord.goto('/allocation');
    const next = await runWave(coord, a, campaignName);
    const nextWave = await api<{ summary: { structures: { structureName: string }[] } }>(
      coord,
      'GET',
      `/api/allocation/waves/${next}`,
    );
    expect(
      nextWave.body.summary.structures.some((s) => /Seine-Saint-Denis/.test(s.structureName)),
    ).toBe(false);
    await coord.getByRole('button', { name: a.cancel.draft }).click();
    await coord.getByRole('dialog').getByRole('button', { name: a.cancel.draft }).click();
    await coord.getByText(a.status.cancelled).first().waitFor();
  });

  it('reads in English and on a 360 px phone, with no accessibility violation', async () => {
    const a = A.en;
    const phone = await b.newPage({ width: 360, height: 740 });
    await login(phone, 'coordination@passerelle.demo');
    // The language switch sits in the phone's menu: choose it on a wide screen (remembered).
    await phone.setViewportSize({ width: 1280, height: 800 });
    await useLanguage(phone, 'en');
    await phone.setViewportSize({ width: 360, height: 740 });
    await openNav(phone, a.nav.waves);
    await phone.getByRole('link', { name: a.list.new }).first().click();
    await phone.getByRole('heading', { level: 1, name: a.new.title }).waitFor();
    await phone.getByRole('combobox', { name: label(a.new.campaign) }).click();
    const open = await api<{ items: { name: string }[] }>(
      phone,
      'GET',
      '/api/campaigns?status=open',
    );
    await phone.getByRole('option', { name: open.body.items[0]!.name, exact: true }).click();
    await phone.getByRole('group', { name: a.new.caps }).waitFor();
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await expectNoA11yViolations(phone, 'new wave (en, 360 px)');
    await phone.goto('/allocation');
    await phone
      .getByRole('link', { name: /^V-\d{6}$/ })
      .first()
      .click();
    await phone.getByRole('heading', { level: 2, name: a.fairness.title }).waitFor();
    await phone.getByRole('heading', { level: 2, name: a.wave.scope }).waitFor();
    expect(await hasHorizontalOverflow(phone)).toBe(false);
    await expectNoA11yViolations(phone, 'wave (en, 360 px)');
    await phone.getByRole('tab', { name: a.tabs.warehouses }).click();
    await phone.getByRole('region', { name: a.tabs.warehouses }).waitFor();
    await expectNoA11yViolations(phone, 'wave warehouses tab (en, 360 px)');
  });
});
