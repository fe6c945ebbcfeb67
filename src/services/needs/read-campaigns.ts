import { AppError } from '../../shared/app-error';
import type { TCampaignStatus } from '../../shared/needs-enums';
import type { Executor } from '../../db/connect';
import {
  approvedByKind,
  findCampaign,
  listCampaigns as listRows,
  listQuotas,
  quotaUsage,
  type TCampaignRow,
} from '../../db/repositories/campaigns-repo';
import type { ServiceContext } from '../context';

/** A campaign with its quotas (and how much of each is used) and its progress per kind. */
export async function loadCampaignDetail(ex: Executor, campaign: TCampaignRow) {
  const [quotas, usage, progress] = await Promise.all([
    listQuotas(ex, [campaign.id]),
    quotaUsage(ex, campaign.id),
    approvedByKind(ex, campaign.id),
  ]);
  return {
    ...campaign,
    quotas: quotas.map((q) => ({
      networkId: q.networkId,
      networkName: q.networkName,
      quantity: q.quantity,
      used: usage.get(q.networkId) ?? 0,
    })),
    progress,
  };
}

/** Campaigns, latest first (structures use it to choose one; the bank to manage them). */
export async function listCampaigns(ctx: ServiceContext, status?: TCampaignStatus) {
  const rows = await listRows(ctx.db, status);
  const quotas = await listQuotas(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      ...r,
      quotas: quotas
        .filter((q) => q.campaignId === r.id)
        .map(({ networkId, networkName, quantity }) => ({ networkId, networkName, quantity })),
    })),
  };
}

/** One campaign with quotas, consumption and progress. */
export async function getCampaign(ctx: ServiceContext, id: string) {
  const row = await findCampaign(ctx.db, id);
  if (!row) throw new AppError('not_found', 'Unknown campaign.');
  return loadCampaignDetail(ctx.db, row);
}
