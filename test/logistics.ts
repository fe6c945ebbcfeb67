import type { Db } from '../src/db/connect';
import { confirmWave } from '../src/services/allocation/confirm-wave';
import { createWave } from '../src/services/allocation/run-wave';
import type { TActor } from '../src/domain/policy';
import { createCarrier, signWebhook } from '../src/services/logistics/carriers';
import { generateShipments } from '../src/services/logistics/generate-shipments';
import { packUnit } from '../src/services/logistics/pack-shipment';
import { getShipment } from '../src/services/logistics/read-shipments';
import { receiveShipment } from '../src/services/logistics/receive-shipment';
import { shipShipment } from '../src/services/logistics/ship-shipment';
import { buildReadyDevices, buildWaveWorld, runInput } from './allocation';
import { buildBeneficiary } from './factories';
import { NEEDS_NOW } from './needs';
import { buildActor, ctxFor } from './supply';

/** Test helpers of logistics and handover (issue 7). */

/** A 1×1 transparent PNG as a data URL (a "drawn signature"). */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * The wave world of the allocation tests, six more laptops in Paris and a wave on Paris
 * confirmed (10 units: Marseille 4, Paris 3, Lille 3), a carrier (its webhook
 * secret), and beneficiaries in Marseille and Lille.
 */
export async function buildShipmentWorld(db: Db) {
  const world = await buildWaveWorld(db);
  const ctx = ctxFor(db, world.coordinator.actor, NEEDS_NOW);
  // Ten laptops in Paris and a wave on Paris only: every laptop line is served from one
  // warehouse (Marseille's 4 units travel together); Lyon's stock stays on its shelves.
  const moreParisLaptops = await buildReadyDevices(db, world.paris.id, 'laptop', 6);
  const wave = await createWave(
    ctx,
    runInput(world.campaign.id, {
      selection: { campaignId: world.campaign.id, locationIds: [world.paris.id] },
    }),
  );
  await confirmWave(ctx, wave.id);
  const admin = await buildActor(db, 'admin', world.bank.id);
  const carrier = await createCarrier(ctxFor(db, admin.actor, NEEDS_NOW), {
    code: 'colissimo',
    name: 'Colissimo',
  });
  const marseilleBeneficiaries = [
    await buildBeneficiary(db, {
      structureId: world.structures.marseille.id,
      reference: 'ASE13-A',
    }),
    await buildBeneficiary(db, {
      structureId: world.structures.marseille.id,
      reference: 'ASE13-B',
    }),
  ];
  const lilleBeneficiary = await buildBeneficiary(db, {
    structureId: world.structures.lille.id,
    reference: 'LIL-1',
  });
  return {
    ...world,
    moreParisLaptops,
    ctx,
    wave,
    admin,
    carrier,
    marseilleBeneficiaries,
    lilleBeneficiary,
  };
}

/** Headers of a carrier webhook call signed with `secret`. */
export function signedHeaders(code: string, secret: string, body: string) {
  return {
    'content-type': 'application/json',
    'x-carrier-code': code,
    'x-carrier-signature': `sha256=${signWebhook(secret, body)}`,
  };
}

/**
 * Brings a planned shipment to `received` through the services: every unit scanned, shipped
 * with a tracking number, received whole by a referent of its structure.
 */
export async function deliverShipment(
  db: Db,
  world: Awaited<ReturnType<typeof buildShipmentWorld>>,
  shipmentId: string,
  referent: TActor,
) {
  const ctx = world.ctx;
  const detail = await getShipment(ctx, shipmentId);
  for (const u of detail.units) await packUnit(ctx, shipmentId, { code: u.device.assetTag });
  await shipShipment(ctx, shipmentId, {
    carrierId: world.carrier.id,
    trackingNumbers: [`TRK-${detail.reference}`],
  });
  await receiveShipment(ctxFor(db, referent, NEEDS_NOW), shipmentId, {
    units: detail.units.map((u) => ({ unitId: u.id, result: 'received' as const })),
  });
  return getShipment(ctx, shipmentId);
}

/** The shipments of the world's wave, generated through the service. */
export async function generateWorldShipments(
  world: Awaited<ReturnType<typeof buildShipmentWorld>>,
) {
  const { created } = await generateShipments(world.ctx, world.wave.id);
  return Promise.all(created.map((c) => getShipment(world.ctx, c.id)));
}
