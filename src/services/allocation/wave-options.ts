import { asc } from 'drizzle-orm';
import { readyStockGroups, stockLocations } from '../../db/repositories/allocation-repo';
import { campaigns } from '../../db/schema';
import type { ServiceContext } from '../context';
import { assertBankActor, loadWaveLines } from './wave-inputs';

/** Counts of units by a key, sorted by key. */
function tally<T>(items: readonly T[], key: (t: T) => string, units: (t: T) => number) {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + units(i));
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * What a coordinator chooses a wave from: campaigns and, for the one chosen, the approved
 * units waiting by network, département, urgency and kind, and the ready stock by location,
 * kind and tier (units already reserved are not ready, so never offered twice).
 */
export async function getWaveOptions(ctx: ServiceContext, campaignId: string | undefined) {
  assertBankActor(ctx);
  const campaignList = await ctx.db
    .select({ id: campaigns.id, name: campaigns.name, status: campaigns.status })
    .from(campaigns)
    .orderBy(asc(campaigns.startsOn), asc(campaigns.name));
  const [stock, locations] = await Promise.all([readyStockGroups(ctx.db), stockLocations(ctx.db)]);
  const byLocation = new Map(locations.map((l) => [l.id, l]));
  const ready = stock.filter((g) => byLocation.has(g.locationId));
  const lines =
    campaignId && campaignList.some((c) => c.id === campaignId)
      ? await loadWaveLines(ctx, campaignId)
      : [];
  const networks = new Map<string, { id: string; name: string; units: number; lines: number }>();
  for (const l of lines) {
    if (!l.networkId) continue;
    const n = networks.get(l.networkId) ?? {
      id: l.networkId,
      name: l.networkName ?? '',
      units: 0,
      lines: 0,
    };
    n.units += l.quantity;
    n.lines += 1;
    networks.set(l.networkId, n);
  }
  return {
    campaigns: campaignList,
    demand: {
      lines: lines.length,
      units: lines.reduce((n, l) => n + l.quantity, 0),
      networks: [...networks.values()].sort((a, b) => a.name.localeCompare(b.name)),
      departements: tally(
        lines,
        (l) => l.departementCode,
        (l) => l.quantity,
      ).map(([code, units]) => ({ code, units })),
      urgencies: tally(
        lines,
        (l) => l.urgency,
        (l) => l.quantity,
      ).map(([urgency, units]) => ({
        urgency,
        units,
      })),
      kinds: tally(
        lines,
        (l) => l.kind,
        (l) => l.quantity,
      ).map(([kind, units]) => ({
        kind,
        units,
      })),
    },
    stock: {
      units: ready.reduce((n, g) => n + g.count, 0),
      locations: locations
        .map((l) => ({
          id: l.id,
          name: l.name,
          code: l.code,
          departementCode: l.departementCode,
          byKind: Object.fromEntries(
            tally(
              ready.filter((g) => g.locationId === l.id),
              (g) => g.kind,
              (g) => g.count,
            ),
          ),
        }))
        .map((l) => ({ ...l, units: Object.values(l.byKind).reduce((a, b) => a + b, 0) })),
      kinds: tally(
        ready,
        (g) => g.kind,
        (g) => g.count,
      ).map(([kind, units]) => ({ kind, units })),
      tiers: tally(
        ready,
        (g) => String(g.tier),
        (g) => g.count,
      ).map(([tier, units]) => ({
        tier: Number(tier),
        units,
      })),
    },
  };
}
