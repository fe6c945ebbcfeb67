import { findOpenCount, insertCount } from '../../db/repositories/stock-counts-repo';
import { AppError } from '../../shared/app-error';
import { ZStockCountStart } from '../../shared/schemas/stock';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadLocationFor } from '../inventory/access';
import { parseInput } from '../inventory/parse-input';

/** Starts a stock count (audit) of a location; one open count per location at a time. */
export async function startStockCount(ctx: ServiceContext, raw: unknown) {
  const input = parseInput(ZStockCountStart, raw);
  return ctx.db.transaction(async (tx) => {
    const location = await loadLocationFor(ctx, tx, input.locationId, 'stock.count');
    const open = await findOpenCount(tx, location.id);
    if (open) {
      throw new AppError('conflict', `A count of ${location.name} is already open.`, {
        countId: open.id,
      });
    }
    const count = await insertCount(tx, {
      locationId: location.id,
      startedBy: ctx.actor?.userId ?? null,
      startedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'stock.count_start',
      entityType: 'stock_count',
      entityId: count.id,
      after: count,
    });
    return count;
  });
}
