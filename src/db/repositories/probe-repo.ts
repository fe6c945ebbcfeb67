import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { queryRows } from '../connect';
import { organisations, probeSnapshots, workshopTokens } from '../schema';

/** A workshop token row (hash only). */
export type TWorkshopTokenRow = typeof workshopTokens.$inferSelect;
/** A probe snapshot row. */
export type TProbeSnapshotRow = typeof probeSnapshots.$inferSelect;

/** Inserts a token. */
export async function insertToken(ex: Executor, row: typeof workshopTokens.$inferInsert) {
  const [created] = await ex.insert(workshopTokens).values(row).returning();
  return created!;
}

/** Tokens (without hashes), newest first, optionally of one organisation. */
export async function listTokens(ex: Executor, organisationId?: string) {
  return ex
    .select({
      id: workshopTokens.id,
      organisationId: workshopTokens.organisationId,
      organisationName: organisations.name,
      name: workshopTokens.name,
      createdAt: workshopTokens.createdAt,
      lastUsedAt: workshopTokens.lastUsedAt,
      revokedAt: workshopTokens.revokedAt,
    })
    .from(workshopTokens)
    .innerJoin(organisations, eq(organisations.id, workshopTokens.organisationId))
    .where(organisationId ? eq(workshopTokens.organisationId, organisationId) : undefined)
    .orderBy(desc(workshopTokens.createdAt));
}

/** One token by id. */
export async function findToken(ex: Executor, id: string) {
  const [row] = await ex.select().from(workshopTokens).where(eq(workshopTokens.id, id));
  return row;
}

/** A live (not revoked) token by the hash of its secret. */
export async function findLiveTokenByHash(ex: Executor, tokenHash: string) {
  const [row] = await ex
    .select()
    .from(workshopTokens)
    .where(and(eq(workshopTokens.tokenHash, tokenHash), isNull(workshopTokens.revokedAt)));
  return row;
}

/** Updates a token (revocation, last use). */
export async function updateToken(
  ex: Executor,
  id: string,
  patch: Partial<Pick<TWorkshopTokenRow, 'revokedAt' | 'lastUsedAt'>>,
) {
  await ex.update(workshopTokens).set(patch).where(eq(workshopTokens.id, id));
}

/** Inserts a snapshot. */
export async function insertSnapshot(ex: Executor, row: typeof probeSnapshots.$inferInsert) {
  const [created] = await ex.insert(probeSnapshots).values(row).returning();
  return created!;
}

/** One snapshot; `lock` for attaching. */
export async function findSnapshot(ex: Executor, id: string, options: { lock?: boolean } = {}) {
  const q = ex.select().from(probeSnapshots).where(eq(probeSnapshots.id, id));
  const [row] = options.lock ? await q.for('update') : await q;
  return row;
}

/** Updates a snapshot. */
export async function updateSnapshot(
  ex: Executor,
  id: string,
  patch: Partial<typeof probeSnapshots.$inferInsert>,
) {
  const [row] = await ex
    .update(probeSnapshots)
    .set(patch)
    .where(eq(probeSnapshots.id, id))
    .returning();
  return row!;
}

/** Snapshots newest first, filtered by organisation and status. */
export async function listSnapshots(
  ex: Executor,
  f: {
    organisationId?: string | undefined;
    status?: TProbeSnapshotRow['status'] | undefined;
    limit: number;
  },
) {
  const where: SQL[] = [];
  if (f.organisationId) where.push(eq(probeSnapshots.organisationId, f.organisationId));
  if (f.status) where.push(eq(probeSnapshots.status, f.status));
  return ex
    .select()
    .from(probeSnapshots)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(probeSnapshots.receivedAt))
    .limit(f.limit);
}

/**
 * Devices a snapshot may belong to: same system serial or a drive with one of the serials,
 * at a location of `organisationId` (any location when undefined).
 */
export async function findSnapshotCandidates(
  ex: Executor,
  serials: string[],
  organisationId: string | undefined,
) {
  if (!serials.length) return [];
  const org = organisationId ? sql`AND l.organisation_id = ${organisationId}` : sql``;
  return queryRows<{ id: string; asset_tag: string; state: string }>(
    ex,
    sql`SELECT DISTINCT d.id, d.asset_tag, d.state FROM devices d
        LEFT JOIN locations l ON l.id = d.location_id
        WHERE (d.serial IN ${serials}
               OR d.id IN (SELECT device_id FROM device_drives WHERE serial IN ${serials})) ${org}
        ORDER BY d.asset_tag LIMIT 10`,
  );
}
