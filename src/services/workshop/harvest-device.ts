import { findItemsByIds } from '../../db/repositories/items-repo';
import { ZHarvestInput, type THarvestInput } from '../../shared/schemas/workshop';
import type { ServiceContext } from '../context';
import { loadDeviceFor } from '../inventory/access';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { applyTransition } from '../inventory/transition-device';
import { appendItemEvent } from '../stock/ledger';

/**
 * A device that failed goes to `parts`: its usable components are stocked as bulk items at
 * its location (one `harvest_part` event each), in the transaction of the transition. The
 * lifecycle refuses it while a drive holds data.
 */
export async function harvestDevice(ctx: ServiceContext, deviceId: string, raw: THarvestInput) {
  const input = parseInput(ZHarvestInput, raw);
  return ctx.db.transaction(async (tx) => {
    const device = await loadDeviceFor(ctx, tx, deviceId, 'device.transition', { lock: true });
    const known = new Set(
      (
        await findItemsByIds(
          tx,
          input.harvested.map((h) => h.itemId),
        )
      ).map((i) => i.id),
    );
    throwIfFieldErrors(
      input.harvested.flatMap((h, i) =>
        known.has(h.itemId) ? [] : [{ path: `harvested.${i}.itemId`, code: 'item_unknown' }],
      ),
    );
    const { device: updated, eventId } = await applyTransition(tx, ctx, device, 'harvest', {
      reason: input.reason,
    });
    const partEventIds: number[] = [];
    for (const h of input.harvested) {
      partEventIds.push(
        await appendItemEvent(tx, ctx, {
          type: 'harvest_part',
          itemId: h.itemId,
          quantity: h.quantity,
          toLocationId: device.locationId,
          linkedType: 'device',
          linkedId: device.id,
          reason: input.reason,
        }),
      );
    }
    return {
      id: updated.id,
      assetTag: updated.assetTag,
      state: updated.state,
      eventId,
      partEventIds,
    };
  });
}
