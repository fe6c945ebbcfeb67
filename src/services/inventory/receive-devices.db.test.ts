import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../../../test/db';
import { buildInventoryWorld, ctxFor } from '../../../test/inventory';
import { buildDevice } from '../../../test/factories';
import { queryRows } from '../../db/connect';
import { generateAssetTag, isValidAssetTag } from '../../domain/device/asset-tag';
import { receiveDevices } from './receive-devices';
import { lookupDevice } from './lookup-device';
import { importDevicesCsv } from './import-devices-csv';
import { updateDeviceSpecs } from './update-device-specs';
import { rebuildStockProjection } from '../stock/rebuild-stock-projection';

const count = async (db: Parameters<typeof queryRows>[0], table: string) =>
  (await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n;

describe('receiving and finding devices', () => {
  const t = useTestDatabase();

  it('receives a lot with generated tags, drives and one receive event each', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.operatorA);
    const lotId = '22222222-2222-4222-8222-222222222222';
    const res = await receiveDevices(ctx, {
      locationId: world.warehouse.id,
      originType: 'donation_lot',
      originId: lotId,
      donorOrganisationId: world.donor.id,
      earmark: world.network.id,
      devices: [
        {
          kind: 'laptop',
          serial: ' 5cg1234xyz ',
          donorAssetTag: 'sg-000123',
          drives: [{ serial: 'wd-1', type: 'hdd' }],
        },
        { kind: 'smartphone', drives: [{ type: 'flash' }], accessories: ['chargeur'] },
      ],
    });
    expect(res.devices).toHaveLength(2);
    for (const d of res.devices) expect(isValidAssetTag(d.assetTag)).toBe(true);
    expect(res.devices[0]).toMatchObject({ serial: '5CG1234XYZ', state: 'received' });
    const events = await queryRows<{
      type: string;
      to_state: string;
      linked_type: string;
      linked_id: string;
      earmark_network_id: string;
    }>(
      t.database.db,
      sql`SELECT type, to_state, linked_type, linked_id, earmark_network_id FROM stock_events ORDER BY id`,
    );
    expect(events).toEqual([
      {
        type: 'receive',
        to_state: 'received',
        linked_type: 'donation_lot',
        linked_id: lotId,
        earmark_network_id: world.network.id,
      },
      {
        type: 'receive',
        to_state: 'received',
        linked_type: 'donation_lot',
        linked_id: lotId,
        earmark_network_id: world.network.id,
      },
    ]);
    expect(await count(t.database.db, 'device_drives')).toBe(2);
    expect((await rebuildStockProjection(t.database.db)).isConsistent).toBe(true);

    // Found again by serial, donor tag, drive serial, tag or QR URL.
    for (const code of [
      '5cg1234xyz',
      'SG-000123',
      'WD-1',
      res.devices[0]!.assetTag,
      `https://x.test/d/${res.devices[0]!.assetTag}`,
    ]) {
      const found = await lookupDevice(ctx, code);
      expect(found.matches.map((m) => m.device.id)).toEqual([res.devices[0]!.id]);
    }
    expect((await lookupDevice(ctx, 'WD-1')).matches[0]!.matchedBy).toBe('drive_serial');
  });

  it('refuses a duplicate asset tag, a taken serial, a negative RAM with field errors; nothing written', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.operatorA);
    const existing = await buildDevice(t.database.db, {
      locationId: world.warehouse.id,
      serial: 'TAKEN-1',
    });
    const before = await count(t.database.db, 'devices');
    await expect(
      receiveDevices(ctx, {
        locationId: world.warehouse.id,
        devices: [
          { kind: 'laptop', assetTag: existing.assetTag.toLowerCase() },
          { kind: 'laptop', serial: 'taken-1' },
          { kind: 'laptop', assetTag: 'PSR-ABCDEF' },
          { serial: 'X' },
          { kind: 'laptop', osName: 'Windows 11 Pro' },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'validation.failed',
      details: {
        fields: expect.arrayContaining([
          {
            path: 'devices.0.assetTag',
            code: 'asset_tag_taken',
            params: { assetTag: existing.assetTag },
          },
          {
            path: 'devices.1.serial',
            code: 'serial_taken',
            params: { assetTag: existing.assetTag },
          },
          { path: 'devices.2.assetTag', code: 'asset_tag_checksum' },
          { path: 'devices.3.kind', code: 'required' },
          { path: 'devices.4.osLicenceRef', code: 'licence_required' },
        ]),
      },
    });
    await expect(
      receiveDevices(ctx, {
        locationId: world.warehouse.id,
        devices: [{ kind: 'laptop', ramMb: -8 }],
      }),
    ).rejects.toMatchObject({
      details: { fields: [{ path: 'devices.0.ramMb', code: 'must_not_be_negative' }] },
    });
    expect(await count(t.database.db, 'devices')).toBe(before);
    expect(await count(t.database.db, 'stock_events')).toBe(1);
  });

  it('keeps a pre-printed tag, and refuses receiving at another workshop’s location (404)', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.operatorA);
    const tag = generateAssetTag(() => 3);
    const kept = await receiveDevices(ctx, {
      locationId: world.warehouse.id,
      devices: [{ kind: 'tablet', assetTag: ` ${tag.toLowerCase().replace('-', ' ')} ` }],
    });
    expect(kept.devices[0]!.assetTag).toBe(tag);
    await expect(
      receiveDevices(ctx, { locationId: world.bayB.id, devices: [{ kind: 'laptop' }] }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('receives expected devices (declared by the supply side) into stock', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.coordinator);
    const expected = await buildDevice(t.database.db, {
      state: 'expected',
      locationId: null,
      kind: 'laptop',
    });
    const res = await receiveDevices(ctx, {
      locationId: world.bankWarehouse.id,
      devices: [{ expectedDeviceId: expected.id, serial: 'EXP-1', ramMb: 4096 }],
    });
    expect(res.devices[0]).toMatchObject({
      id: expected.id,
      assetTag: expected.assetTag,
      state: 'received',
      serial: 'EXP-1',
    });
    await expect(
      receiveDevices(ctx, {
        locationId: world.bankWarehouse.id,
        devices: [{ expectedDeviceId: expected.id }],
      }),
    ).rejects.toMatchObject({
      details: {
        fields: [
          {
            path: 'devices.0.expectedDeviceId',
            code: 'not_expected',
            params: { state: 'received' },
          },
        ],
      },
    });
    const events = await queryRows<{ from_state: string | null; to_state: string }>(
      t.database.db,
      sql`SELECT from_state, to_state FROM stock_events ORDER BY id`,
    );
    expect(events).toEqual([
      { from_state: null, to_state: 'expected' },
      { from_state: 'expected', to_state: 'received' },
    ]);
    expect((await rebuildStockProjection(t.database.db)).isConsistent).toBe(true);
  });

  it('answers 404 for an unknown serial and for another workshop’s device', async () => {
    const world = await buildInventoryWorld(t.database.db);
    await buildDevice(t.database.db, { locationId: world.bayB.id, serial: 'B-ONLY' });
    const ctx = ctxFor(t.database, world.actors.operatorA);
    await expect(lookupDevice(ctx, 'NOPE-404')).rejects.toMatchObject({
      code: 'not_found',
      message: 'No device with the asset tag, serial or donor tag "NOPE-404".',
    });
    await expect(lookupDevice(ctx, 'B-ONLY')).rejects.toMatchObject({ code: 'not_found' });
    expect(
      (await lookupDevice(ctxFor(t.database, world.actors.coordinator), 'b-only')).matches,
    ).toHaveLength(1);
  });

  it('imports a CSV: preview with per-row errors, then all rows or none', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.operatorA);
    const bad = [
      'type;numero_de_serie;marque;modele;ram_mo;stockage_go;ecran_pouces;series_disques;types_disques',
      'laptop;CSV-1;Dell;Latitude 5490;8192;256;14,0;D1|D2;ssd|hdd',
      'laptop;CSV-1;HP;EliteBook;-4;128;;;',
      'fridge;CSV-3;;;;;;;',
    ].join('\n');
    const preview = await importDevicesCsv(ctx, { csv: bad, locationId: world.warehouse.id });
    expect(preview.isValid).toBe(false);
    expect(preview.errors).toEqual([
      { row: 2, path: 'ramMb', code: 'must_not_be_negative' },
      { row: 3, path: 'kind', code: 'kind_invalid' },
    ]);
    const dup = await importDevicesCsv(ctx, {
      csv: bad.split('\n').slice(0, 3).join('\n').replace('-4', '4096'),
      locationId: world.warehouse.id,
    });
    expect(dup.errors).toEqual([
      { row: 2, path: 'serial', code: 'serial_duplicate', params: { sameAs: 'devices.0.serial' } },
    ]);
    expect(await count(t.database.db, 'devices')).toBe(0);

    const good = bad.split('\n').slice(0, 2).join('\n');
    const dry = await importDevicesCsv(ctx, { csv: good, locationId: world.warehouse.id });
    expect(dry).toMatchObject({ isValid: true, committed: false, rowCount: 1 });
    expect(await count(t.database.db, 'devices')).toBe(0);
    const done = await importDevicesCsv(ctx, {
      csv: good,
      locationId: world.warehouse.id,
      dryRun: false,
    });
    expect(done.committed).toBe(true);
    const [device] = await queryRows<{ screen_inches: number; ram_mb: number }>(
      t.database.db,
      sql`SELECT screen_inches, ram_mb FROM devices`,
    );
    expect(device).toEqual({ screen_inches: 14, ram_mb: 8192 });
    expect(await count(t.database.db, 'device_drives')).toBe(2);

    const update = await importDevicesCsv(ctx, {
      mode: 'update',
      csv: 'numero_de_serie;ram_mo\nCSV-1;16384\nUNKNOWN-9;4096',
      dryRun: false,
    });
    expect(update).toMatchObject({
      committed: false,
      errors: [{ row: 2, path: 'serial', code: 'device_unknown' }],
    });
    const fixed = await importDevicesCsv(ctx, {
      mode: 'update',
      csv: 'numero_de_serie;ram_mo\nCSV-1;16384',
      dryRun: false,
    });
    expect(fixed.committed).toBe(true);
    expect(
      (await queryRows<{ ram_mb: number }>(t.database.db, sql`SELECT ram_mb FROM devices`))[0]!
        .ram_mb,
    ).toBe(16384);
  });

  it('edits specs with field errors, and an earmark change moves the stock key', async () => {
    const world = await buildInventoryWorld(t.database.db);
    const ctx = ctxFor(t.database, world.actors.operatorA);
    const device = await buildDevice(t.database.db, { locationId: world.warehouse.id });
    await expect(updateDeviceSpecs(ctx, device.id, { ramMb: -1 })).rejects.toMatchObject({
      details: { fields: [{ path: 'ramMb', code: 'must_not_be_negative' }] },
    });
    await expect(
      updateDeviceSpecs(ctx, device.id, { osName: 'Windows 10 Pro' }),
    ).rejects.toMatchObject({
      details: { fields: [{ path: 'osLicenceRef', code: 'licence_required' }] },
    });
    const updated = await updateDeviceSpecs(ctx, device.id, {
      ramMb: 8192,
      earmark: world.network.id,
      reason: 'financement ASE',
    });
    expect(updated.earmarkNetworkId).toBe(world.network.id);
    const events = await queryRows<{ type: string; reason: string }>(
      t.database.db,
      sql`SELECT type, reason FROM stock_events ORDER BY id`,
    );
    expect(events.at(-1)).toEqual({ type: 'adjust', reason: 'financement ASE' });
    expect((await rebuildStockProjection(t.database.db)).isConsistent).toBe(true);
    await expect(
      updateDeviceSpecs(ctxFor(t.database, world.actors.operatorB), device.id, { ramMb: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
