import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import {
  buildShipmentWorld,
  deliverShipment,
  generateWorldShipments,
} from '../../../test/logistics';
import { NEEDS_NOW } from '../../../test/needs';
import { ctxFor, failure, fieldCodes } from '../../../test/supply';
import { devices, handovers, requestLines, shipmentTrackingEvents } from '../../db/schema';
import { cancelWave } from '../allocation/cancel-wave';
import { mergeShipments, postponeShipment, splitShipment } from './arrange-shipments';
import { receiveCarrierWebhook, signWebhook } from './carriers';
import { createCharterCode, createHandover } from './handovers';
import { importTracking } from './import-tracking';
import { packUnit } from './pack-shipment';
import { getShipment } from './read-shipments';
import { receiveShipment } from './receive-shipment';
import { resolveDiscrepancy } from './resolve-discrepancy';
import { returnDevice } from './return-device';
import { shipShipment } from './ship-shipment';

const JPEG_DATA_URL = `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]).toString('base64')}`;

describe('logistics services', () => {
  const t = useTestDatabase();

  const setUp = async () => {
    const db = t.database.db;
    const world = await buildShipmentWorld(db);
    const all = await generateWorldShipments(world);
    const marseille = all.find((s) => s.structure.id === world.structures.marseille.id)!;
    const referentCtx = ctxFor(db, world.marseilleReferent.actor, NEEDS_NOW);
    const state = async (id: string) =>
      (await db.select().from(devices).where(eq(devices.id, id)))[0]!.state;
    return { db, world, all, marseille, referentCtx, state };
  };

  it('splits, merges back and postpones a shipment; refuses a day in the past', async () => {
    const { world, marseille } = await setUp();
    const ctx = world.ctx;
    await packUnit(ctx, marseille.id, { code: marseille.units[0]!.device.assetTag });
    const split = await splitShipment(ctx, marseille.id, [
      marseille.units[0]!.id,
      marseille.units[1]!.id,
    ]);
    const [a, b] = [await getShipment(ctx, marseille.id), await getShipment(ctx, split.id)];
    expect([a.units.length, b.units.length]).toEqual([2, 2]);
    expect(b.status).toBe('planned');
    expect(
      fieldCodes(
        await failure(
          splitShipment(
            ctx,
            marseille.id,
            a.units.map((u) => u.id),
          ),
        ),
      ),
    ).toEqual(['unitIds:split_all_or_nothing']);
    const other = (await getShipment(ctx, split.id)).id;
    await mergeShipments(ctx, marseille.id, [other]);
    const merged = await getShipment(ctx, marseille.id);
    expect(merged.units).toHaveLength(4);
    expect((await getShipment(ctx, other)).status).toBe('cancelled');
    // Every reservation is in a shipment: generating again makes nothing new.
    expect(await generateWorldShipments(world)).toEqual([]);
    expect(
      fieldCodes(
        await failure(
          postponeShipment(ctx, marseille.id, { plannedOn: '2020-05-01', reason: 'x' }),
        ),
      ),
    ).toEqual(['plannedOn:date_in_past']);
    const later = await postponeShipment(ctx, marseille.id, {
      plannedOn: '2020-05-11',
      reason: 'Structure fermée cette semaine',
    });
    expect(later.plannedOn).toBe('2020-05-11');
  });

  it('refuses a unit of another warehouse, and packs each scan once', async () => {
    const { world, marseille, state } = await setUp();
    const [lyonLaptop] = world.devices.lyonLaptops;
    const refused = await failure(
      packUnit(world.ctx, marseille.id, { code: lyonLaptop!.assetTag }),
    );
    expect(refused.code).toBe('logistics.scan_refused');
    expect(refused.details).toMatchObject({ reason: 'wrong_warehouse' });
    expect(await state(lyonLaptop!.id)).toBe('ready');
    const code = marseille.units[0]!.device.assetTag;
    const [one, two] = [
      await packUnit(world.ctx, marseille.id, { code }),
      await packUnit(world.ctx, marseille.id, { code: code.toLowerCase() }),
    ];
    expect([one.alreadyPacked, two.alreadyPacked]).toEqual([false, true]);
    expect(two.packed).toBe(1);
    const unknown = await failure(packUnit(world.ctx, marseille.id, { code: 'PSR-000000' }));
    expect(unknown.details).toMatchObject({ reason: 'unknown_device' });
  });

  it('damaged units: returned to the warehouse or accepted; delivered webhook for unknown tracking matches nothing', async () => {
    const { db, world, marseille, referentCtx, state } = await setUp();
    const ctx = world.ctx;
    for (const u of marseille.units) await packUnit(ctx, marseille.id, { code: u.device.assetTag });
    await shipShipment(ctx, marseille.id, { carrierId: world.carrier.id, trackingNumbers: ['X1'] });
    const body = Buffer.from(JSON.stringify({ trackingNumber: 'NOPE', status: 'delivered' }));
    expect(
      await receiveCarrierWebhook(ctx, {
        carrierCode: 'colissimo',
        signature: signWebhook(world.carrier.webhookSecret, body),
        rawBody: body,
      }),
    ).toEqual({ matched: 0 });
    expect(await db.select().from(shipmentTrackingEvents)).toHaveLength(1);
    const [u1, u2, u3, u4] = marseille.units;
    const badPhoto = await failure(
      receiveShipment(referentCtx, marseille.id, {
        units: [
          { unitId: u1!.id, result: 'damaged', photo: 'data:image/png;base64,AAAA' },
          { unitId: u2!.id, result: 'received' },
          { unitId: u3!.id, result: 'received' },
          { unitId: u4!.id, result: 'received' },
        ],
      }),
    );
    expect(fieldCodes(badPhoto)).toEqual(['units.0.photo:image_format']);
    expect(await state(u1!.device.id)).toBe('shipped');
    await receiveShipment(referentCtx, marseille.id, {
      units: [
        { unitId: u1!.id, result: 'damaged', comment: 'Écran fendu', photo: JPEG_DATA_URL },
        { unitId: u2!.id, result: 'damaged', comment: 'Rayure' },
        { unitId: u3!.id, result: 'received' },
        { unitId: u4!.id, result: 'received' },
      ],
      extras: [{ code: 'PSR-ZZZZZZ', comment: 'Un appareil en trop' }],
    });
    const s = await getShipment(ctx, marseille.id);
    expect(s.discrepancies.map((d) => d.kind).sort()).toEqual(['damaged', 'damaged', 'extra']);
    const byUnit = (id: string) => s.discrepancies.find((d) => d.unitId === id)!;
    expect(byUnit(u1!.id).hasPhoto).toBe(true);
    const refused = await failure(
      resolveDiscrepancy(ctx, byUnit(u1!.id).id, { resolution: 'lost', comment: 'x' }),
    );
    expect(fieldCodes(refused)).toEqual(['resolution:resolution_not_allowed']);
    await resolveDiscrepancy(ctx, byUnit(u1!.id).id, {
      resolution: 'return',
      comment: 'À réparer',
    });
    expect(await state(u1!.device.id)).toBe('returned');
    await resolveDiscrepancy(ctx, byUnit(u2!.id).id, {
      resolution: 'accept',
      comment: 'Utilisable',
    });
    const again = await failure(
      resolveDiscrepancy(ctx, byUnit(u2!.id).id, { resolution: 'accept', comment: 'x' }),
    );
    expect(again.code).toBe('logistics.invalid_state');
    const [line] = await db
      .select()
      .from(requestLines)
      .where(eq(requestLines.id, u2!.requestLineId));
    // Two received + one accepted; the returned one waits for another wave.
    expect(line).toMatchObject({ fulfilledQuantity: 3, allocatedQuantity: 3 });
  });

  it('accepts the charter by one-time code (once) or by photo, a solidarity sale, and a no-longer-needed return', async () => {
    const { db, world, marseille, referentCtx, state } = await setUp();
    const received = await deliverShipment(db, world, marseille.id, world.marseilleReferent.actor);
    const [benA, benB] = world.marseilleBeneficiaries;
    const { id: codeId, code } = await createCharterCode(referentCtx, benA!.id);
    expect(code).toMatch(/^\d{6}$/);
    const base = {
      beneficiaryId: benA!.id,
      form: 'gift' as const,
      handedOverOn: '2020-05-04',
    };
    const wrong = await failure(
      createHandover(referentCtx, {
        ...base,
        deviceId: received.units[0]!.device.id,
        charter: { method: 'code', codeId, code: code === '000000' ? '111111' : '000000' },
      }),
    );
    expect(wrong.code).toBe('handover.code_invalid');
    await createHandover(referentCtx, {
      ...base,
      deviceId: received.units[0]!.device.id,
      charter: { method: 'code', codeId, code },
    });
    const reused = await failure(
      createHandover(referentCtx, {
        ...base,
        deviceId: received.units[1]!.device.id,
        charter: { method: 'code', codeId, code },
      }),
    );
    expect(reused.code).toBe('handover.code_invalid');
    const sale = await createHandover(referentCtx, {
      beneficiaryId: benB!.id,
      form: 'sale',
      priceCents: 5000,
      handedOverOn: '2020-05-04',
      deviceId: received.units[1]!.device.id,
      charter: { method: 'photo', image: JPEG_DATA_URL },
    });
    expect(sale).toMatchObject({ form: 'sale', priceCents: 5000, charterMethod: 'photo' });
    const signatureAsJpeg = await failure(
      createHandover(referentCtx, {
        ...base,
        deviceId: received.units[2]!.device.id,
        charter: { method: 'signature', image: JPEG_DATA_URL },
      }),
    );
    expect(fieldCodes(signatureAsJpeg)).toEqual(['charter.image:signature_png']);
    expect(await db.select().from(handovers)).toHaveLength(2);

    // Five wrong codes lock a code, even the right one afterwards.
    const locked = await createCharterCode(referentCtx, benB!.id);
    const tryCode = (c: string) =>
      failure(
        createHandover(referentCtx, {
          ...base,
          beneficiaryId: benB!.id,
          deviceId: received.units[2]!.device.id,
          charter: { method: 'code', codeId: locked.id, code: c },
        }),
      );
    const wrongCode = locked.code === '999999' ? '888888' : '999999';
    for (let i = 0; i < 5; i++)
      expect((await tryCode(wrongCode)).code).toBe('handover.code_invalid');
    expect((await tryCode(locked.code)).code).toBe('handover.code_invalid');
    expect(await state(received.units[2]!.device.id)).toBe('delivered');

    // A delivered unit no longer needed goes back to the warehouse and no longer counts.
    const unit = received.units[3]!;
    const lineBefore = (
      await db.select().from(requestLines).where(eq(requestLines.id, unit.requestLineId))
    )[0]!;
    await returnDevice(referentCtx, {
      deviceId: unit.device.id,
      reason: 'no_longer_needed',
      comment: 'Le jeune a déménagé',
    });
    expect(await state(unit.device.id)).toBe('returned');
    const [device] = await db.select().from(devices).where(eq(devices.id, unit.device.id));
    expect(device!.locationId).toBe(world.paris.id);
    const lineAfter = (
      await db.select().from(requestLines).where(eq(requestLines.id, unit.requestLineId))
    )[0]!;
    expect(lineAfter.fulfilledQuantity).toBe(lineBefore.fulfilledQuantity - 1);
    const twice = await failure(
      returnDevice(referentCtx, { deviceId: unit.device.id, reason: 'no_longer_needed' }),
    );
    expect(twice.code).toBe('state.invalid');
  });

  it('imports tracking updates from a carrier CSV: all rows checked first, delivered marked', async () => {
    const { world, marseille } = await setUp();
    const ctx = world.ctx;
    for (const u of marseille.units) await packUnit(ctx, marseille.id, { code: u.device.assetTag });
    await shipShipment(ctx, marseille.id, {
      carrierId: world.carrier.id,
      trackingNumbers: ['6A999'],
    });
    const bad = await importTracking(
      ctx,
      world.carrier.id,
      'Numéro de suivi;Statut;Date\n6A999;Livré;2020-05-06T10:00:00Z\n6A000;égaré;\n',
    );
    expect(bad).toMatchObject({
      recorded: 0,
      errors: [{ row: 2, path: 'status', code: 'status_unknown' }],
    });
    expect((await getShipment(ctx, marseille.id)).status).toBe('shipped');
    const good = await importTracking(
      ctx,
      world.carrier.id,
      'Numéro de suivi;Statut;Date\n6A999;En transit;2020-05-05T10:00:00Z\n6A999;Livré;2020-05-06T10:00:00Z\nXX1;Livré;\n',
    );
    expect(good).toEqual({ recorded: 2, unmatched: 1, delivered: 1, errors: [] });
    const s = await getShipment(ctx, marseille.id);
    expect(s.status).toBe('delivered');
    expect(s.deliveredAt).toEqual(new Date('2020-05-06T10:00:00Z'));
    expect(s.tracking.map((t) => [t.source, t.status])).toEqual([
      ['manual', 'in_transit'],
      ['csv', 'in_transit'],
      ['csv', 'delivered'],
    ]);
  });

  it('refuses to pack or ship a shipment whose wave was cancelled', async () => {
    const { world, marseille, state } = await setUp();
    await packUnit(world.ctx, marseille.id, { code: marseille.units[0]!.device.assetTag });
    await cancelWave(world.ctx, world.wave.id, 'Erreur de saisie');
    const refused = await failure(
      packUnit(world.ctx, marseille.id, { code: marseille.units[1]!.device.assetTag }),
    );
    expect(refused.code).toBe('logistics.invalid_state');
    const ship = await failure(
      shipShipment(world.ctx, marseille.id, {
        carrierId: world.carrier.id,
        trackingNumbers: ['Z'],
      }),
    );
    expect(ship.code).toBe('logistics.invalid_state');
    expect(await state(marseille.units[0]!.device.id)).toBe('ready');
  });
});
