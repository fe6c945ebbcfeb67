import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import { buildDonor, buildLocation } from '../../../test/factories';
import { buildActor, ctxFor, failure, fieldCodes, lotInput } from '../../../test/supply';
import { devices, donationLotDiscrepancies, stockLevels } from '../../db/schema';
import { transitionDevice } from '../inventory/transition-device';
import { declareLot } from './declare-lot';
import { getLot } from './read-lots';
import { acceptLot, collectLot, schedulePickup } from './review-lot';
import { receiveLotDevices } from './receive-lot-devices';
import { closeLot, completeLotReception, markLotProcessed } from './complete-lot-reception';

describe('donation lots: reception and processing (service, real database)', () => {
  const t = useTestDatabase();
  const setup = async () => {
    const db = t.database.db;
    const bank = await buildActor(db, 'coordinator');
    const donor = await buildActor(db, 'donor_contact', (await buildDonor(db)).id);
    const location = await buildLocation(db, { organisationId: bank.organisationId });
    return {
      db,
      bank: ctxFor(db, bank.actor),
      donor: ctxFor(db, donor.actor),
      donorActor: donor,
      location,
    };
  };
  const toCollected = async (bank: ReturnType<typeof ctxFor>, lotId: string) => {
    await acceptLot(bank, lotId, {});
    await schedulePickup(bank, lotId, { pickupDate: '2026-03-03', carrier: 'Coursier' });
    await collectLot(bank, lotId, {});
  };

  it('records devices through receiveDevices, counts per line, and requires a reason for every difference', async () => {
    const { db, bank, donor, location } = await setup();
    const lot = await declareLot(
      donor,
      lotInput({
        lines: [
          { kind: 'laptop', count: 3, ageYears: 2 },
          { kind: 'smartphone', count: 2, ageYears: 1 },
        ],
      }),
    );
    const early = await failure(
      receiveLotDevices(bank, lot.id, { locationId: location.id, devices: [{ kind: 'laptop' }] }),
    );
    expect(early.code).toBe('donation.invalid_state');
    await toCollected(bank, lot.id);
    const { lines } = await getLot(bank, lot.id);
    const [laptops, phones] = [lines[0]!.id, lines[1]!.id];
    // Lines are found by kind when unambiguous; a device of the wrong kind for its line is refused.
    const wrong = await failure(
      receiveLotDevices(bank, lot.id, {
        locationId: location.id,
        devices: [{ lineId: laptops, kind: 'smartphone' }, {}],
      }),
    );
    expect(fieldCodes(wrong)).toEqual([
      'devices.0.kind:kind_mismatch',
      'devices.1.lineId:required',
    ]);
    const dup = await failure(
      receiveLotDevices(bank, lot.id, {
        locationId: location.id,
        devices: [
          { kind: 'laptop', serial: 'SN1' },
          { kind: 'laptop', serial: 'sn1' },
        ],
      }),
    );
    expect(fieldCodes(dup)).toEqual(['devices.1.serial:serial_duplicate']);
    expect(await db.select().from(devices)).toHaveLength(0);
    await receiveLotDevices(bank, lot.id, {
      locationId: location.id,
      devices: [
        { kind: 'laptop' },
        { kind: 'laptop' },
        { lineId: phones },
        { lineId: phones },
        { kind: 'smartphone' },
      ],
    });
    const levels = await db.select().from(stockLevels);
    expect(levels.map((l) => `${l.kind}:${l.state}:${l.count}`).sort()).toEqual([
      'laptop:received:2',
      'smartphone:received:3',
    ]);
    const missing = await failure(
      completeLotReception(bank, lot.id, {
        discrepancies: [{ lineId: laptops, reason: 'un manquant' }],
      }),
    );
    expect(fieldCodes(missing)).toEqual([`discrepancies.${phones}:discrepancy_reason_required`]);
    const done = await completeLotReception(bank, lot.id, {
      discrepancies: [
        { lineId: laptops, reason: 'un manquant' },
        { lineId: phones, reason: 'un en plus, ajouté par le donateur' },
      ],
    });
    expect(done).toMatchObject({ status: 'received', expected: 5, received: 5 });
    const rows = await db.select().from(donationLotDiscrepancies);
    expect(rows.map((r) => `${r.expectedCount}->${r.receivedCount}`).sort()).toEqual([
      '2->3',
      '3->2',
    ]);
    // Once received, no more devices are counted against the lot.
    const late = await failure(
      receiveLotDevices(bank, lot.id, { locationId: location.id, devices: [{ kind: 'laptop' }] }),
    );
    expect(late.code).toBe('donation.invalid_state');
  });

  it('lets a workshop operator receive at its own locations only', async () => {
    const { db, bank, donor } = await setup();
    const operator = await buildActor(db, 'workshop_operator');
    const own = await buildLocation(db, { organisationId: operator.organisationId });
    const foreign = await buildLocation(db);
    const lot = await declareLot(donor, lotInput({}, 1));
    await toCollected(bank, lot.id);
    const op = ctxFor(db, operator.actor);
    expect(
      (await failure(receiveLotDevices(op, lot.id, { locationId: foreign.id, devices: [{}] })))
        .code,
    ).toBe('not_found');
    await receiveLotDevices(op, lot.id, { locationId: own.id, devices: [{}] });
    expect((await completeLotReception(op, lot.id, {})).status).toBe('received');
  });

  it('is processed only when every device is refurbished, harvested, recycled or lost, then closes', async () => {
    const { bank, donor, location } = await setup();
    const lot = await declareLot(donor, lotInput({}, 2));
    await toCollected(bank, lot.id);
    const { devices: got } = await receiveLotDevices(bank, lot.id, {
      locationId: location.id,
      devices: [{}, {}],
    });
    await completeLotReception(bank, lot.id, {});
    const pending = await failure(markLotProcessed(bank, lot.id));
    expect(pending).toMatchObject({ code: 'donation.not_processed', details: { inProgress: 2 } });
    await transitionDevice(bank, got[0]!.id, { event: 'recycle', recyclerReceiptRef: 'DEEE-1' });
    await transitionDevice(bank, got[1]!.id, { event: 'lose', reason: 'introuvable' });
    expect((await markLotProcessed(bank, lot.id)).status).toBe('processed');
    expect((await closeLot(bank, lot.id)).status).toBe('closed');
    const detail = await getLot(donor, lot.id);
    expect(detail.impact.outcome).toMatchObject({
      recycled: 1,
      lost: 1,
      inProgress: 0,
      isProcessed: true,
    });
    expect(detail.history.map((h) => h.toStatus).slice(-2)).toEqual(['processed', 'closed']);
  });
});
