import { listAuditEvents, type TAuditFilter } from '../../db/repositories/audit-repo';
import type { ServiceContext } from '../context';

/** Audit events newest first, with a cursor for the next page (admins). */
export async function listAudit(
  ctx: ServiceContext,
  filter: Omit<TAuditFilter, 'limit'> & { limit?: number },
) {
  const limit = filter.limit ?? 50;
  const items = await listAuditEvents(ctx.db, { ...filter, limit });
  return { items, nextBeforeId: items.length === limit ? items[items.length - 1]!.id : null };
}
