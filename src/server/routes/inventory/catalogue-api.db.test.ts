import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp } from '../../../../test/app';
import { buildInventoryWorld } from '../../../../test/inventory';
import { buildDevice } from '../../../../test/factories';

describe('locations, items, spec tiers and stock API', () => {
  const t = useTestApp();

  it('versions spec tiers: editing writes a new version and keeps the old', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const coord = await loginAs(t.app, world.users.coordinator.user.email);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/spec-tiers',
      headers: coord.headers,
      payload: {
        number: 2,
        name: 'Portable confort',
        kind: 'laptop',
        minRamMb: 8192,
        minStorageGb: 240,
        storageType: 'ssd',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, isActive: true });
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/spec-tiers',
      headers: coord.headers,
      payload: { number: 2, name: 'Doublon', kind: 'laptop' },
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.details.fields).toEqual([
      { path: 'number', code: 'tier_number_taken' },
    ]);
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/spec-tiers/${created.json().id}`,
      headers: coord.headers,
      payload: {
        number: 2,
        name: 'Portable confort',
        kind: 'laptop',
        minRamMb: 8192,
        minStorageGb: 256,
        storageType: 'ssd',
      },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, minStorageGb: 256, isActive: true });
    const again = await t.app.inject({
      method: 'PUT',
      url: `/api/spec-tiers/${created.json().id}`,
      headers: coord.headers,
      payload: { number: 2, name: 'x y', kind: 'laptop' },
    });
    expect(again.statusCode).toBe(409);
    const active = (await t.app.inject({ url: '/api/spec-tiers', headers: coord.headers })).json();
    expect(active.map((v: { version: number }) => v.version)).toEqual([2]);
    const history = (
      await t.app.inject({ url: '/api/spec-tiers?history=true', headers: coord.headers })
    ).json();
    expect(
      history.map((v: { version: number; isActive: boolean }) => [v.version, v.isActive]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    const neg = await t.app.inject({
      method: 'POST',
      url: '/api/spec-tiers',
      headers: coord.headers,
      payload: { number: 1, name: 'Basique', kind: 'tablet', minRamMb: -1 },
    });
    expect(neg.json().error.details.fields).toEqual([
      { path: 'minRamMb', code: 'must_not_be_negative' },
    ]);
    const op = await loginAs(t.app, world.users.operatorA.user.email);
    expect((await t.app.inject({ url: '/api/spec-tiers', headers: op.headers })).statusCode).toBe(
      200,
    );
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/spec-tiers/${edited.json().id}`,
          headers: op.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/spec-tiers/${edited.json().id}`,
          headers: coord.headers,
        })
      ).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ url: '/api/spec-tiers', headers: coord.headers })).json()).toEqual(
      [],
    );
  });

  it('lets an operator manage their own locations only', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const op = await loginAs(t.app, world.users.operatorA.user.email);
    const mine = await t.app.inject({
      method: 'POST',
      url: '/api/locations',
      headers: op.headers,
      payload: {
        organisationId: world.workshopA.id,
        name: 'Baie A2',
        kind: 'workshop_bay',
        shelfCodes: ['E1', 'E2'],
      },
    });
    expect(mine.statusCode).toBe(201);
    const theirs = await t.app.inject({
      method: 'POST',
      url: '/api/locations',
      headers: op.headers,
      payload: { organisationId: world.workshopB.id, name: 'Intrus', kind: 'workshop_bay' },
    });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().error.details.fields).toEqual([
      { path: 'organisationId', code: 'organisation_unknown' },
    ]);
    const dupName = await t.app.inject({
      method: 'POST',
      url: '/api/locations',
      headers: op.headers,
      payload: { organisationId: world.workshopA.id, name: 'Baie A2', kind: 'workshop_bay' },
    });
    expect(dupName.json().error.details.fields).toEqual([{ path: 'name', code: 'name_taken' }]);
    const list = (await t.app.inject({ url: '/api/locations', headers: op.headers })).json();
    expect(list.map((l: { name: string }) => l.name).sort()).toEqual([
      'Baie A1',
      'Baie A2',
      'Entrepôt A',
    ]);
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/locations/${world.bayB.id}`,
      headers: op.headers,
      payload: { organisationId: world.workshopB.id, name: 'x y', kind: 'workshop_bay' },
    });
    expect(edit.statusCode).toBe(404);
  });

  it('moves bulk items, refusing (409) what would go negative, and counts stock by scanning', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const coord = await loginAs(t.app, world.users.coordinator.user.email);
    const item = await t.app.inject({
      method: 'POST',
      url: '/api/items',
      headers: coord.headers,
      payload: { code: 'sim-4g', name: 'Carte SIM 4G', category: 'sim' },
    });
    expect(item.json().code).toBe('SIM-4G');
    const itemId = item.json().id;
    const op = await loginAs(t.app, world.users.operatorA.user.email);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/stock/items/receive',
          headers: op.headers,
          payload: { locationId: world.warehouse.id, itemId, quantity: 5 },
        })
      ).statusCode,
    ).toBe(201);
    const tooMany = await t.app.inject({
      method: 'POST',
      url: '/api/stock/items/move',
      headers: op.headers,
      payload: {
        fromLocationId: world.warehouse.id,
        toLocationId: world.bayA.id,
        itemId,
        quantity: 6,
      },
    });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().error).toMatchObject({
      code: 'stock.insufficient',
      details: { available: 5, requested: 6 },
    });
    const intoB = await t.app.inject({
      method: 'POST',
      url: '/api/stock/items/move',
      headers: op.headers,
      payload: {
        fromLocationId: world.warehouse.id,
        toLocationId: world.bayB.id,
        itemId,
        quantity: 1,
      },
    });
    expect(intoB.statusCode).toBe(404);

    const device = await buildDevice(t.database.db, { locationId: world.warehouse.id });
    const count = await t.app.inject({
      method: 'POST',
      url: '/api/stock-counts',
      headers: op.headers,
      payload: { locationId: world.warehouse.id },
    });
    const id = count.json().id;
    const scan = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/stock-counts/${id}/scans`,
        headers: op.headers,
        payload: { code: 'SIM-4G', quantity: 4 },
      });
    expect((await scan()).statusCode).toBe(200);
    expect((await scan()).statusCode).toBe(200);
    const view = (
      await t.app.inject({ url: `/api/stock-counts/${id}`, headers: op.headers })
    ).json();
    expect(view.missing.map((d: { id: string }) => d.id)).toEqual([device.id]);
    expect(view.itemDifferences).toEqual([{ itemId, recorded: 5, counted: 4, delta: -1 }]);
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/stock-counts/${id}/confirm`,
      headers: op.headers,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/stock-counts/${id}/confirm`,
      headers: op.headers,
      payload: { reason: 'inventaire' },
    });
    expect(ok.statusCode).toBe(200);
    const stock = (await t.app.inject({ url: '/api/stock', headers: op.headers })).json();
    expect(stock.items).toEqual([expect.objectContaining({ itemCode: 'SIM-4G', quantity: 4 })]);
    expect(stock.devices).toEqual([expect.objectContaining({ state: 'lost', count: 1 })]);
    const admin = await loginAs(t.app, world.users.admin.user.email);
    const check = await t.app.inject({ url: '/api/stock/check', headers: admin.headers });
    expect(check.json()).toMatchObject({ isConsistent: true, applied: false });
    expect((await t.app.inject({ url: '/api/stock/check', headers: op.headers })).statusCode).toBe(
      403,
    );
  });
});
