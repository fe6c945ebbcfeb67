import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import { campaignQuotas, campaigns, organisations } from '../schema';
import { QUOTA_CONSUMING_STATUSES } from '../../domain/needs/request-lifecycle';
import type { TCampaignStatus } from '../../shared/needs-enums';

/** A campaign row. */
export type TCampaignRow = typeof campaigns.$inferSelect;

/** Inserts a campaign. */
export async function insertCampaign(ex: Executor, row: typeof campaigns.$inferInsert) {
  const [created] = await ex.insert(campaigns).values(row).returning();
  return created!;
}

/** Updates a campaign. */
export async function updateCampaign(
  ex: Executor,
  id: string,
  patch: Partial<typeof campaigns.$inferInsert>,
) {
  const [row] = await ex.update(campaigns).set(patch).where(eq(campaigns.id, id)).returning();
  return row;
}

/** Reads one campaign. */
export async function findCampaign(ex: Executor, id: string): Promise<TCampaignRow | undefined> {
  const [row] = await ex.select().from(campaigns).where(eq(campaigns.id, id));
  return row;
}

/** Lists campaigns, latest first. */
export async function listCampaigns(ex: Executor, status?: TCampaignStatus) {
  return ex
    .select()
    .from(campaigns)
    .where(status ? eq(campaigns.status, status) : undefined)
    .orderBy(desc(campaigns.startsOn), asc(campaigns.name));
}

/** Replaces a campaign's network quotas. */
export async function replaceQuotas(
  ex: Executor,
  campaignId: string,
  quotas: { networkId: string; quantity: number }[],
) {
  await ex.delete(campaignQuotas).where(eq(campaignQuotas.campaignId, campaignId));
  if (quotas.length) {
    await ex.insert(campaignQuotas).values(quotas.map((q) => ({ ...q, campaignId })));
  }
}

/** Quotas of campaigns with the network names. */
export async function listQuotas(ex: Executor, campaignIds: string[]) {
  if (!campaignIds.length) return [];
  return ex
    .select({
      campaignId: campaignQuotas.campaignId,
      networkId: campaignQuotas.networkId,
      networkName: organisations.name,
      quantity: campaignQuotas.quantity,
    })
    .from(campaignQuotas)
    .innerJoin(organisations, eq(organisations.id, campaignQuotas.networkId))
    .where(inArray(campaignQuotas.campaignId, campaignIds))
    .orderBy(asc(organisations.name));
}

/** One network's quota in a campaign, if any. */
export async function findQuota(ex: Executor, campaignId: string, networkId: string) {
  const [row] = await ex
    .select({ quantity: campaignQuotas.quantity, networkName: organisations.name })
    .from(campaignQuotas)
    .innerJoin(organisations, eq(organisations.id, campaignQuotas.networkId))
    .where(and(eq(campaignQuotas.campaignId, campaignId), eq(campaignQuotas.networkId, networkId)));
  return row;
}

const consuming = sql.join(
  QUOTA_CONSUMING_STATUSES.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * Quota consumption: approved quantities of the campaign's requests made under each network
 * (see ADR 0007), leaving out one request (the one being decided) when given.
 */
export async function quotaUsage(
  ex: Executor,
  campaignId: string,
  excludeRequestId?: string,
): Promise<Map<string, number>> {
  const rows = await queryRows<{ network_id: string; used: string | number }>(
    ex,
    sql`SELECT r.network_id, COALESCE(SUM(l.approved_quantity), 0) AS used
        FROM requests r JOIN request_lines l ON l.request_id = r.id
        WHERE r.campaign_id = ${campaignId} AND r.network_id IS NOT NULL
          AND r.status IN (${consuming})
          ${excludeRequestId ? sql`AND r.id <> ${excludeRequestId}` : sql``}
        GROUP BY r.network_id`,
  );
  return new Map(rows.map((r) => [r.network_id, Number(r.used)]));
}

/** Approved quantities per kind in a campaign (progress towards its goals). */
export async function approvedByKind(ex: Executor, campaignId: string) {
  const rows = await queryRows<{ kind: string; approved: string | number; asked: string | number }>(
    ex,
    sql`SELECT l.kind,
          COALESCE(SUM(l.approved_quantity) FILTER (WHERE r.status IN (${consuming})), 0) AS approved,
          COALESCE(SUM(l.quantity) FILTER (WHERE r.status NOT IN ('draft', 'withdrawn')), 0) AS asked
        FROM requests r JOIN request_lines l ON l.request_id = r.id
        WHERE r.campaign_id = ${campaignId}
        GROUP BY l.kind ORDER BY l.kind`,
  );
  return rows.map((r) => ({ kind: r.kind, approved: Number(r.approved), asked: Number(r.asked) }));
}
