import { AppError } from '../../shared/app-error';
import type { TCampaignParsed } from '../../shared/schemas/campaigns';
import type { Executor } from '../../db/connect';
import { findOrganisationsByIds } from '../../db/repositories/organisations-repo';
import {
  findCampaign,
  insertCampaign,
  replaceQuotas,
  updateCampaign,
} from '../../db/repositories/campaigns-repo';
import type { TFieldIssue } from '../../domain/needs/types';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadCampaignDetail } from './read-campaigns';
import { throwIfFieldErrors } from './scope';

/** Checks what the schema cannot: date order, networks that exist, one quota per network. */
async function validate(ex: Executor, input: TCampaignParsed) {
  const errors: TFieldIssue[] = [];
  if (input.endsOn < input.startsOn) errors.push({ path: 'endsOn', code: 'date_before_start' });
  const ids = [...new Set([...input.eligibleNetworkIds, ...input.quotas.map((q) => q.networkId)])];
  const found = await findOrganisationsByIds(ex, ids);
  const networks = new Set(found.filter((o) => o.kind === 'network').map((o) => o.id));
  input.eligibleNetworkIds.forEach((id, i) => {
    if (!networks.has(id))
      errors.push({ path: `eligibleNetworkIds.${i}`, code: 'network_unknown' });
  });
  const seen = new Set<string>();
  input.quotas.forEach((q, i) => {
    if (!networks.has(q.networkId))
      errors.push({ path: `quotas.${i}.networkId`, code: 'network_unknown' });
    if (seen.has(q.networkId))
      errors.push({ path: `quotas.${i}.networkId`, code: 'quota_repeated' });
    seen.add(q.networkId);
  });
  for (const kind of Object.keys(input.goalsByKind)) {
    if (!input.offeredKinds.includes(kind as never)) {
      errors.push({ path: `goalsByKind.${kind}`, code: 'kind_not_offered' });
    }
  }
  throwIfFieldErrors(errors);
}

function columns(input: TCampaignParsed) {
  return {
    name: input.name,
    status: input.status,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    goalPeople: input.goalPeople,
    goalsByKind: input.goalsByKind,
    offeredKinds: input.offeredKinds,
    eligibleNetworkIds: input.eligibleNetworkIds,
    maxPerBeneficiary: input.maxPerBeneficiary,
  };
}

/** Creates a campaign with its quotas (bank), audited. */
export async function createCampaign(ctx: ServiceContext, input: TCampaignParsed) {
  return ctx.db.transaction(async (tx) => {
    await validate(tx, input);
    const row = await insertCampaign(tx, {
      ...columns(input),
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await replaceQuotas(tx, row.id, input.quotas);
    const after = await loadCampaignDetail(tx, row);
    await recordAudit(tx, ctx, {
      action: 'campaign.create',
      entityType: 'campaign',
      entityId: row.id,
      after,
    });
    return after;
  });
}

/** Edits a campaign and replaces its quotas (bank), before and after audited. */
export async function updateCampaignDetails(
  ctx: ServiceContext,
  id: string,
  input: TCampaignParsed,
) {
  return ctx.db.transaction(async (tx) => {
    const existing = await findCampaign(tx, id);
    if (!existing) throw new AppError('not_found', 'Unknown campaign.');
    const before = await loadCampaignDetail(tx, existing);
    await validate(tx, input);
    const row = await updateCampaign(tx, id, { ...columns(input), updatedAt: ctx.now() });
    await replaceQuotas(tx, id, input.quotas);
    const after = await loadCampaignDetail(tx, row!);
    await recordAudit(tx, ctx, {
      action: 'campaign.update',
      entityType: 'campaign',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
