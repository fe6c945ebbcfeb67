import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import {
  beneficiaries,
  campaignQuotas,
  campaigns,
  organisationAddresses,
  requestLineBeneficiaries,
  requestLines,
  requests,
  structureNetworks,
} from '../schema';
import type {
  TAgeBand,
  TLack,
  TNeedKind,
  TRequestStatus,
  TSituation,
  TUrgency,
  TUrgencyReason,
} from '../../shared/needs-enums';
import { buildStructure } from './factories';

/** Factories of the needs area (campaigns, beneficiaries, requests), shared by tests and the demo. */

let seq = 0;
const next = () => ++seq;

/** A campaign open from 2020-03-16 to 2030-12-31 offering every kind, with optional quotas. */
export async function buildCampaign(
  ex: Executor,
  options: Partial<typeof campaigns.$inferInsert> & {
    quotas?: { networkId: string; quantity: number }[];
  } = {},
) {
  const { quotas, ...overrides } = options;
  const [row] = await ex
    .insert(campaigns)
    .values({
      name: `Opération ${next()}`,
      startsOn: '2020-03-16',
      endsOn: '2030-12-31',
      goalPeople: 10_000,
      offeredKinds: ['laptop', 'desktop', 'tablet', 'smartphone', 'router_4g', 'sim_recharge'],
      ...overrides,
    })
    .returning();
  if (quotas?.length) {
    await ex.insert(campaignQuotas).values(quotas.map((q) => ({ ...q, campaignId: row!.id })));
  }
  return row!;
}

/** A pseudonymous beneficiary of a structure (a new structure when none is given). */
export async function buildBeneficiary(
  ex: Executor,
  options: Partial<typeof beneficiaries.$inferInsert> & {
    ageBand?: TAgeBand;
    situation?: TSituation;
    lacks?: TLack[];
  } = {},
) {
  const structureId = options.structureId ?? (await buildStructure(ex)).id;
  const [row] = await ex
    .insert(beneficiaries)
    .values({
      reference: `JEUNE-${String(next()).padStart(4, '0')}`,
      ageBand: '15_17',
      situation: 'lyceen',
      schoolLevel: 'lycee_terminale',
      departementCode: '75',
      householdSize: 4,
      lacks: ['computer', 'connection'],
      consentAt: '2020-04-01',
      ...options,
      structureId,
    })
    .returning();
  return row!;
}

/** A line of a factory request. */
export interface TFactoryLine {
  kind: TNeedKind;
  quantity: number;
  minTier?: number | null;
  approvedQuantity?: number | null;
  decisionReason?: string | null;
  beneficiaryIds?: string[];
}

/**
 * A request of a structure in a campaign (both created when missing), in any state, delivered
 * to the structure's first address and made under its first network.
 */
export async function buildRequest(
  ex: Executor,
  options: {
    structureId?: string;
    campaignId?: string;
    networkId?: string | null;
    status?: TRequestStatus;
    urgency?: TUrgency;
    urgencyReason?: TUrgencyReason | null;
    submittedAt?: Date | null;
    createdAt?: Date;
    preferredFrom?: string;
    preferredTo?: string;
    lines?: TFactoryLine[];
  } = {},
) {
  const structureId = options.structureId ?? (await buildStructure(ex)).id;
  const campaignId = options.campaignId ?? (await buildCampaign(ex)).id;
  const [address] = await ex
    .select()
    .from(organisationAddresses)
    .where(eq(organisationAddresses.organisationId, structureId))
    .orderBy(asc(organisationAddresses.createdAt));
  if (!address) throw new Error('buildRequest: the structure has no address');
  const networkId =
    options.networkId !== undefined
      ? options.networkId
      : ((
          await ex
            .select({ id: structureNetworks.networkId })
            .from(structureNetworks)
            .where(eq(structureNetworks.structureId, structureId))
        )[0]?.id ?? null);
  const status = options.status ?? 'draft';
  const createdAt = options.createdAt ?? new Date('2020-04-01T09:00:00Z');
  const [row] = await ex
    .insert(requests)
    .values({
      structureId,
      campaignId,
      networkId,
      status,
      urgency: options.urgency ?? 'normal',
      urgencyReason: options.urgencyReason ?? null,
      deliveryAddressId: address.id,
      delivery: {
        label: address.label,
        line1: address.line1,
        line2: address.line2,
        postalCode: address.postalCode,
        communeCode: address.communeCode,
        communeName: address.communeName,
        departementCode: address.departementCode,
        regionCode: address.regionCode,
      },
      deliveryDepartementCode: address.departementCode,
      deliveryLat: address.lat,
      deliveryLon: address.lon,
      preferredFrom: options.preferredFrom ?? '2030-01-01',
      preferredTo: options.preferredTo ?? '2030-02-01',
      submittedAt:
        options.submittedAt !== undefined
          ? options.submittedAt
          : status === 'draft'
            ? null
            : createdAt,
      decidedAt: ['approved', 'rejected', 'partly_fulfilled', 'fulfilled', 'closed'].includes(
        status,
      )
        ? createdAt
        : null,
      createdAt,
      updatedAt: createdAt,
    })
    .returning();
  const lines = options.lines ?? [{ kind: 'laptop', quantity: 1 }];
  const approvedDefault = ['approved', 'partly_fulfilled', 'fulfilled', 'closed'].includes(status);
  const lineRows = lines.map((l, i) => ({
    id: randomUUID(),
    requestId: row!.id,
    position: i,
    kind: l.kind,
    quantity: l.quantity,
    minTier: l.minTier ?? null,
    approvedQuantity:
      l.approvedQuantity !== undefined ? l.approvedQuantity : approvedDefault ? l.quantity : null,
    decisionReason: l.decisionReason ?? null,
  }));
  await ex.insert(requestLines).values(lineRows);
  const links = lineRows.flatMap((r, i) =>
    (lines[i]!.beneficiaryIds ?? []).map((beneficiaryId) => ({ lineId: r.id, beneficiaryId })),
  );
  if (links.length) await ex.insert(requestLineBeneficiaries).values(links);
  return { request: row!, lines: lineRows };
}
