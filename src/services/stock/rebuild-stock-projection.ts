import type { Executor } from '../../db/connect';
import {
  devicesOutOfStepWithLedger,
  itemLevelsFromLedger,
  readAllProjection,
  replaceProjection,
  stockLevelsFromLedger,
  type TStockLevelRow,
} from '../../db/repositories/stock-read-repo';
import { diffCounts, keyString, type TCountDifference } from '../../domain/stock/projection';
import type { TDeviceKind, TDeviceState } from '../../shared/inventory';

function levelMap(rows: TStockLevelRow[]) {
  return new Map(
    rows.map((r) => [
      keyString({
        locationId: r.location_id,
        kind: r.kind as TDeviceKind,
        tier: r.tier,
        grade: r.grade,
        earmarkNetworkId: r.earmark_network_id,
        state: r.state as TDeviceState,
      }),
      r.count,
    ]),
  );
}

/** What a rebuild found. */
export interface TRebuildReport {
  deviceDifferences: TCountDifference[];
  itemDifferences: TCountDifference[];
  /** Device rows whose state, location or stock key differs from their latest ledger event. */
  devicesOutOfStep: Awaited<ReturnType<typeof devicesOutOfStepWithLedger>>;
  isConsistent: boolean;
  applied: boolean;
}

/**
 * Recomputes the stock projection from the ledger and compares it with the stored one.
 * With `apply`, replaces the projection by the recomputed one (in the caller's transaction).
 * Keys read "location|kind|tier|grade|earmark|state" ("-" for none) and "location|item".
 */
export async function rebuildStockProjection(
  tx: Executor,
  options: { apply?: boolean } = {},
): Promise<TRebuildReport> {
  const [ledgerLevels, ledgerItems, stored, outOfStep] = await Promise.all([
    stockLevelsFromLedger(tx, {}),
    itemLevelsFromLedger(tx, {}),
    readAllProjection(tx),
    devicesOutOfStepWithLedger(tx),
  ]);
  const itemMap = (rows: { location_id: string; item_id: string; quantity: number }[]) =>
    new Map(rows.map((r) => [`${r.location_id}|${r.item_id}`, r.quantity]));
  const deviceDifferences = diffCounts(levelMap(ledgerLevels), levelMap(stored.levels));
  const itemDifferences = diffCounts(itemMap(ledgerItems), itemMap(stored.items));
  const isConsistent = !deviceDifferences.length && !itemDifferences.length && !outOfStep.length;
  if (options.apply && (deviceDifferences.length || itemDifferences.length)) {
    await replaceProjection(tx);
  }
  return {
    deviceDifferences,
    itemDifferences,
    devicesOutOfStep: outOfStep,
    isConsistent,
    applied: !!options.apply && (deviceDifferences.length > 0 || itemDifferences.length > 0),
  };
}
