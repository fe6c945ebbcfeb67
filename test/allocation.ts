import type { Db } from '../src/db/connect';
import type { TWaveRunInput } from '../src/shared/schemas/allocation';
import type { TDeviceKind } from '../src/shared/inventory';
import {
  buildCampaign,
  buildDevice,
  buildLocation,
  buildNetwork,
  buildOrganisation,
  buildRequest,
  buildStructure,
} from './factories';
import { buildActor } from './supply';

/** Test helpers of allocation waves (issue 6). */

/** `n` ready devices of a kind and tier at a location. */
export async function buildReadyDevices(
  db: Db,
  locationId: string,
  kind: TDeviceKind,
  n: number,
  tier = 1,
  earmarkNetworkId: string | null = null,
) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(
      await buildDevice(db, {
        locationId,
        kind,
        state: 'ready',
        specTierNumber: tier,
        earmarkNetworkId,
      }),
    );
  }
  return out;
}

/**
 * A small national picture: warehouses in Paris and Lyon; a child-welfare service in
 * Marseille (ASE, 4 laptops, critical), an association in Paris (FAS, 3 laptops) and one in
 * Lille (FAS, 3 laptops and 2 tablets); 6 ready laptops (4 Paris, 2 Lyon) and 1 tablet (Lyon).
 */
export async function buildWaveWorld(db: Db) {
  const bank = await buildOrganisation(db, { kind: 'bank', name: 'Banque solidaire' });
  const paris = await buildLocation(db, {
    organisationId: bank.id,
    name: 'Entrepôt Paris',
    code: 'PAR',
    departementCode: '75',
    lat: 48.85,
    lon: 2.35,
  });
  const lyon = await buildLocation(db, {
    organisationId: bank.id,
    name: 'Entrepôt Lyon',
    code: 'LYO',
    departementCode: '69',
  });
  const ase = await buildNetwork(db, 'ASE');
  const fas = await buildNetwork(db, 'FAS');
  const place = (
    postalCode: string,
    communeCode: string,
    communeName: string,
    dep: string,
    region: string,
    lat: number,
    lon: number,
  ) => ({
    postalCode,
    communeCode,
    communeName,
    departementCode: dep,
    regionCode: region,
    lat,
    lon,
  });
  const marseille = await buildStructure(db, {
    name: 'ASE Bouches-du-Rhône',
    structureType: 'ase',
    networkIds: [ase.id],
    address: place('13001', '13055', 'Marseille', '13', '93', 43.3, 5.37),
  });
  const parisAssoc = await buildStructure(db, {
    name: 'Association Paris 11',
    networkIds: [fas.id],
    address: place('75011', '75056', 'Paris', '75', '11', 48.86, 2.38),
  });
  const lille = await buildStructure(db, {
    name: 'Association Lille',
    networkIds: [fas.id],
    address: place('59000', '59350', 'Lille', '59', '32', 50.63, 3.06),
  });
  const campaign = await buildCampaign(db, { name: 'Connexion d’urgence' });
  const submittedAt = new Date('2020-04-20T08:00:00Z');
  const r1 = await buildRequest(db, {
    structureId: marseille.id,
    campaignId: campaign.id,
    status: 'approved',
    urgency: 'critical',
    urgencyReason: 'risk_of_dropping_out',
    submittedAt,
    lines: [{ kind: 'laptop', quantity: 4, approvedQuantity: 4 }],
  });
  const r2 = await buildRequest(db, {
    structureId: parisAssoc.id,
    campaignId: campaign.id,
    status: 'approved',
    submittedAt,
    lines: [{ kind: 'laptop', quantity: 3, approvedQuantity: 3 }],
  });
  const r3 = await buildRequest(db, {
    structureId: lille.id,
    campaignId: campaign.id,
    status: 'approved',
    submittedAt,
    lines: [
      { kind: 'laptop', quantity: 3, approvedQuantity: 3 },
      { kind: 'tablet', quantity: 2, approvedQuantity: 2 },
    ],
  });
  const parisLaptops = await buildReadyDevices(db, paris.id, 'laptop', 4);
  const lyonLaptops = await buildReadyDevices(db, lyon.id, 'laptop', 2);
  const lyonTablets = await buildReadyDevices(db, lyon.id, 'tablet', 1);
  const coordinator = await buildActor(db, 'coordinator', bank.id);
  const marseilleReferent = await buildActor(db, 'referent', marseille.id);
  const lilleReferent = await buildActor(db, 'referent', lille.id);
  return {
    bank,
    paris,
    lyon,
    ase,
    fas,
    structures: { marseille, parisAssoc, lille },
    campaign,
    requests: { marseille: r1, paris: r2, lille: r3 },
    devices: { parisLaptops, lyonLaptops, lyonTablets },
    coordinator,
    marseilleReferent,
    lilleReferent,
  };
}

/** The run input of a wave over the whole campaign. */
export function runInput(campaignId: string, extra: Partial<TWaveRunInput> = {}): TWaveRunInput {
  return { selection: { campaignId }, ...extra };
}
