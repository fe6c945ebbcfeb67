import { findDevicesByCode } from '../../db/repositories/devices-repo';
import { findItemByCode } from '../../db/repositories/items-repo';
import { upsertScan } from '../../db/repositories/stock-counts-repo';
import { assetTagFromScan } from '../../domain/device/asset-tag';
import { ZStockCountScan } from '../../shared/schemas/stock';
import type { ServiceContext } from '../context';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { loadCountFor } from './load-count';

/**
 * Records one scan of a count, committed on its own so a dropped connection loses at most
 * one scan. Idempotent: the same device scanned twice is one scan; an item scanned again
 * sets its counted quantity. Codes naming nothing are kept as "unknown" for the count report.
 */
export async function scanStockCount(ctx: ServiceContext, countId: string, raw: unknown) {
  const input = parseInput(ZStockCountScan, raw);
  return ctx.db.transaction(async (tx) => {
    const { count, location } = await loadCountFor(ctx, tx, countId, { open: true });
    const base = {
      countId: count.id,
      code: input.code,
      scannedBy: ctx.actor?.userId ?? null,
      scannedAt: ctx.now(),
    };
    const item = await findItemByCode(tx, input.code.toUpperCase());
    if (item) {
      if (input.quantity === undefined)
        throwIfFieldErrors([{ path: 'quantity', code: 'quantity_required' }]);
      const scan = await upsertScan(tx, {
        ...base,
        scanKey: `i:${item.id}`,
        itemId: item.id,
        quantity: input.quantity!,
      });
      return {
        kind: 'item' as const,
        scan,
        item: { id: item.id, code: item.code, name: item.name },
      };
    }
    const devices = await findDevicesByCode(tx, input.code, assetTagFromScan(input.code));
    if (devices.length === 1) {
      const d = devices[0]!;
      const scan = await upsertScan(tx, { ...base, scanKey: `d:${d.id}`, deviceId: d.id });
      return {
        kind: 'device' as const,
        scan,
        device: { id: d.id, assetTag: d.assetTag, kind: d.kind, model: d.model, state: d.state },
        isExpectedHere: d.locationId === location.id,
      };
    }
    const scan = await upsertScan(tx, { ...base, scanKey: `u:${input.code.toUpperCase()}` });
    return { kind: 'unknown' as const, scan, candidates: devices.length };
  });
}
