import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../connect';
import { locations, memberships, specTiers, users } from '../schema';
import { listOrderLines } from '../repositories/purchase-orders-repo';
import type { TActor } from '../../domain/policy';
import type { TAppConfig } from '../../server/config';
import type { ServiceContext } from '../../services/context';
import { completeLotReception } from '../../services/supply/complete-lot-reception';
import { confirmPurchaseOrder } from '../../services/supply/confirm-purchase-order';
import { declareLot } from '../../services/supply/declare-lot';
import { addInstalment } from '../../services/supply/grant-money';
import { issueTaxReceipt } from '../../services/supply/issue-tax-receipt';
import { receiveLotDevices } from '../../services/supply/receive-lot-devices';
import { receivePurchase } from '../../services/supply/receive-purchase';
import {
  acceptLot,
  collectLot,
  declineLot,
  schedulePickup,
} from '../../services/supply/review-lot';
import { createGrant } from '../../services/supply/save-grant';
import { createPurchaseOrder } from '../../services/supply/save-purchase-order';
import type { TDonationLotInput } from '../../shared/schemas/donations';
import { buildReceiptIssuer } from './supply-factories';

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The coordinator of the demo as an actor of the bank. */
async function coordinatorActor(ex: Executor): Promise<TActor> {
  const [row] = await ex
    .select({ userId: users.id, membershipId: memberships.id, orgId: memberships.organisationId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.email, 'coordination@passerelle.demo'));
  if (!row) throw new Error('The demo coordinator must be seeded before the supply demo.');
  return {
    userId: row.userId,
    membershipId: row.membershipId,
    role: 'coordinator',
    organisationId: row.orgId,
    organisationKind: 'bank',
  };
}

/**
 * Adds the supply area to the demo world (issue 4), through the services so the ledger, grant
 * figures, lot histories and receipt numbers are consistent: the bank's receipt details, five
 * donation lots at several stages (declared, pickup scheduled, received with one missing
 * laptop and its tax receipt, received complete, declined), two grants (one earmarked for the
 * ASE network, with an instalment) and two purchase orders (one confirmed and received in
 * part, one draft). `ids` maps demo keys to ids; call it inside seedDemo's transaction after
 * the users and the inventory demo exist.
 */
export async function seedSupplyDemo(
  tx: Executor,
  ids: ReadonlyMap<string, string>,
  now: Date,
): Promise<void> {
  const db = tx as unknown as Db;
  const config = { publicUrl: 'http://localhost:3000' } as TAppConfig;
  const ctx: ServiceContext = { db, actor: await coordinatorActor(tx), now: () => now, config };
  const id = (key: string) => ids.get(key)!;
  await buildReceiptIssuer(tx, {
    name: 'Banque Passerelle',
    addressLine1: '12 rue des Solidarités',
    postalCode: '93200',
    city: 'Saint-Denis',
    sirenOrRna: 'W931234567',
    object:
      'Réduire la fracture numérique en équipant de matériel reconditionné les personnes ' +
      'accompagnées par des structures sociales.',
    signatoryName: 'Claire Dupont',
    signatoryTitle: 'Présidente',
    place: 'Saint-Denis',
  });
  const [warehouse] = await tx.select().from(locations).where(eq(locations.code, 'WH1'));
  if (!warehouse) throw new Error('The inventory demo (WH1) must be seeded first.');

  const lot = (
    donorKey: string,
    lines: TDonationLotInput['lines'],
    address: { line1: string; postalCode: string },
    contact: string,
  ): TDonationLotInput => ({
    donorOrganisationId: id(donorKey),
    lines,
    pickupAddress: address,
    availableFrom: iso(now),
    availableUntil: iso(new Date(now.getTime() + 30 * DAY)),
    siteContact: { name: contact, phone: '01 44 55 66 77' },
  });
  // 1. Numéria (the mecenat@ company): a lot of 10 laptops received with one missing, receipted.
  const numeria = await declareLot(
    ctx,
    lot(
      'donor-numeria',
      [
        {
          kind: 'laptop',
          count: 10,
          brand: 'Lenovo',
          model: 'ThinkPad T480',
          ageYears: 4,
          drives: 'inside',
        },
      ],
      { line1: '8 avenue de France', postalCode: '75013' },
      'Service des moyens généraux',
    ),
  );
  await countLot(
    ctx,
    numeria.id,
    warehouse.id,
    9,
    'Un portable manquant à la livraison',
    'LEN-T480',
  );
  await issueTaxReceipt(ctx, { lotId: numeria.id, valuationCents: 0, donorLegalForm: 'SAS' });

  // 2. Numéria again: a fresh lot waiting for review.
  await declareLot(
    ctx,
    lot(
      'donor-numeria',
      [
        {
          kind: 'laptop',
          count: 25,
          brand: 'Dell',
          model: 'Latitude 7490',
          ageYears: 3,
          drives: 'inside',
        },
        { kind: 'monitor', count: 10, ageYears: 5 },
      ],
      { line1: '8 avenue de France', postalCode: '75013' },
      'Service des moyens généraux',
    ),
  );

  // 3. Hexagone: accepted, pickup scheduled.
  const hexagone = await declareLot(
    ctx,
    lot(
      'donor-hexagone',
      [
        { kind: 'laptop', count: 15, brand: 'HP', model: 'EliteBook 840 G5', ageYears: 4 },
        { kind: 'smartphone', count: 5, brand: 'Samsung', model: 'Galaxy A40', ageYears: 3 },
      ],
      { line1: '40 rue de la République', postalCode: '69002' },
      'Accueil',
    ),
  );
  await acceptLot(ctx, hexagone.id, {});
  await schedulePickup(ctx, hexagone.id, {
    pickupDate: iso(new Date(now.getTime() + 7 * DAY)),
    timeSlot: '14h-17h',
    carrier: 'Transports Solidaires',
  });

  // 4. Rhône: 12 desktops received complete, receipted with a declared value.
  const rhone = await declareLot(
    ctx,
    lot(
      'donor-rhone',
      [{ kind: 'desktop', count: 12, brand: 'Dell', model: 'OptiPlex 7060', ageYears: 5 }],
      { line1: '3 quai Perrache', postalCode: '69002' },
      'Direction informatique',
    ),
  );
  await countLot(ctx, rhone.id, warehouse.id, 12, undefined, 'DELL-7060');
  await issueTaxReceipt(ctx, { lotId: rhone.id, valuationCents: 1_200_00, donorLegalForm: 'SA' });

  // 5. Garonne: declined.
  const garonne = await declareLot(
    ctx,
    lot(
      'donor-garonne',
      [
        {
          kind: 'laptop',
          count: 8,
          brand: 'Acer',
          model: 'TravelMate',
          ageYears: 5,
          condition: 'not_working',
        },
      ],
      { line1: '10 allées Jean Jaurès', postalCode: '31000' },
      'Accueil',
    ),
  );
  await declineLot(ctx, garonne.id, {
    reason: 'Nous avons déjà reçu ce modèle en nombre ; merci de nous recontacter l’an prochain.',
  });

  await seedGrantsAndPurchases(ctx, ids, warehouse.id, now);
}

