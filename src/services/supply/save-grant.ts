import type { Executor } from '../../db/connect';
import {
  findGrant,
  insertGrant,
  updateGrant,
  type TGrantRow,
} from '../../db/repositories/grants-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { findCampaign } from '../../db/repositories/campaigns-repo';
import { AppError } from '../../shared/app-error';
import { ZGrantInput, type TGrantInput, type TGrantParsed } from '../../shared/schemas/grants';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { isDepartement } from '../geo/geo-data';
import type { TFieldError } from '../geo/resolve-address';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { loadGrantFigures } from './grant-figures';

/** Checks what the schema cannot: the funder, the restricted network and campaign, the period. */
async function validateGrant(ex: Executor, input: TGrantParsed) {
  const errors: TFieldError[] = [];
  const funder = await findOrganisation(ex, input.funderId);
  if (!funder || funder.kind !== 'funder')
    errors.push({ path: 'funderId', code: 'funder_unknown' });
  const r = input.restrictions;
  if (r.networkId) {
    const network = await findOrganisation(ex, r.networkId);
    if (!network || network.kind !== 'network')
      errors.push({ path: 'restrictions.networkId', code: 'network_unknown' });
  }
  if (r.campaignId && !(await findCampaign(ex, r.campaignId))) {
    errors.push({ path: 'restrictions.campaignId', code: 'campaign_unknown' });
  }
  if (r.departementCode && !isDepartement(r.departementCode)) {
    errors.push({ path: 'restrictions.departementCode', code: 'departement_unknown' });
  }
  if (input.endsOn < input.startsOn) errors.push({ path: 'endsOn', code: 'period_invalid' });
  throwIfFieldErrors(errors, 'The grant cannot be saved.');
}

function columns(input: TGrantParsed) {
  return {
    funderId: input.funderId,
    name: input.name,
    reference: input.reference ?? null,
    pledgedCents: input.pledgedCents,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    restrictionNetworkId: input.restrictions.networkId ?? null,
    restrictionRegionCode: input.restrictions.regionCode ?? null,
    restrictionDepartementCode: input.restrictions.departementCode ?? null,
    restrictionDeviceKind: input.restrictions.deviceKind ?? null,
    restrictionCampaignId: input.restrictions.campaignId ?? null,
    notes: input.notes ?? null,
  };
}

/** Records a grant (the bank's staff). */
export async function createGrant(ctx: ServiceContext, raw: TGrantInput): Promise<TGrantRow> {
  const input = parseInput(ZGrantInput, raw);
  return ctx.db.transaction(async (tx) => {
    await validateGrant(tx, input);
    const now = ctx.now();
    const grant = await insertGrant(tx, {
      ...columns(input),
      createdBy: ctx.actor?.userId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'grant.create',
      entityType: 'grant',
      entityId: grant.id,
      after: columns(input),
    });
    return grant;
  });
}

/**
 * Edits a grant. The pledge may not drop below what is already committed and spent
 * (`pledged_below_used`): money promised to suppliers stays covered.
 */
export async function updateGrantDetails(
  ctx: ServiceContext,
  id: string,
  raw: TGrantInput,
): Promise<TGrantRow> {
  const input = parseInput(ZGrantInput, raw);
  return ctx.db.transaction(async (tx) => {
    const existing = await findGrant(tx, id, { lock: true });
    if (!existing) throw new AppError('not_found', 'Unknown grant.');
    await validateGrant(tx, input);
    const { figures } = (await loadGrantFigures(tx, [id])).get(id)!;
    const used = figures.committedCents + figures.spentCents;
    if (input.pledgedCents < used) {
      throwIfFieldErrors([
        { path: 'pledgedCents', code: 'pledged_below_used', params: { usedCents: used } },
      ]);
    }
    const updated = await updateGrant(tx, id, { ...columns(input), updatedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: 'grant.update',
      entityType: 'grant',
      entityId: id,
      before: columns(rowAsInput(existing)),
      after: columns(input),
    });
    return updated;
  });
}

function rowAsInput(g: TGrantRow): TGrantParsed {
  return {
    funderId: g.funderId,
    name: g.name,
    reference: g.reference ?? undefined,
    pledgedCents: g.pledgedCents,
    startsOn: g.startsOn,
    endsOn: g.endsOn,
    restrictions: {
      networkId: g.restrictionNetworkId,
      regionCode: g.restrictionRegionCode,
      departementCode: g.restrictionDepartementCode,
      deviceKind: g.restrictionDeviceKind,
      campaignId: g.restrictionCampaignId,
    },
    notes: g.notes ?? undefined,
  };
}
