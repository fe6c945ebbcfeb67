import {
  findGrant,
  grantDevices,
  grantDeviceStates,
  listCharges,
  listInstalments,
  ordersOfGrant,
  searchGrants,
  type TGrantRow,
} from '../../db/repositories/grants-repo';
import { findOrganisationsByIds } from '../../db/repositories/organisations-repo';
import { findCampaign } from '../../db/repositories/campaigns-repo';
import { can } from '../../domain/policy';
import { AppError } from '../../shared/app-error';
import { ZGrantDevicesQuery, ZGrantQuery } from '../../shared/schemas/grants';
import type { ServiceContext } from '../context';
import { parseInput } from '../inventory/parse-input';
import { loadGrantFigures } from './grant-figures';
import { handoverReach } from '../../db/repositories/impact-repo';
import { impactOf } from './impact';
import { requireActor } from './lot-access';

/** A grant the actor may read (a funder only its own), or 404. */
async function loadGrantFor(ctx: ServiceContext, id: string): Promise<TGrantRow> {
  const grant = await findGrant(ctx.db, id);
  if (!grant || !can(ctx.actor, 'grant.read', { organisationId: grant.funderId })) {
    throw new AppError('not_found', 'Unknown grant.', { grantId: id });
  }
  return grant;
}

/** Grants with their figures: all for the bank, a funder's own for a funder. */
export async function listGrants(ctx: ServiceContext, raw: unknown) {
  const q = parseInput(ZGrantQuery, raw ?? {});
  const actor = requireActor(ctx);
  const own = actor.role === 'funder';
  const funderId = own
    ? (actor.organisationId ?? '00000000-0000-0000-0000-000000000000')
    : q.funderId;
  if (own && q.funderId && q.funderId !== funderId) return { items: [], total: 0 };
  const { rows, total } = await searchGrants(ctx.db, { ...q, funderId });
  const figures = await loadGrantFigures(
    ctx.db,
    rows.map((r) => r.grant.id),
  );
  return {
    total,
    items: rows.map(({ grant, funderName }) => ({
      id: grant.id,
      name: grant.name,
      reference: grant.reference,
      funder: { id: grant.funderId, name: funderName },
      startsOn: grant.startsOn,
      endsOn: grant.endsOn,
      restrictionNetworkId: grant.restrictionNetworkId,
      restrictionDeviceKind: grant.restrictionDeviceKind,
      ...figures.get(grant.id)!.figures,
    })),
  };
}

/**
 * A grant's page: pledged / received / committed / spent / left, its restrictions, the money
 * received and spent, the orders it pays for, and what that bought down to the devices and
 * the people they reached (from the handovers recorded by logistics).
 */
export async function getGrant(ctx: ServiceContext, id: string) {
  const grant = await loadGrantFor(ctx, id);
  const [figures, instalments, charges, orders, states, orgs, campaign] = await Promise.all([
    loadGrantFigures(ctx.db, [id]),
    listInstalments(ctx.db, id),
    listCharges(ctx.db, id),
    ordersOfGrant(ctx.db, id),
    grantDeviceStates(ctx.db, id),
    findOrganisationsByIds(
      ctx.db,
      [grant.funderId, grant.restrictionNetworkId].filter((x): x is string => !!x),
    ),
    grant.restrictionCampaignId
      ? findCampaign(ctx.db, grant.restrictionCampaignId)
      : Promise.resolve(undefined),
  ]);
  const name = (orgId: string | null) => orgs.find((o) => o.id === orgId)?.name ?? null;
  return {
    id: grant.id,
    name: grant.name,
    reference: grant.reference,
    funder: { id: grant.funderId, name: name(grant.funderId) },
    startsOn: grant.startsOn,
    endsOn: grant.endsOn,
    notes: grant.notes,
    restrictions: {
      network: grant.restrictionNetworkId
        ? { id: grant.restrictionNetworkId, name: name(grant.restrictionNetworkId) }
        : null,
      regionCode: grant.restrictionRegionCode,
      departementCode: grant.restrictionDepartementCode,
      deviceKind: grant.restrictionDeviceKind,
      campaign: campaign ? { id: campaign.id, name: campaign.name } : null,
    },
    figures: figures.get(id)!.figures,
    instalments: instalments.map((i) => ({
      id: i.id,
      amountCents: i.amountCents,
      receivedOn: i.receivedOn,
      reference: i.reference,
    })),
    charges: charges.map((c) => ({
      id: c.id,
      amountCents: c.amountCents,
      category: c.category,
      linkedType: c.linkedType,
      linkedId: c.linkedId,
      chargedOn: c.chargedOn,
      description: c.description,
    })),
    orders,
    impact: impactOf(states, await handoverReach(ctx.db, { grantId: id })),
  };
}

/** The devices a grant paid for (one page), with their state and earmark. */
export async function listGrantDevices(ctx: ServiceContext, id: string, raw: unknown) {
  const q = parseInput(ZGrantDevicesQuery, raw ?? {});
  await loadGrantFor(ctx, id);
  return { items: await grantDevices(ctx.db, id, q.limit, q.offset) };
}
