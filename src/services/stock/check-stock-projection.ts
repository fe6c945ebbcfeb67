import type { ServiceContext } from '../context';
import { rebuildStockProjection } from './rebuild-stock-projection';

/** Admins: compares the stored projection with a rebuild from the ledger (changes nothing). */
export async function checkStockProjection(ctx: ServiceContext) {
  return rebuildStockProjection(ctx.db, { apply: false });
}
