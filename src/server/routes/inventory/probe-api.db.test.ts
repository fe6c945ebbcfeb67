import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { loginAs, useTestApp } from '../../../../test/app';
import { buildInventoryWorld } from '../../../../test/inventory';
import { buildDevice } from '../../../../test/factories';
import { queryRows } from '../../../db/connect';
import { collectSnapshot, systemProbeIO } from '../../../cli/probe-collect';
import { PROBE_FORMAT } from '../../../shared/schemas/probe';

const snapshot = (over: Record<string, unknown> = {}) => ({
  format: PROBE_FORMAT,
  probeVersion: '0.1.0',
  collectedAt: '2026-03-02T10:00:00.000Z',
  system: { serial: 'PF1ABCDE', vendor: 'LENOVO', model: 'ThinkPad T480' },
  cpu: { model: 'Intel(R) Core(TM) i5-8350U', cores: 8 },
  ramMb: 7834,
  drives: [
    {
      name: 'nvme0n1',
      serial: 'S4EWNX0M',
      sizeGb: 256.1,
      type: 'nvme',
      model: 'SAMSUNG',
      transport: 'nvme',
    },
  ],
  battery: { present: true, healthPct: 81.4 },
  screenInches: null,
  os: { name: 'Debian GNU/Linux 12 (bookworm)', kernel: '6.1.0' },
  unknown: ['screenInches'],
  ...over,
});

