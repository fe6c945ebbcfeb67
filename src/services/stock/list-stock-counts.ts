import { listRecentCounts } from '../../db/repositories/stock-counts-repo';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from '../inventory/access';

/** How many counts the list shows (the audit trail and the ledger keep every one). */
const RECENT_COUNTS = 50;

interface TCountResult {
  lost?: unknown[];
  moved?: unknown[];
  items?: unknown[];
  unresolved?: unknown[];
}

/**
 * The latest stock counts the actor may see (bank staff: every location; a workshop: its own
 * organisation's), newest first, each with what its confirmation changed: devices written off
 * as lost, devices moved here, item quantities corrected, differences left unresolved.
 */
export async function listStockCounts(ctx: ServiceContext, filter: { locationId?: string } = {}) {
  const rows = await listRecentCounts(ctx.db, {
    organisationId: ownOrganisationFilter(ctx, 'stock.count'),
    locationId: filter.locationId,
    limit: RECENT_COUNTS,
  });
  return rows.map(({ result, ...row }) => {
    const r = (result ?? {}) as TCountResult;
    return {
      ...row,
      changes:
        row.status === 'confirmed'
          ? {
              lost: r.lost?.length ?? 0,
              moved: r.moved?.length ?? 0,
              items: r.items?.length ?? 0,
              unresolved: r.unresolved?.length ?? 0,
            }
          : null,
    };
  });
}
