import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import {
  buildBeneficiary,
  buildCampaign,
  buildDevice,
  buildDonationLot,
  buildNetwork,
  buildRequest,
  buildStructure,
} from '../../../test/factories';
import { buildActor, ctxFor } from '../../../test/supply';
import { donationLotDevices, handovers } from '../../db/schema';
import { getLot } from './read-lots';

describe('the impact of a lot counts the people its devices reached', () => {
  const t = useTestDatabase();

  it('counts distinct beneficiaries per département and network from the handovers', async () => {
    const db = t.database.db;
    const ase = await buildNetwork(db, 'ASE');
    const structure = await buildStructure(db, {
      networkIds: [ase.id],
      address: {
        postalCode: '13001',
        communeCode: '13055',
        communeName: 'Marseille',
        departementCode: '13',
        regionCode: '93',
      },
    });
    const campaign = await buildCampaign(db);
    const request = await buildRequest(db, {
      structureId: structure.id,
      campaignId: campaign.id,
      status: 'approved',
      lines: [{ kind: 'laptop', quantity: 3, approvedQuantity: 3 }],
    });
    const [b1, b2] = [
      await buildBeneficiary(db, { structureId: structure.id }),
      await buildBeneficiary(db, { structureId: structure.id }),
    ];
    const { lot, lines } = await buildDonationLot(db, { status: 'received' });
    const devices: Awaited<ReturnType<typeof buildDevice>>[] = [];
    for (let i = 0; i < 3; i++) devices.push(await buildDevice(db, { state: 'handed_over' }));
    devices.push(await buildDevice(db, { state: 'ready' }));
    await db
      .insert(donationLotDevices)
      .values(devices.map((d) => ({ deviceId: d.id, lotId: lot.id, lineId: lines[0]!.id })));
    const at = new Date('2026-03-02T09:00:00Z');
    // b1 received two devices (a laptop, later a replacement): one person, not two.
    await db.insert(handovers).values(
      [b1!, b1!, b2!].map((b, i) => ({
        deviceId: devices[i]!.id,
        structureId: structure.id,
        beneficiaryId: b.id,
        requestLineId: request.lines[0]!.id,
        form: 'gift' as const,
        handedOverOn: '2026-03-02',
        charterMethod: 'code' as const,
        charterAcceptedAt: at,
        createdAt: at,
      })),
    );
    const coordinator = await buildActor(db, 'coordinator');
    const detail = await getLot(ctxFor(db, coordinator.actor), lot.id);
    expect(detail.impact).toMatchObject({
      devices: 4,
      devicesHandedOver: 3,
      peopleReached: 2,
      departements: [{ code: '13', people: 2 }],
      networks: [{ id: ase.id, name: 'ASE', people: 2 }],
    });
  });
});
