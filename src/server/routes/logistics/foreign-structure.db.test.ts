import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loginAs } from '../../../../test/app';
import {
  buildShipmentWorld,
  deliverShipment,
  generateWorldShipments,
  PNG_DATA_URL,
} from '../../../../test/logistics';
import { NEEDS_NOW, useNeedsApp } from '../../../../test/needs';
import { ctxFor } from '../../../../test/supply';
import { devices, handoverFollowUps, handovers, shipments } from '../../../db/schema';
import { can } from '../../../domain/policy';
import { createHandover } from '../../../services/logistics/handovers';
import { receiveShipment } from '../../../services/logistics/receive-shipment';

/** Routes of the logistics and handover area. */
const AREA =
  /^\/api\/(shipments|pick-lists|discrepancies|carriers|handovers|charter-codes|device-returns|evidence|follow-ups)/;

describe('a referent and another structure’s shipments and handovers', () => {
  const t = useNeedsApp();

  it('gets 404 on every route it may use with the other structure’s ids (403 on the bank’s), and changes nothing', async () => {
    const db = t.database.db;
    const world = await buildShipmentWorld(db);
    const all = await generateWorldShipments(world);
    const marseille = all.find((s) => s.structure.id === world.structures.marseille.id)!;
    const received = await deliverShipment(db, world, marseille.id, world.marseilleReferent.actor);
    const [benA] = world.marseilleBeneficiaries;
    const referentCtx = ctxFor(db, world.marseilleReferent.actor, NEEDS_NOW);
    const handover = await createHandover(referentCtx, {
      deviceId: received.units[0]!.device.id,
      beneficiaryId: benA!.id,
      form: 'gift',
      handedOverOn: '2020-05-04',
      charter: { method: 'signature', image: PNG_DATA_URL },
    });
    const [followUp] = await db
      .select()
      .from(handoverFollowUps)
      .where(eq(handoverFollowUps.handoverId, handover.id));
    const lille = all.find((s) => s.structure.id === world.structures.lille.id)!;
    // Lille has its own received shipment: its referent is a real user of these screens.
    await deliverShipment(db, world, lille.id, world.lilleReferent.actor);

    const foreignId: Record<string, string> = {
      shipments: marseille.id,
      handovers: handover.id,
      evidence: handover.signatureId!,
      'follow-ups': followUp!.id,
      carriers: world.carrier.id,
      discrepancies: randomUUID(),
      'pick-lists': world.paris.id,
    };
    const bodies: Record<string, unknown> = {
      '/api/shipments/:id/reception': {
        units: received.units.map((u) => ({ unitId: u.id, result: 'missing' })),
      },
      '/api/handovers': {
        deviceId: received.units[1]!.device.id,
        beneficiaryId: world.lilleBeneficiary.id,
        form: 'gift',
        handedOverOn: '2020-05-04',
        charter: { method: 'signature', image: PNG_DATA_URL },
      },
      '/api/charter-codes': { beneficiaryId: benA!.id },
      '/api/device-returns': { deviceId: received.units[0]!.device.id, reason: 'no_longer_needed' },
      '/api/follow-ups/:id/answer': { usage: 'daily' },
    };
    const statesBefore = await db.select({ id: devices.id, state: devices.state }).from(devices);
    const shipmentsBefore = await db.select().from(shipments);

    const lilleReferent = await loginAs(t.app, world.lilleReferent.email);
    const routes = t.routes.filter((r) => AREA.test(r.url));
    expect(routes.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const route of routes) {
      const area = route.url.split('/')[2]!;
      const url = route.url.replace(/:[A-Za-z]+/g, () => foreignId[area] ?? randomUUID());
      const res = await t.app.inject({
        method: route.method as 'GET',
        url,
        headers: lilleReferent.headers,
        ...(route.method === 'POST' ? { payload: (bodies[route.url] ?? {}) as object } : {}),
      });
      const allowed = can(world.lilleReferent.actor, route.action);
      const isList = route.method === 'GET' && !route.url.includes(':');
      const ok = !allowed
        ? res.statusCode === 403
        : isList
          ? res.statusCode === 200 &&
            !res.body.includes(marseille.id) &&
            !res.body.includes(handover.id) &&
            !res.body.includes('ASE13')
          : res.statusCode === 404;
      if (!ok)
        failures.push(`${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
    expect(await db.select({ id: devices.id, state: devices.state }).from(devices)).toEqual(
      statesBefore,
    );
    expect(await db.select().from(shipments)).toEqual(shipmentsBefore);
    expect(await db.select().from(handovers)).toHaveLength(1);

    // The services refuse the same way when called directly.
    await expect(
      receiveShipment(ctxFor(db, world.lilleReferent.actor, NEEDS_NOW), marseille.id, {
        units: [],
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
