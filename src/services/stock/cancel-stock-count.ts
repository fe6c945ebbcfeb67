import { closeCount } from '../../db/repositories/stock-counts-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadCountFor } from './load-count';

/** Cancels an open count; nothing is adjusted. */
export async function cancelStockCount(ctx: ServiceContext, countId: string) {
  return ctx.db.transaction(async (tx) => {
    const { count } = await loadCountFor(ctx, tx, countId, { lock: true, open: true });
    const closed = await closeCount(tx, count.id, {
      status: 'cancelled',
      closedBy: ctx.actor?.userId ?? null,
      closedAt: ctx.now(),
      reason: null,
      result: null,
    });
    await recordAudit(tx, ctx, {
      action: 'stock.count_cancel',
      entityType: 'stock_count',
      entityId: count.id,
    });
    return closed;
  });
}
