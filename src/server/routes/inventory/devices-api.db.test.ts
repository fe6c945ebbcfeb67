import { describe, expect, it } from 'vitest';
import { loginAs, useTestApp, type TAgent } from '../../../../test/app';
import { buildInventoryWorld } from '../../../../test/inventory';
import { buildDevice, buildSpecTier } from '../../../../test/factories';

describe('inventory API: reception to ready', () => {
  const t = useTestApp();

  async function login(email: string) {
    return loginAs(t.app, email);
  }
  const call = (
    agent: TAgent,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: agent.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('receives a donated lot by scanning, runs one device to ready, prints its label and shows its history', async () => {
    const world = await buildInventoryWorld(t.database.db);
    await buildSpecTier(t.database.db, { number: 1, kind: 'laptop', minRamMb: 4096 });
    const op = await login(world.users.operatorA.user.email);
    const lotId = '33333333-3333-4333-8333-333333333333';
    // Reception by scanning: one request per scanned device.
    const tags: string[] = [];
    for (const serial of ['LOT-A', 'LOT-B', 'LOT-C']) {
      const res = await call(op, 'POST', '/api/devices/receive', {
        locationId: world.warehouse.id,
        originType: 'donation_lot',
        originId: lotId,
        donorOrganisationId: world.donor.id,
        devices: [
          {
            kind: 'laptop',
            serial,
            brand: 'HP',
            model: 'EliteBook 840 G5',
            ramMb: 8192,
            drives: [
              { serial: `${serial}-D1`, type: 'ssd', sizeGb: 256 },
              { serial: `${serial}-D2`, type: 'hdd', sizeGb: 500 },
            ],
          },
        ],
      });
      expect(res.statusCode).toBe(201);
      tags.push(res.json().devices[0].assetTag);
    }
    const found = await call(
      op,
      'GET',
      `/api/devices/lookup?code=${encodeURIComponent(`http://passerelle.test/d/${tags[0]}`)}`,
    );
    expect(found.statusCode).toBe(200);
    const id: string = found.json().matches[0].device.id;

    expect(
      (await call(op, 'POST', `/api/devices/${id}/transitions`, { event: 'start_diagnosis' }))
        .statusCode,
    ).toBe(200);
    const step = await call(op, 'POST', `/api/devices/${id}/steps`, {
      step: 'diagnosis',
      result: 'pass',
      minutesSpent: 12,
      then: 'start_erasure',
    });
    expect(step.statusCode).toBe(201);
    expect(step.json().deviceState).toBe('erasure');

    const detail = (await call(op, 'GET', `/api/devices/${id}`)).json();
    expect(detail.drives).toHaveLength(2);
    const [d1, d2] = detail.drives;
    const erase = (driveId: string, over: object = {}) =>
      call(op, 'POST', `/api/devices/${id}/erasures`, {
        driveId,
        method: 'ata_secure_erase',
        standard: 'nist_800_88_purge',
        tool: 'nwipe',
        toolVersion: '0.35',
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        endedAt: new Date(Date.now() - 60_000).toISOString(),
        result: 'success',
        ...over,
      });
    expect((await erase(d1.id)).statusCode).toBe(201);
    const grade = await call(op, 'POST', `/api/devices/${id}/grade`, {
      appearanceGrade: 'A',
      functionGrade: 'B',
      batteryHealthPct: 78,
      osName: 'Linux Mint 21',
    });
    expect(grade.statusCode).toBe(200);
    expect(grade.json().device).toMatchObject({ grade: 'B', specTierNumber: 1 });

    // Marking ready with an unwiped drive is refused, with what is missing.
    const refused = await call(op, 'POST', `/api/devices/${id}/transitions`, {
      event: 'mark_ready',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'state.invalid',
      message: `${tags[0]}: Cannot mark ready: drive LOT-A-D2 has no successful erasure or recorded destruction.`,
      details: {
        code: 'guard_failed',
        missing: ['drive LOT-A-D2 has no successful erasure or recorded destruction'],
      },
    });
    // An erasure ending before it started: field error, nothing recorded.
    const backwards = await erase(d2.id, {
      startedAt: new Date().toISOString(),
      endedAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields).toEqual([
      { path: 'endedAt', code: 'ended_before_started' },
    ]);
    expect(
      (await erase(d2.id, { method: 'overwrite', standard: 'nist_800_88_clear', passes: 1 }))
        .statusCode,
    ).toBe(201);
    const ready = await call(op, 'POST', `/api/devices/${id}/transitions`, { event: 'mark_ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ state: 'ready', previousState: 'erasure' });

    const labels = await call(op, 'POST', '/api/devices/labels.pdf', {
      deviceIds: [id],
      layout: 'L7163',
    });
    expect(labels.statusCode).toBe(200);
    expect(labels.headers['content-type']).toBe('application/pdf');
    expect(labels.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const history = (await call(op, 'GET', `/api/devices/${id}/history`)).json();
    const kinds = history.entries.map(
      (e: { source: string; type: string }) => `${e.source}:${e.type}`,
    );
    expect(kinds[0]).toBe('ledger:receive');
    expect(kinds).toEqual(
      expect.arrayContaining([
        'step:diagnosis',
        'erasure:ata_secure_erase',
        'erasure:overwrite',
        'step:grading',
        'ledger:grade',
      ]),
    );
    expect(kinds.at(-1)).toBe('ledger:transition');
    expect(history.entries[0].actor.name).toBe('Awa Atelier');

    const stock = (await call(op, 'GET', '/api/stock?state=ready')).json();
    expect(stock.devices).toEqual([
      expect.objectContaining({
        locationName: 'Entrepôt A',
        state: 'ready',
        grade: 'B',
        tier: 1,
        count: 1,
      }),
    ]);
    const queue = (await call(op, 'GET', '/api/workshop/queue')).json();
    expect(queue.counts.diagnosis).toBe(2);
  });

  it('gives a workshop operator 404 on another workshop’s devices, everywhere', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const theirs = await buildDevice(t.database.db, {
      locationId: world.bayB.id,
      serial: 'B-SECRET',
      drives: [{ type: 'ssd', serial: 'B-DRIVE' }],
    });
    const op = await login(world.users.operatorA.user.email);
    const checks: [string, string, object | undefined][] = [
      ['GET', `/api/devices/${theirs.id}`, undefined],
      ['GET', `/api/devices/${theirs.id}/history`, undefined],
      ['GET', '/api/devices/lookup?code=B-SECRET', undefined],
      ['GET', `/api/devices/lookup?code=${theirs.assetTag}`, undefined],
      ['PATCH', `/api/devices/${theirs.id}`, { ramMb: 4096 }],
      ['POST', `/api/devices/${theirs.id}/transitions`, { event: 'start_diagnosis' }],
      ['POST', `/api/devices/${theirs.id}/steps`, { step: 'diagnosis', result: 'pass' }],
      ['POST', `/api/devices/${theirs.id}/grade`, { appearanceGrade: 'A', functionGrade: 'A' }],
      ['POST', `/api/devices/${theirs.id}/move`, { toLocationId: world.warehouse.id }],
      ['POST', '/api/devices/labels.pdf', { deviceIds: [theirs.id] }],
      [
        'POST',
        '/api/devices/receive',
        { locationId: world.bayB.id, devices: [{ kind: 'laptop' }] },
      ],
    ];
    for (const [method, url, payload] of checks) {
      const res = await call(op, method as 'GET', url, payload);
      expect(`${method} ${url} → ${res.statusCode}`).toBe(`${method} ${url} → 404`);
      expect(res.json().error.code).toBe('not_found');
    }
    const list = (await call(op, 'GET', '/api/devices')).json();
    expect(list.items.map((d: { id: string }) => d.id)).not.toContain(theirs.id);
    const coord = await login(world.users.coordinator.user.email);
    expect((await call(coord, 'GET', `/api/devices/${theirs.id}`)).statusCode).toBe(200);
    // Structures and donors have no access to devices at all.
    const donor = await login(world.users.donorContact.user.email);
    expect((await call(donor, 'GET', `/api/devices/${theirs.id}`)).statusCode).toBe(403);
  });

  it('refuses bad input with clear messages and field errors', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const existing = await buildDevice(t.database.db, {
      locationId: world.warehouse.id,
      serial: 'DUP-1',
    });
    const op = await login(world.users.operatorA.user.email);
    const neg = await call(op, 'POST', '/api/devices/receive', {
      locationId: world.warehouse.id,
      devices: [{ kind: 'laptop', ramMb: -1 }],
    });
    expect(neg.statusCode).toBe(400);
    expect(neg.json().error.details.fields).toEqual([
      { path: 'devices.0.ramMb', code: 'must_not_be_negative' },
    ]);
    const dupTag = await call(op, 'POST', '/api/devices/receive', {
      locationId: world.warehouse.id,
      devices: [{ kind: 'laptop', assetTag: existing.assetTag }],
    });
    expect(dupTag.statusCode).toBe(400);
    expect(dupTag.json().error.details.fields[0]).toMatchObject({
      path: 'devices.0.assetTag',
      code: 'asset_tag_taken',
    });
    const unknown = await call(op, 'GET', '/api/devices/lookup?code=ZZZ-UNKNOWN');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain('ZZZ-UNKNOWN');
    const skip = await call(op, 'POST', `/api/devices/${existing.id}/transitions`, {
      event: 'mark_ready',
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.details).toMatchObject({
      code: 'event_not_allowed',
      allowedFrom: ['erasure'],
    });
    const badEvent = await call(op, 'POST', `/api/devices/${existing.id}/transitions`, {
      event: 'teleport',
    });
    expect(badEvent.statusCode).toBe(400);
    expect(badEvent.json().error.details.fields).toEqual([
      { path: 'event', code: 'event_invalid' },
    ]);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: `/api/devices/${existing.id}/transitions`,
      headers: { cookie: op.cookie },
      payload: { event: 'start_diagnosis' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});
