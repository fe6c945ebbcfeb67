import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connect';
import { auditEvents, users } from '../schema';

/** A row to append to the audit trail. */
export interface TAuditInsert {
  actorUserId: string | null;
  actorMembershipId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  at: Date;
}

/** Appends one audit event (call it inside the business transaction). */
export async function insertAuditEvent(ex: Executor, row: TAuditInsert): Promise<void> {
  await ex.insert(auditEvents).values({
    ...row,
    before: row.before ?? null,
    after: row.after ?? null,
  });
}

/** Filters admins use to browse the trail. */
export interface TAuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actorUserId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset pagination: events older than this id. */
  beforeId?: number | undefined;
  limit: number;
}

/** Lists audit events newest first, with the actor's e-mail. */
export async function listAuditEvents(ex: Executor, f: TAuditFilter) {
  const where: SQL[] = [];
  if (f.entityType) where.push(eq(auditEvents.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditEvents.entityId, f.entityId));
  if (f.action) where.push(sql`${auditEvents.action} LIKE ${f.action + '%'}`);
  if (f.actorUserId) where.push(eq(auditEvents.actorUserId, f.actorUserId));
  if (f.from) where.push(gte(auditEvents.at, f.from));
  if (f.to) where.push(lte(auditEvents.at, f.to));
  if (f.beforeId) where.push(lt(auditEvents.id, f.beforeId));
  return ex
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      before: auditEvents.before,
      after: auditEvents.after,
      requestId: auditEvents.requestId,
      actorUserId: auditEvents.actorUserId,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(f.limit);
}
