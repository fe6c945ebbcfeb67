import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loginAs, type TAgent } from '../../../../test/app';
import { buildReadyDevices } from '../../../../test/allocation';
import { buildItem, buildItemStock } from '../../../../test/factories';
import { buildShipmentWorld, PNG_DATA_URL, signedHeaders } from '../../../../test/logistics';
import { useNeedsApp } from '../../../../test/needs';
import { pdfText } from '../../../../test/supply';
import {
  auditEvents,
  devices,
  handovers,
  requestLines,
  shipmentDiscrepancies,
  stockEvents,
} from '../../../db/schema';

type TShipment = {
  id: string;
  reference: string;
  status: string;
  warehouse: { id: string; name: string };
  structure: { id: string; name: string };
  units: {
    id: string;
    requestLineId: string;
    device: { id: string; assetTag: string; kind: string; state: string; shelfCode: string | null };
    packedAt: string | null;
    substitutedDeviceId: string | null;
  }[];
  parcels: { id: string; kind: string; parentId: string | null }[];
  accessories: { code: string; quantity: number }[];
  discrepancies: { id: string; kind: string; resolution: string | null }[];
};

/** The first page of a PDF as PNG (poppler's pdftoppm): the document really renders. */
function renderFirstPage(pdf: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-png-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    execFileSync(
      'pdftoppm',
      ['-png', '-r', '40', '-f', '1', '-l', '1', '-singlefile', 'doc.pdf', 'page'],
      {
        cwd: dir,
      },
    );
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('logistics: from a confirmed wave to devices in beneficiaries’ hands', () => {
  const h = useNeedsApp();

  it('ships, receives, hands over and resolves, every step in the ledger', async () => {
    const db = h.database.db;
    const world = await buildShipmentWorld(db);
    const coordinator = await loginAs(h.app, world.coordinator.email);
    const referent = await loginAs(h.app, world.marseilleReferent.email);
    const post = (url: string, payload: unknown, agent: TAgent = coordinator) =>
      h.app.inject({ method: 'POST', url, payload: payload as object, headers: agent.headers });
    const get = (url: string, agent: TAgent = coordinator) =>
      h.app.inject({ method: 'GET', url, headers: agent.headers });
    const shipment = async (id: string, agent: TAgent = coordinator) =>
      (await get(`/api/shipments/${id}`, agent)).json() as TShipment;
    const stateOf = async (id: string) =>
      (await db.select().from(devices).where(eq(devices.id, id)))[0]!.state;

    // Shelf codes in reverse order of asset tags: the pick list follows the shelves.
    const all = [...world.devices.parisLaptops, ...world.moreParisLaptops];
    for (const [i, d] of all.entries()) {
      await db
        .update(devices)
        .set({ shelfCode: `A-${String(20 - i).padStart(2, '0')}` })
        .where(eq(devices.id, d.id));
    }

    // 1. Shipments per structure × warehouse × address; generating again adds nothing.
    const generated = await post('/api/shipments/generate', { waveId: world.wave.id });
    expect(generated.statusCode, generated.body).toBe(201);
    const created = generated.json().created as { id: string }[];
    expect(created.length).toBe(3);
    expect(
      (await post('/api/shipments/generate', { waveId: world.wave.id })).json().created,
    ).toEqual([]);
    const shipments = await Promise.all(created.map((c) => shipment(c.id)));
    expect(shipments.reduce((n, s) => n + s.units.length, 0)).toBe(10);
    const target = shipments
      .filter((s) => s.structure.id === world.structures.marseille.id)
      .sort((a, b) => b.units.length - a.units.length)[0]!;
    expect(target.status).toBe('planned');
    expect(target.units.length).toBe(4);

    // 2. Pick list by shelf, as JSON and as a PDF that renders.
    const pick = (await get(`/api/pick-lists/${target.warehouse.id}`)).json() as {
      lines: { shelfCode: string; assetTag: string }[];
    };
    const shelves = pick.lines.map((l) => l.shelfCode);
    expect(shelves).toEqual([...shelves].sort());
    expect(pick.lines.length).toBeGreaterThanOrEqual(target.units.length);
    const pickPdf = await get(`/api/pick-lists/${target.warehouse.id}/pdf`);
    expect(pickPdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(pickPdf.rawPayload)).toContain(target.units[0]!.device.assetTag);
    expect(renderFirstPage(pickPdf.rawPayload).subarray(1, 4).toString()).toBe('PNG');

    // 3. Shipping before packing is refused and nothing moves.
    const carrierId = world.carrier.id;
    const early = await post(`/api/shipments/${target.id}/ship`, {
      carrierId,
      trackingNumbers: ['6A123'],
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('logistics.not_packed');
    expect(await stateOf(target.units[0]!.device.id)).toBe('reserved');

    // 4. Packing by scan: a wrong unit refused with its reason, a substitute recorded,
    //    a re-scan changes nothing.
    const tablet = world.devices.lyonTablets[0]!;
    const wrong = await post(`/api/shipments/${target.id}/scan`, { code: tablet.assetTag });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error).toMatchObject({
      code: 'logistics.scan_refused',
      details: { reason: 'wrong_kind' },
    });
    // The English message stays; the expected units also come structured, to be translated.
    const expectedUnits = wrong.json().error.details.expectedUnits as {
      kind: string;
      tier: number;
      earmarked: boolean;
    }[];
    expect(expectedUnits.length).toBeGreaterThan(0);
    for (const u of expectedUnits) {
      expect(u.kind).toBe('laptop');
      expect(typeof u.tier).toBe('number');
      expect(typeof u.earmarked).toBe('boolean');
    }
    const pallet = (
      await post(`/api/shipments/${target.id}/parcels`, { kind: 'pallet', weightGrams: 20000 })
    ).json() as { id: string };
    const box = await post(`/api/shipments/${target.id}/parcels`, {
      kind: 'box',
      parentId: pallet.id,
      weightGrams: 9000,
    });
    expect(box.statusCode, box.body).toBe(201);
    const [spare] = await buildReadyDevices(db, target.warehouse.id, 'laptop', 1);
    const replaced = target.units[0]!.device;
    const sub = await post(`/api/shipments/${target.id}/scan`, {
      code: `https://passerelle.test/d/${spare!.assetTag}`,
      parcelId: box.json().id,
    });
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json()).toMatchObject({
      substitutedAssetTag: replaced.assetTag,
      alreadyPacked: false,
    });
    expect(await stateOf(replaced.id)).toBe('ready');
    expect(await stateOf(spare!.id)).toBe('reserved');
    for (const u of target.units.slice(1)) {
      const r = await post(`/api/shipments/${target.id}/scan`, { code: u.device.assetTag });
      expect(r.statusCode, r.body).toBe(200);
    }
    const again = await post(`/api/shipments/${target.id}/scan`, { code: spare!.assetTag });
    expect(again.json()).toMatchObject({ alreadyPacked: true, status: 'packed' });
    const charger = await buildItem(db, { code: 'CHARGEUR-USBC', name: 'Chargeur USB-C' });
    await buildItemStock(db, { itemId: charger.id, locationId: target.warehouse.id, quantity: 10 });
    expect(
      (
        await post(`/api/shipments/${target.id}/accessories`, {
          itemCode: 'chargeur-usbc',
          quantity: 2,
        })
      ).statusCode,
    ).toBe(201);
    const packed = await shipment(target.id);
    expect(packed.status).toBe('packed');
    expect(packed.units.find((u) => u.device.id === spare!.id)!.substitutedDeviceId).toBe(
      replaced.id,
    );
    const unitDevices = packed.units.map((u) => u.device);

    // 5. Ship with a tracking number: devices reserved → shipped in the ledger.
    const shipped = await post(`/api/shipments/${target.id}/ship`, {
      carrierId,
      service: 'Colissimo Expert',
      trackingNumbers: ['6A123456789'],
    });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json().status).toBe('shipped');
    for (const d of unitDevices) expect(await stateOf(d.id)).toBe('shipped');
    const note = await get(`/api/shipments/${target.id}/delivery-note.pdf`, referent);
    expect(note.statusCode).toBe(200);
    const noteText = pdfText(note.rawPayload);
    expect(noteText).toContain(`Bon de livraison ${target.reference}`);
    for (const d of unitDevices) expect(noteText).toContain(d.assetTag);
    expect(noteText).toContain('Chargeur USB-C');
    expect(renderFirstPage(note.rawPayload).subarray(1, 4).toString()).toBe('PNG');

    // 6. Carrier webhook: unsigned 400, bad signature 401 (both audited), signed → delivered.
    const body = JSON.stringify({ trackingNumber: '6A123456789', status: 'delivered' });
    const hook = (headers: Record<string, string>) =>
      h.app.inject({ method: 'POST', url: '/api/webhooks/carrier', payload: body, headers });
    expect((await hook({ 'content-type': 'application/json' })).statusCode).toBe(400);
    const forged = await hook(signedHeaders('colissimo', 'not-the-secret', body));
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('logistics.webhook_signature');
    const refusals = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'carrier.webhook_refused'));
    expect(refusals.length).toBe(2);
    expect((await shipment(target.id)).status).toBe('shipped');
    const ok = await hook(signedHeaders('colissimo', world.carrier.webhookSecret, body));
    expect(ok.statusCode, ok.body).toBe(202);
    expect(ok.json()).toEqual({ matched: 1 });
    expect((await shipment(target.id)).status).toBe('delivered');

    // 7. The referent confirms reception with one unit missing; a second confirmation is refused.
    const missing = packed.units[packed.units.length - 1]!;
    const units = packed.units.map((u) => ({
      unitId: u.id,
      result: u.id === missing.id ? 'missing' : 'received',
      ...(u.id === missing.id ? { comment: 'Carton ouvert, un portable manque' } : {}),
    }));
    const received = await post(`/api/shipments/${target.id}/reception`, { units }, referent);
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json()).toEqual({ received: units.length - 1, discrepancies: 1 });
    const twice = await post(`/api/shipments/${target.id}/reception`, { units }, referent);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('logistics.already_received');
    expect(await stateOf(missing.device.id)).toBe('shipped');
    const delivered = packed.units.filter((u) => u.id !== missing.id).map((u) => u.device);
    for (const d of delivered) expect(await stateOf(d.id)).toBe('delivered');
    const line = world.requests.marseille.lines[0]!.id;
    const lineRow = async () =>
      (await db.select().from(requestLines).where(eq(requestLines.id, line)))[0]!;
    const fulfilledBefore = (await lineRow()).fulfilledQuantity;
    expect(fulfilledBefore).toBe(units.length - 1);

    // 8. Handovers: refused cases change nothing, then a gift (drawn signature) and a loan.
    const [benA, benB] = world.marseilleBeneficiaries;
    const handover = (over: Record<string, unknown>, agent: TAgent = referent) =>
      post(
        '/api/handovers',
        {
          deviceId: delivered[0]!.id,
          beneficiaryId: benA!.id,
          form: 'gift',
          handedOverOn: '2020-05-04',
          charter: { method: 'signature', image: PNG_DATA_URL },
          ...over,
        },
        agent,
      );
    const early2 = await handover({ deviceId: missing.device.id });
    expect(early2.statusCode).toBe(409);
    expect(early2.json().error.code).toBe('handover.not_delivered');
    const foreignBen = await handover({ beneficiaryId: world.lilleBeneficiary.id }, coordinator);
    expect(foreignBen.statusCode).toBe(409);
    expect(foreignBen.json().error.code).toBe('handover.beneficiary_other_structure');
    expect((await handover({ beneficiaryId: world.lilleBeneficiary.id })).statusCode).toBe(404);
    const badLoan = await handover({ form: 'loan', returnDueOn: '2020-05-01' });
    expect(badLoan.statusCode).toBe(400);
    expect(badLoan.json().error.details.fields).toEqual([
      expect.objectContaining({ path: 'returnDueOn', code: 'return_before_handover' }),
    ]);
    expect(await stateOf(delivered[0]!.id)).toBe('delivered');
    expect(await db.select().from(handovers)).toEqual([]);

    const gift = await handover({});
    expect(gift.statusCode, gift.body).toBe(201);
    expect(gift.json()).toMatchObject({
      form: 'gift',
      charterMethod: 'signature',
      beneficiary: { reference: 'ASE13-A' },
      device: { state: 'handed_over' },
    });
    const signature = await get(`/api/evidence/${gift.json().signatureId}`, referent);
    expect(signature.headers['content-type']).toBe('image/png');
    const loan = await handover({
      deviceId: delivered[1]!.id,
      beneficiaryId: benB!.id,
      form: 'loan',
      returnDueOn: '2020-09-01',
      charter: { method: 'signature', image: PNG_DATA_URL },
    });
    expect(loan.statusCode, loan.body).toBe(201);
    expect((await lineRow()).handedOverQuantity).toBe(2);
    const dueLoans = (await get('/api/handovers?loansDue=false', referent)).json().items;
    expect(dueLoans).toHaveLength(2);

    // 9. The coordinator resends the missing unit: written off, a replacement planned.
    const [open] = (await get('/api/discrepancies')).json().items as { id: string }[];
    const resolved = await post(`/api/discrepancies/${open!.id}/resolve`, {
      resolution: 'resend',
      comment: 'Perdu par le transporteur, réclamation faite',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(await stateOf(missing.device.id)).toBe('lost');
    const resend = await shipment(resolved.json().resendShipmentId);
    expect(resend.units).toHaveLength(1);
    expect(resend.units[0]!.device).toMatchObject({ kind: 'laptop', state: 'reserved' });
    expect(resend.warehouse.id).toBe(target.warehouse.id);
    expect(
      (await db.select().from(shipmentDiscrepancies)).every((d) => d.resolution === 'resend'),
    ).toBe(true);

    // 10. The loan comes back: handed_over → returned at the warehouse, for diagnosis.
    const back = await post(
      '/api/device-returns',
      { deviceId: delivered[1]!.id, reason: 'loan_end', comment: 'Fin du prêt' },
      referent,
    );
    expect(back.statusCode, back.body).toBe(201);
    expect(await stateOf(delivered[1]!.id)).toBe('returned');
    expect((await get(`/api/handovers/${loan.json().id}`, referent)).json().returnReason).toBe(
      'loan_end',
    );

    // Every device's history tells the story, through the ledger.
    const story = async (id: string) =>
      (
        await db
          .select()
          .from(stockEvents)
          .where(and(eq(stockEvents.deviceId, id)))
          .orderBy(stockEvents.id)
      ).map((e) => e.type);
    expect(await story(delivered[0]!.id)).toEqual(
      expect.arrayContaining(['reserve', 'ship', 'deliver', 'handover']),
    );
    expect((await story(delivered[1]!.id)).slice(-4)).toEqual([
      'ship',
      'deliver',
      'handover',
      'return',
    ]);
    // Released when substituted, then reserved again for the resend.
    expect((await story(replaced.id)).slice(-3)).toEqual(['reserve', 'release', 'reserve']);
    expect((await story(missing.device.id)).slice(-1)).toEqual(['transition']);
    const history = await get(`/api/devices/${delivered[0]!.id}/history`);
    expect(history.statusCode).toBe(200);
    // The ledger names the handover, never the beneficiary.
    expect(history.body).not.toContain('ASE13-A');
    const itemEvents = await db
      .select()
      .from(stockEvents)
      .where(inArray(stockEvents.itemId, [charger.id]));
    expect(itemEvents.map((e) => [e.type, e.quantity])).toEqual([
      ['receive', 10],
      ['ship', 2],
    ]);
  });
});
