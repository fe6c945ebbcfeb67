import type { Executor } from '../../db/connect';
import { findCount } from '../../db/repositories/stock-counts-repo';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { loadLocationFor } from '../inventory/access';

/** A count the actor may work on (404 otherwise), with its location. */
export async function loadCountFor(
  ctx: ServiceContext,
  ex: Executor,
  id: string,
  options: { lock?: boolean; open?: boolean } = {},
) {
  const count = await findCount(ex, id, options);
  if (!count) throw new AppError('not_found', 'Unknown stock count.', { countId: id });
  const location = await loadLocationFor(ctx, ex, count.locationId, 'stock.count').catch(() => {
    throw new AppError('not_found', 'Unknown stock count.', { countId: id });
  });
  if (options.open && count.status !== 'open') {
    throw new AppError('state.invalid', `This count is already ${count.status}.`, {
      status: count.status,
    });
  }
  return { count, location };
}