describe('probe snapshots API', () => {
  const t = useTestApp();

  async function withToken() {
    const world = await buildInventoryWorld(t.database.db);
    const op = await loginAs(t.app, world.users.operatorA.user.email);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/workshop/tokens',
      headers: op.headers,
      payload: { name: 'Banc de test 1' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    expect(token).toMatch(/^pwt_/);
    return { world, op, token, tokenId: id };
  }
  const upload = (token: string | null, body: string, contentType = 'application/json') =>
    t.app.inject({
      method: 'POST',
      url: '/api/workshop/probe-snapshots',
      headers: {
        'content-type': contentType,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      payload: body,
    });
  const snapshotCount = async () =>
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM probe_snapshots`,
      )
    )[0]!.n;

  it('stores only the token hash, and lists tokens without secrets', async () => {
    const { op, token } = await withToken();
    const rows = await queryRows<{ token_hash: string }>(
      t.database.db,
      sql`SELECT token_hash FROM workshop_tokens`,
    );
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.token_hash).not.toContain(token);
    const list = await t.app.inject({ url: '/api/workshop/tokens', headers: op.headers });
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect(list.json()[0]).toMatchObject({ name: 'Banc de test 1', organisationName: 'Atelier A' });
  });

  it('matches a snapshot by drive serial and fills the device specs', async () => {
    const { world, token } = await withToken();
    const device = await buildDevice(t.database.db, {
      locationId: world.warehouse.id,
      serial: null,
      brand: null,
      model: null,
      drives: [{ serial: 'S4EWNX0M', type: 'ssd' }],
    });
    const res = await upload(token, JSON.stringify(snapshot()));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'matched',
      device: { id: device.id, assetTag: device.assetTag },
      unknown: ['screenInches'],
    });
    const [row] = await queryRows<Record<string, unknown>>(
      t.database.db,
      sql`SELECT serial, brand, model, cpu, ram_mb, storage_gb, storage_type, battery_health_pct, screen_inches, os_name FROM devices`,
    );
    expect(row).toEqual({
      serial: 'PF1ABCDE',
      brand: 'LENOVO',
      model: 'ThinkPad T480',
      cpu: 'Intel(R) Core(TM) i5-8350U',
      ram_mb: 7834,
      storage_gb: 256,
      storage_type: 'nvme',
      battery_health_pct: 81,
      screen_inches: null,
      os_name: 'Debian GNU/Linux 12 (bookworm)',
    });
    const drives = await queryRows<{ type: string; size_gb: number }>(
      t.database.db,
      sql`SELECT type, size_gb FROM device_drives`,
    );
    expect(drives).toEqual([{ type: 'nvme', size_gb: 256 }]);
  });

  it('refuses a bad token (401) and malformed JSON (400 with the reason); nothing stored', async () => {
    const { op, token, tokenId } = await withToken();
    const bad = await upload('pwt_not-a-real-token', JSON.stringify(snapshot()));
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('auth.workshop_token_invalid');
    expect((await upload(null, JSON.stringify(snapshot()))).statusCode).toBe(401);
    const malformed = await upload(token, '{"format": "passerelle-probe/1", "ramMb": 12,');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('request.bad');
    expect(malformed.json().error.message).toMatch(/^Malformed JSON: .+/);
    const wrongShape = await upload(
      token,
      JSON.stringify(snapshot({ ramMb: -5, format: 'other' })),
    );
    expect(wrongShape.statusCode).toBe(400);
    expect(wrongShape.json().error.details.fields).toEqual(
      expect.arrayContaining([
        { path: 'ramMb', code: 'too_small' },
        { path: 'format', code: 'format_unknown' },
      ]),
    );
    // A revoked token stops working.
    await t.app.inject({
      method: 'POST',
      url: `/api/workshop/tokens/${tokenId}/revoke`,
      headers: op.headers,
    });
    expect((await upload(token, JSON.stringify(snapshot()))).statusCode).toBe(401);
    expect(await snapshotCount()).toBe(0);
  });

  it('keeps an unmatched snapshot for the operator to attach, within the workshop only', async () => {
    const { world, op, token } = await withToken();
    // A device with that serial exists, but in workshop B: not a match for workshop A's token.
    await buildDevice(t.database.db, { locationId: world.bayB.id, serial: 'PF1ABCDE' });
    const res = await upload(token, JSON.stringify(snapshot()), 'text/plain');
    expect(res.json()).toMatchObject({ status: 'unmatched', matchNote: 'no_device', device: null });
    const mine = await buildDevice(t.database.db, {
      locationId: world.warehouse.id,
      serial: 'TYPED-SERIAL',
      ramMb: 2048,
    });
    const waiting = (
      await t.app.inject({
        url: '/api/workshop/probe-snapshots?status=unmatched',
        headers: op.headers,
      })
    ).json();
    expect(waiting).toHaveLength(1);
    const attach = await t.app.inject({
      method: 'POST',
      url: `/api/workshop/probe-snapshots/${waiting[0].id}/attach`,
      headers: op.headers,
      payload: { deviceId: mine.id },
    });
    expect(attach.statusCode).toBe(200);
    expect(attach.json().fields).toEqual(expect.arrayContaining(['ramMb', 'cpu']));
    const [row] = await queryRows<{ serial: string; ram_mb: number }>(
      t.database.db,
      sql`SELECT serial, ram_mb FROM devices WHERE id = ${mine.id}`,
    );
    expect(row).toEqual({ serial: 'TYPED-SERIAL', ram_mb: 7834 }); // typed serial kept, measured RAM applied
    const opB = await loginAs(t.app, world.users.operatorB.user.email);
    const other = await t.app.inject({
      url: '/api/workshop/probe-snapshots',
      headers: opB.headers,
    });
    expect(other.json()).toEqual([]);
  });

  it('accepts the file `passerelle probe` writes on this machine, unknown fields as null', async () => {
    const { world, op } = await withToken();
    const local = collectSnapshot(systemProbeIO, new Date(), '0.1.0');
    for (const path of local.unknown) {
      const value = path
        .split('.')
        .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], local);
      if (!path.startsWith('drives.') && path !== 'battery') expect(value).toBeNull();
    }
    const device = await buildDevice(t.database.db, {
      locationId: world.warehouse.id,
      serial: 'HOST-1',
      ramMb: null,
      cpu: null,
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/workshop/probe-snapshots/upload',
      headers: { ...op.headers, 'content-type': 'application/json' },
      payload: JSON.stringify(local),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().unknown).toEqual(local.unknown);
    // This machine's serials are unreadable here: the snapshot waits; attaching it fills the specs.
    if (res.json().status === 'unmatched') {
      const attach = await t.app.inject({
        method: 'POST',
        url: `/api/workshop/probe-snapshots/${res.json().id}/attach`,
        headers: op.headers,
        payload: { deviceId: device.id },
      });
      expect(attach.statusCode).toBe(200);
    }
    const [row] = await queryRows<{ ram_mb: number | null; cpu: string | null }>(
      t.database.db,
      sql`SELECT ram_mb, cpu FROM devices WHERE id = ${device.id}`,
    );
    expect(row).toEqual({ ram_mb: local.ramMb, cpu: local.cpu.model });
  });
});
