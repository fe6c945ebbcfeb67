import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import frLogistics from '../../src/web/i18n/fr/logistics.json';
import { api, expectNoA11yViolations, hasHorizontalOverflow, login, useBrowser } from './support';
import { confirmedWave, isoIn } from './demo-requests';

const L = frLogistics.logistics;
const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(v[k]));

type TShipment = {
  id: string;
  reference: string;
  status: string;
  plannedOn: string | null;
  postponeReason: string | null;
  mergedIntoId: string | null;
  structure: { id: string };
  units: { id: string; requestLineId: string; device: { assetTag: string } }[];
};

const shipment = async (page: Page, id: string) =>
  (await api<TShipment>(page, 'GET', `/api/shipments/${id}`)).body;

describe('shipments: a coordinator splits, merges and postpones from the shipment page', () => {
  const b = useBrowser();

  it('splits one unit off, merges it back, refuses a past date, then postpones', async () => {
    const referent = await b.newPage();
    await login(referent, 'referente@passerelle.demo');
    const coord = await b.newPage({ width: 360 });
    await login(coord, 'coordination@passerelle.demo');
    const { orgId, lineIds, waveId } = await confirmedWave(referent, coord, 3);
    const generated = await api(coord, 'POST', '/api/shipments/generate', { waveId });
    expect(generated.status, JSON.stringify(generated.body)).toBeLessThan(300);
    const listed = await api<{ items: { id: string; structure: { id: string } }[] }>(
      coord,
      'GET',
      `/api/shipments?waveId=${waveId}&limit=200`,
    );
    let original: TShipment | undefined;
    for (const s of listed.body.items.filter((x) => x.structure.id === orgId)) {
      const full = await shipment(coord, s.id);
      if (full.units.some((u) => lineIds.includes(u.requestLineId))) original = full;
    }
    expect(original?.units).toHaveLength(3);
    const id = original!.id;
    const moved = original!.units[0]!.device.assetTag;

    // Split: tick one unit, the new shipment opens with it.
    await coord.goto(`/shipments/${id}`);
    await coord
      .getByRole('checkbox', { name: fill(L.arrange.selectUnit, { assetTag: moved }) })
      .check();
    await expect
      .poll(() => coord.getByText(fill(L.arrange.splitHelp_one, { count: 1 })).count())
      .toBe(1);
    expect(await hasHorizontalOverflow(coord)).toBe(false);
    await expectNoA11yViolations(coord, 'shipment arrange (fr, 360 px)');
    await coord.getByRole('button', { name: L.arrange.split }).click();
    await coord.waitForURL(
      (url) => /\/shipments\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith(id),
    );
    const splitId = coord.url().split('/').pop()!;
    const split = await shipment(coord, splitId);
    expect(split.units.map((u) => u.device.assetTag)).toEqual([moved]);
    expect((await shipment(coord, id)).units).toHaveLength(2);

    // Merge it back from the original's page.
    await coord.goto(`/shipments/${id}`);
    // With the keyboard, as a coordinator without a mouse would.
    const mergeField = coord.getByRole('combobox', { name: L.arrange.mergeLabel });
    await expect.poll(() => mergeField.isDisabled()).toBe(false);
    await mergeField.focus();
    await coord.keyboard.press('ArrowDown');
    await coord.getByRole('option', { name: new RegExp(split.reference) }).click();
    await coord.keyboard.press('Escape');
    await coord.getByRole('button', { name: L.arrange.merge, exact: true }).click();
    await expect.poll(async () => (await shipment(coord, id)).units.length).toBe(3);
    expect((await shipment(coord, splitId)).mergedIntoId).toBe(id);

    // A date in the past is refused with its reason, and nothing changes.
    const before = (await shipment(coord, id)).plannedOn;
    await coord.getByLabel(new RegExp(`^${L.arrange.plannedOn}`)).fill(isoIn(-3));
    await coord.getByLabel(new RegExp(`^${L.arrange.reason}`)).fill('Structure fermée');
    await coord.getByRole('button', { name: L.arrange.postpone, exact: true }).click();
    await expect.poll(() => coord.getByText(L.fields.date_in_past).count()).toBeGreaterThan(0);
    expect((await shipment(coord, id)).plannedOn).toBe(before);

    // Postponed to a later date, with the reason kept.
    await coord.getByLabel(new RegExp(`^${L.arrange.plannedOn}`)).fill(isoIn(20));
    await coord.getByRole('button', { name: L.arrange.postpone, exact: true }).click();
    await expect.poll(async () => (await shipment(coord, id)).plannedOn).toBe(isoIn(20));
    expect((await shipment(coord, id)).postponeReason).toBe('Structure fermée');
  });
});
