import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';
import { allocationWaves, deviceAllocations, devices } from '../schema';
import type { TStockGroup, TWaveLocation } from '../../domain/allocation-wave';
import type { TWaveStatus } from '../../shared/allocation';
import type { TDeviceRow } from './devices-repo';

export type TWaveRow = typeof allocationWaves.$inferSelect;

/** Ready devices with a location, grouped by stock key (tier 0 = not qualified). */
export async function readyStockGroups(ex: Executor): Promise<TStockGroup[]> {
  const rows = await queryRows<{
    location_id: string;
    kind: string;
    tier: number;
    earmark_network_id: string | null;
    n: string | number;
  }>(
    ex,
    sql`SELECT location_id, kind, COALESCE(spec_tier_number, 0) AS tier, earmark_network_id,
          count(*) AS n
        FROM devices
        WHERE state = 'ready' AND location_id IS NOT NULL
        GROUP BY location_id, kind, COALESCE(spec_tier_number, 0), earmark_network_id`,
  );
  return rows.map((r) => ({
    locationId: r.location_id,
    kind: r.kind,
    tier: Number(r.tier),
    earmarkNetworkId: r.earmark_network_id,
    count: Number(r.n),
  }));
}

/**
 * Active locations that may hold stock, placed by their own département and coordinates, or
 * else by their organisation's first address.
 */