/** Accepts, plans, collects and counts a lot: `received` laptops of its first line. */
async function countLot(
  ctx: ServiceContext,
  lotId: string,
  locationId: string,
  received: number,
  reason: string | undefined,
  serialPrefix: string,
) {
  await acceptLot(ctx, lotId, { note: 'Merci pour ce don !' });
  await schedulePickup(ctx, lotId, {
    pickupDate: iso(ctx.now()),
    timeSlot: '9h-12h',
    carrier: 'Transports Solidaires',
  });
  await collectLot(ctx, lotId, {});
  const counted = await receiveLotDevices(ctx, lotId, {
    locationId,
    devices: Array.from({ length: received }, (_, i) => ({
      serial: `${serialPrefix}-${String(i + 1).padStart(3, '0')}`,
    })),
  });
  const line = counted.lines[0]!;
  await completeLotReception(ctx, lotId, {
    discrepancies:
      line.received === line.expected ? [] : [{ lineId: line.id, reason: reason ?? '' }],
  });
}

/** Two grants (one earmarked for the ASE network), an order received in part and a draft. */
async function seedGrantsAndPurchases(
  ctx: ServiceContext,
  ids: ReadonlyMap<string, string>,
  warehouseId: string,
  now: Date,
) {
  const year = now.getUTCFullYear();
  const ase = await createGrant(ctx, {
    funderId: ids.get('funder-jeunesse')!,
    name: 'Fonds Jeunesse connectée — ASE',
    reference: `FJC-${year}-01`,
    pledgedCents: 150_000_00,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    restrictions: { networkId: ids.get('ase')!, deviceKind: 'laptop' },
    notes: 'Ordinateurs portables pour les jeunes suivis par l’aide sociale à l’enfance.',
  });
  await addInstalment(ctx, ase.id, {
    amountCents: 75_000_00,
    receivedOn: iso(now),
    reference: 'VIR-FJC-1',
  });
  const telecom = await createGrant(ctx, {
    funderId: ids.get('funder-telecom')!,
    name: 'Mécénat télécom — équipement',
    reference: `TEL-${year}`,
    pledgedCents: 80_000_00,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
  });
  const [laptopTier] = await ctx.db
    .select()
    .from(specTiers)
    .where(
      and(eq(specTiers.kind, 'laptop'), eq(specTiers.number, 1), eq(specTiers.isActive, true)),
    );
  const [tabletTier] = await ctx.db
    .select()
    .from(specTiers)
    .where(
      and(eq(specTiers.kind, 'tablet'), eq(specTiers.number, 1), eq(specTiers.isActive, true)),
    );
  const supplierId = ids.get('supplier')!;
  // 40 tier-1 laptops at 189 € excl. VAT, 20 % VAT: 9,072 € incl. VAT, paid by the ASE grant.
  const order = await createPurchaseOrder(ctx, {
    supplierId,
    supplierReference: `DEVIS-${year}-0412`,
    expectedDeliveryOn: iso(new Date(now.getTime() + 14 * DAY)),
    lines: [{ kind: 'laptop', specTierId: laptopTier!.id, quantity: 40, unitPriceCents: 189_00 }],
    grants: [{ grantId: ase.id, amountCents: 9_072_00 }],
  });
  await confirmPurchaseOrder(ctx, order.id);
  const [line] = await listOrderLines(ctx.db, order.id);
  await receivePurchase(ctx, order.id, {
    locationId: warehouseId,
    deliveryNoteRef: 'BL-7731',
    units: Array.from({ length: 25 }, (_, i) => ({
      lineId: line!.id,
      serial: `RECO-${String(i + 1).padStart(4, '0')}`,
      brand: 'Lenovo',
      model: 'ThinkPad T470',
      ramMb: 8192,
      storageGb: 256,
      storageType: 'ssd' as const,
      batteryHealthPct: 85,
    })),
  });
  // A draft of 20 tablets on the unrestricted telecom grant, to confirm.
  await createPurchaseOrder(ctx, {
    supplierId,
    lines: [{ kind: 'tablet', specTierId: tabletTier!.id, quantity: 20, unitPriceCents: 129_00 }],
    grants: [{ grantId: telecom.id, amountCents: 3_096_00 }],
  });
}
