import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connect';
import { queryRows } from '../../db/connect';
import { readyStockGroups, stockLocations } from '../../db/repositories/allocation-repo';
import { campaigns, organisations } from '../../db/schema';
import {
  buildWaveProblem,
  stockKey,
  stockSelected,
  type TWaveDemandLine,
  type TWaveOptions,
  type TWaveSnapshot,
} from '../../domain/allocation-wave';
import { WAVE_KINDS } from '../../shared/allocation';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { listAllocatableDemandLines } from '../needs/list-allocatable-demand-lines';
import { isBankActor } from '../needs/scope';

/** Refuses anyone but bank staff (routes check the policy first; jobs and the CLI have no actor). */
export function assertBankActor(ctx: ServiceContext) {
  if (ctx.actor && !isBankActor(ctx.actor)) {
    throw new AppError('auth.forbidden', 'Bank staff only.');
  }
}

/** Refuses a campaign that does not exist, as a field error of the selection. */
export async function assertCampaign(ex: Executor, campaignId: string) {
  const [row] = await ex
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(inArray(campaigns.id, [campaignId]));
  if (!row) {
    throw new AppError('validation.failed', 'Unknown campaign.', {
      fields: [{ path: 'selection.campaignId', code: 'campaign_unknown' }],
    });
  }
}

/** Approved lines of the campaign not yet allocated, in the wave's shape. */
export async function loadWaveLines(ctx: ServiceContext, campaignId: string) {
  const lines = await listAllocatableDemandLines(
    { ...ctx, actor: null },
    { campaignId, kinds: WAVE_KINDS },
  );
  return lines.map((l): TWaveDemandLine => ({
    lineId: l.id,
    requestId: l.requestId,
    requestNumber: l.requestNumber,
    position: l.position,
    structureId: l.structureId,
    structureName: l.structureName,
    networkId: l.networkId,
    networkName: l.networkName,
    departementCode: l.departementCode,
    lat: l.lat,
    lon: l.lon,
    approximateLocation: l.approximateLocation,
    urgency: l.urgency,
    kind: l.kind,
    minTier: l.minTier,
    quantity: l.quantity,
    computedWeight: l.computedWeight,
    weight: l.weight,
  }));
}

/** Builds a wave's problem, context and snapshot from the database as it is now. */
export async function buildFromDatabase(ctx: ServiceContext, options: TWaveOptions) {
  const [lines, stock, locations] = await Promise.all([
    loadWaveLines(ctx, options.selection.campaignId),
    readyStockGroups(ctx.db),
    stockLocations(ctx.db),
  ]);
  const known = new Set(locations.map((l) => l.id));
  const badLocation = options.hypothetical.findIndex(
    (h) => h.locationId && !known.has(h.locationId),
  );
  if (badLocation >= 0) {
    throw new AppError('validation.failed', 'Unknown location.', {
      fields: [{ path: `hypothetical.${badLocation}.locationId`, code: 'location_unknown' }],
    });
  }
  const built = buildWaveProblem({ lines, stock, locations, options });
  const earmarks = [
    ...new Set(
      Object.values(built.context.supply).flatMap((s) =>
        s.earmarkNetworkId && !built.context.networks[s.earmarkNetworkId]
          ? [s.earmarkNetworkId]
          : [],
      ),
    ),
  ];
  if (earmarks.length) {
    const rows = await ctx.db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, earmarks));
    for (const r of rows) built.context.networks[r.id] = r.name;
  }
  return built;
}

/**
 * The snapshot a run would take now, restricted to what the wave saw: ready units of the stock
 * keys its selection covers, remaining units of its lines (0 once no longer approved).
 */
export async function currentSnapshot(
  ex: Executor,
  options: TWaveOptions,
  before: TWaveSnapshot,
): Promise<TWaveSnapshot> {
  // One after the other: `ex` may be a transaction's single connection.
  const stock = await readyStockGroups(ex);
  const locations = await stockLocations(ex);
  const known = new Set(locations.map((l) => l.id));
  const supply: Record<string, number> = {};
  for (const g of stock) {
    if (known.has(g.locationId) && stockSelected(g, options)) supply[stockKey(g)] = g.count;
  }
  const ids = Object.keys(before.demand);
  const demand: Record<string, number> = {};
  if (ids.length) {
    const rows = await queryRows<{ id: string; remaining: number | string }>(
      ex,
      sql`SELECT l.id,
            CASE WHEN r.status IN ('approved', 'partly_fulfilled')
              THEN GREATEST(COALESCE(l.approved_quantity, 0) - l.allocated_quantity, 0) ELSE 0 END AS remaining
          FROM request_lines l JOIN requests r ON r.id = l.request_id
          WHERE l.id IN (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
    );
    for (const id of ids) demand[id] = 0;
    for (const r of rows) demand[r.id] = Number(r.remaining);
  }
  return { supply, demand };
}