export async function stockLocations(ex: Executor): Promise<TWaveLocation[]> {
  const rows = await queryRows<{
    id: string;
    code: string | null;
    name: string;
    kind: string;
    departement_code: string | null;
    lat: number | null;
    lon: number | null;
  }>(
    ex,
    sql`SELECT l.id, l.code, l.name, l.kind,
          COALESCE(l.departement_code, a.departement_code) AS departement_code,
          CASE WHEN l.lat IS NOT NULL THEN l.lat WHEN l.departement_code IS NULL THEN a.lat END AS lat,
          CASE WHEN l.lon IS NOT NULL THEN l.lon WHEN l.departement_code IS NULL THEN a.lon END AS lon
        FROM locations l
        LEFT JOIN LATERAL (
          SELECT departement_code, lat, lon FROM organisation_addresses oa
          WHERE oa.organisation_id = l.organisation_id
          ORDER BY oa.created_at, oa.id LIMIT 1
        ) a ON TRUE
        WHERE l.is_active AND l.kind <> 'in_transit'
        ORDER BY l.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    departementCode: r.departement_code,
    lat: r.lat == null ? null : Number(r.lat),
    lon: r.lon == null ? null : Number(r.lon),
  }));
}

export async function insertWave(ex: Executor, row: typeof allocationWaves.$inferInsert) {
  const [created] = await ex.insert(allocationWaves).values(row).returning();
  return created!;
}

export async function updateWave(
  ex: Executor,
  id: string,
  patch: Partial<typeof allocationWaves.$inferInsert>,
) {
  const [row] = await ex
    .update(allocationWaves)
    .set(patch)
    .where(eq(allocationWaves.id, id))
    .returning();
  return row!;
}

/** One wave; `lock` takes a row lock for the rest of the transaction. */
export async function findWave(ex: Executor, id: string, lock = false) {
  const q = ex.select().from(allocationWaves).where(eq(allocationWaves.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Waves, newest first, without their heavy JSON (problem, plan, context). */
export async function listWaves(
  ex: Executor,
  filter: { campaignId?: string | undefined; status?: TWaveStatus | undefined },
  limit: number,
  offset: number,
) {
  const where = and(
    filter.campaignId ? eq(allocationWaves.campaignId, filter.campaignId) : undefined,
    filter.status ? eq(allocationWaves.status, filter.status) : undefined,
  );
  const items = await ex
    .select({
      id: allocationWaves.id,
      number: allocationWaves.number,
      campaignId: allocationWaves.campaignId,
      status: allocationWaves.status,
      options: allocationWaves.options,
      objective: sql<{
        weightedUnits: number;
        distanceKm: number;
      }>`${allocationWaves.plan} -> 'objective'`,
      ranAt: allocationWaves.ranAt,
      createdAt: allocationWaves.createdAt,
      confirmedAt: allocationWaves.confirmedAt,
      cancelledAt: allocationWaves.cancelledAt,
      served: sql<number>`(SELECT COALESCE(sum((a ->> 'quantity')::int), 0) FROM jsonb_array_elements(${allocationWaves.plan} -> 'assignments') a)`,
      demanded: sql<number>`(SELECT COALESCE(sum((d ->> 'quantity')::int), 0) FROM jsonb_array_elements(${allocationWaves.problem} -> 'demands') d)`,
    })
    .from(allocationWaves)
    .where(where)
    .orderBy(desc(allocationWaves.number))
    .limit(limit)
    .offset(offset);
  const [total] = await ex
    .select({ n: sql<number>`count(*)` })
    .from(allocationWaves)
    .where(where);
  return {
    items: items.map((i) => ({ ...i, served: Number(i.served), demanded: Number(i.demanded) })),
    total: Number(total?.n ?? 0),
  };
}

/** Up to `n` ready devices of a stock key, locked, shelf order first (what a picker walks). */
export async function pickReadyDevices(
  ex: Executor,
  key: Omit<TStockGroup, 'count'>,
  n: number,
): Promise<TDeviceRow[]> {
  return ex
    .select()
    .from(devices)
    .where(
      and(
        eq(devices.state, 'ready'),
        eq(devices.locationId, key.locationId),
        eq(devices.kind, key.kind as TDeviceRow['kind']),
        sql`COALESCE(${devices.specTierNumber}, 0) = ${key.tier}`,
        key.earmarkNetworkId
          ? eq(devices.earmarkNetworkId, key.earmarkNetworkId)
          : isNull(devices.earmarkNetworkId),
      ),
    )
    .orderBy(sql`${devices.shelfCode} NULLS LAST`, devices.assetTag)
    .limit(n)
    .for('update');
}

/** Sets the state of devices still in `from`; returns the rows changed. */
export async function setDevicesState(
  ex: Executor,
  ids: string[],
  from: TDeviceRow['state'],
  to: TDeviceRow['state'],
  at: Date,
): Promise<TDeviceRow[]> {
  const out: TDeviceRow[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    out.push(
      ...(await ex
        .update(devices)
        .set({ state: to, updatedAt: at })
        .where(and(inArray(devices.id, ids.slice(i, i + 1000)), eq(devices.state, from)))
        .returning()),
    );
  }
  return out;
}

export async function insertDeviceAllocations(
  ex: Executor,
  rows: (typeof deviceAllocations.$inferInsert)[],
) {
  for (let i = 0; i < rows.length; i += 1000) {
    await ex.insert(deviceAllocations).values(rows.slice(i, i + 1000));
  }
}

/** Live reservations of a wave with their devices. */
export async function liveAllocationsOfWave(ex: Executor, waveId: string) {
  return ex
    .select({ allocation: deviceAllocations, device: devices })
    .from(deviceAllocations)
    .innerJoin(devices, eq(devices.id, deviceAllocations.deviceId))
    .where(and(eq(deviceAllocations.waveId, waveId), isNull(deviceAllocations.releasedAt)))
    .for('update', { of: [deviceAllocations, devices] });
}

export async function releaseAllocations(ex: Executor, ids: string[], at: Date, reason: string) {
  for (let i = 0; i < ids.length; i += 1000) {
    await ex
      .update(deviceAllocations)
      .set({ releasedAt: at, releaseReason: reason })
      .where(inArray(deviceAllocations.id, ids.slice(i, i + 1000)));
  }
}

/**
 * Adds each delta to its line's allocated units, only while they stay within 0..approved.
 * Returns the ids of the lines changed (a line missing from it was refused).
 */
export async function bumpAllocatedQuantities(
  ex: Executor,
  deltas: ReadonlyMap<string, number>,
): Promise<Set<string>> {
  const changed = new Set<string>();
  const entries = [...deltas.entries()];
  for (let i = 0; i < entries.length; i += 1000) {
    const rows = await queryRows<{ id: string }>(
      ex,
      sql`UPDATE request_lines l SET allocated_quantity = l.allocated_quantity + v.delta
          FROM (VALUES ${sql.join(
            entries.slice(i, i + 1000).map(([id, d]) => sql`(${id}::uuid, ${d}::int)`),
            sql`, `,
          )}) AS v(id, delta)
          WHERE l.id = v.id AND l.allocated_quantity + v.delta >= 0
            AND l.allocated_quantity + v.delta <= COALESCE(l.approved_quantity, 0)
          RETURNING l.id`,
    );
    for (const r of rows) changed.add(r.id);
  }
  return changed;
}

/** Adds `delta` to one line's allocated units within 0..approved; false when refused. */
export async function bumpAllocatedQuantity(ex: Executor, lineId: string, delta: number) {
  return (await bumpAllocatedQuantities(ex, new Map([[lineId, delta]]))).has(lineId);
}

/** Devices reserved for (or past reservation on) the lines of a request, live reservations. */
export async function allocationsOfRequest(ex: Executor, requestId: string) {
  return queryRows<{
    line_id: string;
    wave_number: string | number;
    device_id: string;
    asset_tag: string;
    kind: string;
    brand: string | null;
    model: string | null;
    tier: number | null;
    grade: string | null;
    state: string;
    location_name: string | null;
    reserved_at: string | Date;
  }>(
    ex,
    sql`SELECT da.request_line_id AS line_id, w.number AS wave_number, d.id AS device_id,
          d.asset_tag, d.kind, d.brand, d.model, d.spec_tier_number AS tier, d.grade, d.state,
          l.name AS location_name, da.reserved_at
        FROM device_allocations da
        JOIN request_lines rl ON rl.id = da.request_line_id
        JOIN allocation_waves w ON w.id = da.wave_id
        JOIN devices d ON d.id = da.device_id
        LEFT JOIN locations l ON l.id = d.location_id
        WHERE rl.request_id = ${requestId} AND da.released_at IS NULL
        ORDER BY rl.position, d.asset_tag`,
  );
}
