import type { Db } from '../src/db/connect';
import { confirmWave } from '../src/services/allocation/confirm-wave';
import { createWave } from '../src/services/allocation/run-wave';
import { createCarrier, signWebhook } from '../src/services/logistics/carriers';
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
