import type { Executor } from '../../db/connect';
import { insertAuditEvent } from '../../db/repositories/audit-repo';
import type { ServiceContext } from '../context';

/** What changed, for the audit trail. Secrets (password hashes, tokens) must never be passed. */
export interface TAuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Records who did what, with the state before and after, in the caller's transaction so the
 * trail and the change commit or roll back together.
 */
export async function recordAudit(
  tx: Executor,
  ctx: Pick<ServiceContext, 'actor' | 'requestId' | 'now'>,
  change: TAuditChange,
): Promise<void> {
  await insertAuditEvent(tx, {
    actorUserId: ctx.actor?.userId ?? null,
    actorMembershipId: ctx.actor?.membershipId ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    requestId: ctx.requestId ?? null,
    at: ctx.now(),
  });
}
