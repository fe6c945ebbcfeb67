import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { requestEvents, requestLineBeneficiaries, requestLines, requests, users } from '../schema';
import type { TNeedKind } from '../../shared/needs-enums';
import type { TRequestQuery } from '../../shared/schemas/requests';

/** A request row. */
export type TRequestRow = typeof requests.$inferSelect;
/** A request line row. */
export type TRequestLineRow = typeof requestLines.$inferSelect;

/** Inserts a request. */
export async function insertRequest(ex: Executor, row: typeof requests.$inferInsert) {
  const [created] = await ex.insert(requests).values(row).returning();
  return created!;
}

/** Updates a request. */
export async function updateRequestRow(
  ex: Executor,
  id: string,
  patch: Partial<typeof requests.$inferInsert>,
) {
  const [row] = await ex.update(requests).set(patch).where(eq(requests.id, id)).returning();
  return row!;
}

/** Reads one request; `forUpdate` locks it for the rest of the transaction. */
export async function findRequest(ex: Executor, id: string, forUpdate = false) {
  const query = ex.select().from(requests).where(eq(requests.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** A line to write, with the beneficiaries it equips. */
export interface TLineWrite {
  kind: TNeedKind;
  quantity: number;
  minTier: number | null;
  beneficiaryIds: string[];
}

/** Replaces a request's lines (drafts and requests waiting for information only). */
export async function replaceLines(ex: Executor, requestId: string, lines: TLineWrite[]) {
  await ex.delete(requestLines).where(eq(requestLines.requestId, requestId));
  const rows = lines.map((l, i) => ({
    id: randomUUID(),
    requestId,
    position: i,
    kind: l.kind,
    quantity: l.quantity,
    minTier: l.minTier,
  }));
  if (rows.length) await ex.insert(requestLines).values(rows);
  const links = rows.flatMap((r, i) =>
    lines[i]!.beneficiaryIds.map((beneficiaryId) => ({ lineId: r.id, beneficiaryId })),
  );
  if (links.length) await ex.insert(requestLineBeneficiaries).values(links);
}

/** Lines of requests, in order. */
export async function listLines(ex: Executor, requestIds: string[]): Promise<TRequestLineRow[]> {
  if (!requestIds.length) return [];
  return ex
    .select()
    .from(requestLines)
    .where(inArray(requestLines.requestId, requestIds))
    .orderBy(asc(requestLines.requestId), asc(requestLines.position));
}

/** Beneficiary links of lines. */
export async function listLinks(ex: Executor, lineIds: string[]) {
  if (!lineIds.length) return [];
  return ex
    .select()
    .from(requestLineBeneficiaries)
    .where(inArray(requestLineBeneficiaries.lineId, lineIds));
}

/** Updates one line (decision, weight override). */
export async function updateLine(
  ex: Executor,
  id: string,
  patch: Partial<typeof requestLines.$inferInsert>,
) {
  const [row] = await ex.update(requestLines).set(patch).where(eq(requestLines.id, id)).returning();
  return row;
}

/** Appends an entry to a request's human history. */
export async function insertRequestEvent(ex: Executor, row: typeof requestEvents.$inferInsert) {
  await ex.insert(requestEvents).values(row);
}

/** Appends many entries at once (a wave touching a thousand requests). */
export async function insertRequestEvents(
  ex: Executor,
  rows: (typeof requestEvents.$inferInsert)[],
) {
  for (let i = 0; i < rows.length; i += 500) {
    await ex.insert(requestEvents).values(rows.slice(i, i + 500));
  }
}

/** A request's history, oldest first, with who acted. */
export async function listRequestEvents(ex: Executor, requestId: string) {
  return ex
    .select({
      id: requestEvents.id,
      at: requestEvents.at,
      kind: requestEvents.kind,
      fromStatus: requestEvents.fromStatus,
      toStatus: requestEvents.toStatus,
      message: requestEvents.message,
      data: requestEvents.data,
      actorUserId: requestEvents.actorUserId,
      actorName: users.displayName,
    })
    .from(requestEvents)
    .leftJoin(users, eq(users.id, requestEvents.actorUserId))
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
}

/** Lists requests (a structure's, or all for the bank), latest first. */
export async function searchRequests(ex: Executor, q: TRequestQuery) {
  const where: SQL[] = [];
  if (q.structureId) where.push(eq(requests.structureId, q.structureId));
  if (q.campaignId) where.push(eq(requests.campaignId, q.campaignId));
  if (q.status) where.push(eq(requests.status, q.status));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    ex
      .select()
      .from(requests)
      .where(condition)
      .orderBy(desc(requests.createdAt), desc(requests.number))
      .limit(q.limit)
      .offset(q.offset),
    ex.select({ n: count() }).from(requests).where(condition),
  ]);
  return { rows, total: total?.n ?? 0 };
}
