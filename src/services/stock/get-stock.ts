import { findItemsByIds } from '../../db/repositories/items-repo';
import { listLocations } from '../../db/repositories/locations-repo';
import {
  itemLevelsFromLedger,
  readItemLevels,
  readStockLevels,
  stockLevelsFromLedger,
} from '../../db/repositories/stock-read-repo';
import type { TStockQuery } from '../../shared/schemas/stock';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from '../inventory/access';

/**
 * Stock per location, kind, tier, grade, earmark and state, plus bulk item quantities. Now:
 * read from the projection; `asOf` a past date: computed from the ledger. Workshop operators
 * see their own organisation's locations only.
 */
export async function getStock(ctx: ServiceContext, q: TStockQuery) {
  const organisationId = ownOrganisationFilter(ctx, 'stock.read');
  const locations = await listLocations(ctx.db, { organisationId, includeInactive: true });
  const visible = new Set(locations.map((l) => l.id));
  let locationIds: string[] | undefined = organisationId ? [...visible] : undefined;
  if (q.locationId)
    locationIds = !organisationId || visible.has(q.locationId) ? [q.locationId] : [];
  const filter = {
    locationIds,
    kind: q.kind,
    state: q.state,
    tier: q.tier,
    grade: q.grade,
    earmarkNetworkId: q.earmark,
  };
  const [devices, items] = q.asOf
    ? await Promise.all([
        stockLevelsFromLedger(ctx.db, { ...filter, asOf: q.asOf }),
        itemLevelsFromLedger(ctx.db, { locationIds, asOf: q.asOf }),
      ])
    : await Promise.all([readStockLevels(ctx.db, filter), readItemLevels(ctx.db, { locationIds })]);
  // Organisations without locations (expected devices) have no location: bank staff only.
  const shownDevices = organisationId
    ? devices.filter((d) => d.location_id && visible.has(d.location_id))
    : devices;
  const names = new Map(locations.map((l) => [l.id, l.name]));
  const catalogue = new Map(
    (await findItemsByIds(ctx.db, [...new Set(items.map((i) => i.item_id))])).map((i) => [i.id, i]),
  );
  return {
    asOf: q.asOf ?? null,
    source: q.asOf ? ('ledger' as const) : ('projection' as const),
    devices: shownDevices.map((d) => ({
      locationId: d.location_id,
      locationName: d.location_id ? (names.get(d.location_id) ?? null) : null,
      kind: d.kind,
      tier: d.tier,
      grade: d.grade,
      earmarkNetworkId: d.earmark_network_id,
      state: d.state,
      count: d.count,
    })),
    items: items.map((i) => ({
      locationId: i.location_id,
      locationName: names.get(i.location_id) ?? null,
      itemId: i.item_id,
      itemCode: catalogue.get(i.item_id)?.code ?? null,
      itemName: catalogue.get(i.item_id)?.name ?? null,
      quantity: i.quantity,
    })),
  };
}
