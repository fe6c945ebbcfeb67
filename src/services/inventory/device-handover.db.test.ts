import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db';
import {
  buildBeneficiary,
  buildDevice,
  buildLocation,
  buildStructure,
} from '../../../test/factories';
import { buildActor, ctxFor } from '../../../test/supply';
import { handovers } from '../../db/schema';
import { getDevice } from './get-device';

describe('a handed-over device record', () => {
  const t = useTestDatabase();

  it('names the structure and the beneficiary reference to the bank, never to a workshop', async () => {
    const db = t.database.db;
    const structure = await buildStructure(db, { name: 'ASE 13' });
    const beneficiary = await buildBeneficiary(db, {
      structureId: structure.id,
      reference: 'JEUNE-042',
    });
    const workshop = await buildActor(db, 'workshop_operator');
    const location = await buildLocation(db, { organisationId: workshop.organisationId });
    const device = await buildDevice(db, { state: 'handed_over', locationId: location.id });
    const at = new Date('2026-03-02T09:00:00Z');
    await db.insert(handovers).values({
      deviceId: device.id,
      structureId: structure.id,
      beneficiaryId: beneficiary.id,
      form: 'loan',
      handedOverOn: '2026-03-02',
      returnDueOn: '2026-09-02',
      charterMethod: 'code',
      charterAcceptedAt: at,
      createdAt: at,
    });
    const coordinator = await buildActor(db, 'coordinator');
    expect((await getDevice(ctxFor(db, coordinator.actor), device.id)).handover).toEqual({
      structureId: structure.id,
      structureName: 'ASE 13',
      beneficiaryReference: 'JEUNE-042',
      form: 'loan',
      handedOverOn: '2026-03-02',
      returnDueOn: '2026-09-02',
      returnedAt: null,
    });
    expect((await getDevice(ctxFor(db, workshop.actor), device.id)).handover).toBeNull();
  });
});
