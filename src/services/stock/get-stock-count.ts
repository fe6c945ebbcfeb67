import type { Executor } from '../../db/connect';
import { findDevicesByIds } from '../../db/repositories/devices-repo';
import { readItemLevels } from '../../db/repositories/stock-read-repo';
import {
  devicesAtLocation,
  listScans,
  type TStockCountRow,
} from '../../db/repositories/stock-counts-repo';
import type { TLocationRow } from '../../db/repositories/locations-repo';
import { IN_CUSTODY_STATES } from '../../domain/device/lifecycle';
import { compareCount } from '../../domain/stock/count';
import type { ServiceContext } from '../context';
import { loadCountFor } from './load-count';

/** Compares a count's scans with what the ledger places at its location. */
export async function compareStockCount(
  ex: Executor,
  count: TStockCountRow,
  location: TLocationRow,
) {
  const [scans, expected, items] = await Promise.all([
    listScans(ex, count.id),
    devicesAtLocation(ex, location.id, IN_CUSTODY_STATES),
    readItemLevels(ex, { locationIds: [location.id] }),
  ]);
  const scanned = await findDevicesByIds(
    ex,
    scans.flatMap((s) => (s.deviceId ? [s.deviceId] : [])),
  );
  const comparison = compareCount(
    location.id,
    expected,
    scanned,
    new Map(items.map((i) => [i.item_id, i.quantity])),
    new Map(scans.flatMap((s) => (s.itemId ? [[s.itemId, s.quantity ?? 0] as const] : []))),
  );
  const summary = (d: {
    id: string;
    assetTag: string;
    kind: string;
    model: string | null;
    state: string;
  }) => ({
    id: d.id,
    assetTag: d.assetTag,
    kind: d.kind,
    model: d.model,
    state: d.state,
  });
  const byId = new Map([...expected, ...scanned].map((d) => [d.id, d]));
  return {
    scans,
    comparison,
    missing: comparison.missingDeviceIds.map((id) => summary(byId.get(id)!)),
    unexpected: comparison.unexpectedDeviceIds.map((id) => {
      const d = scanned.find((s) => s.id === id)!;
      return {
        ...summary(d),
        recordedLocationId: d.locationId,
        ownerOrganisationId: d.ownerOrganisationId,
      };
    }),
    unknownCodes: scans.filter((s) => !s.deviceId && !s.itemId).map((s) => s.code),
  };
}

/** A count with its scans and what is missing, unexpected or differs. */
export async function getStockCount(ctx: ServiceContext, countId: string) {
  const { count, location } = await loadCountFor(ctx, ctx.db, countId);
  const view = await compareStockCount(ctx.db, count, location);
  return {
    ...count,
    location: { id: location.id, name: location.name },
    scans: view.scans,
    missing: view.missing,
    unexpected: view.unexpected.map(({ ownerOrganisationId: _o, ...d }) => d),
    present: view.comparison.presentDeviceIds.length,
    itemDifferences: view.comparison.itemDifferences,
    uncountedItemIds: view.comparison.uncountedItemIds,
    unknownCodes: view.unknownCodes,
  };
}
