import { closeCount } from '../../db/repositories/stock-counts-repo';
import { findDevice } from '../../db/repositories/devices-repo';
import { canMove } from '../../domain/device/lifecycle';
import { ZStockCountConfirm } from '../../shared/schemas/stock';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { canOnOrganisation } from '../inventory/access';
import { parseInput } from '../inventory/parse-input';
import { saveDeviceChange } from '../inventory/save-device-change';
import { applyTransition } from '../inventory/transition-device';
import { compareStockCount } from './get-stock-count';
import { appendItemEvent } from './ledger';
import { loadCountFor } from './load-count';

/**
 * Confirms a count: every difference becomes a `count_adjust` ledger event with the reason
 * given, in one transaction. Missing devices become `lost`; devices found here but recorded
 * elsewhere move here (lost ones are found first); item quantities are set to what was
 * counted. Devices the actor may not adjust, or in a state that cannot be on a shelf
 * (shipped, handed over…), are listed as unresolved for the bank to look into.
 */
export async function confirmStockCount(ctx: ServiceContext, countId: string, raw: unknown) {
  const { reason } = parseInput(ZStockCountConfirm, raw);
  return ctx.db.transaction(async (tx) => {
    const { count, location } = await loadCountFor(ctx, tx, countId, { lock: true, open: true });
    const view = await compareStockCount(tx, count, location);
    const why = `stock count ${count.id}: ${reason}`;
    const link = { linkedType: 'stock_count', linkedId: count.id };
    const eventIds: number[] = [];
    const unresolved: { deviceId: string; assetTag: string; state: string; why: string }[] = [];
    for (const missing of view.missing) {
      const device = (await findDevice(tx, missing.id, { lock: true }))!;
      const r = await applyTransition(tx, ctx, device, 'lose', {
        reason: why,
        ledgerType: 'count_adjust',
        ...link,
      });
      eventIds.push(r.eventId);
    }
    for (const found of view.unexpected) {
      let device = (await findDevice(tx, found.id, { lock: true }))!;
      const mayAdjust =
        !device.ownerOrganisationId ||
        canOnOrganisation(ctx, 'stock.count', device.ownerOrganisationId);
      if (!mayAdjust || !(device.state === 'lost' || canMove(device.state))) {
        unresolved.push({
          deviceId: device.id,
          assetTag: device.assetTag,
          state: device.state,
          why: mayAdjust ? 'state_not_on_shelf' : 'other_organisation',
        });
        continue;
      }
      if (device.state === 'lost') {
        const r = await applyTransition(tx, ctx, device, 'find', {
          reason: why,
          ledgerType: 'count_adjust',
          ...link,
        });
        eventIds.push(r.eventId);
        device = { ...r.device, ownerOrganisationId: device.ownerOrganisationId };
      }
      if (device.locationId !== location.id) {
        const r = await saveDeviceChange(
          tx,
          ctx,
          device,
          { locationId: location.id, shelfCode: null },
          {
            type: 'count_adjust',
            always: true,
            reason: why,
            ...link,
          },
        );
        eventIds.push(r.eventId!);
      }
    }
    for (const diff of view.comparison.itemDifferences) {
      eventIds.push(
        await appendItemEvent(tx, ctx, {
          type: 'count_adjust',
          itemId: diff.itemId,
          quantity: Math.abs(diff.delta),
          ...(diff.delta > 0 ? { toLocationId: location.id } : { fromLocationId: location.id }),
          reason: why,
          evidence: { recorded: diff.recorded, counted: diff.counted },
          ...link,
        }),
      );
    }
    const result = {
      lost: view.missing.map((d) => d.assetTag),
      moved: view.unexpected
        .filter((d) => !unresolved.some((u) => u.deviceId === d.id))
        .map((d) => d.assetTag),
      items: view.comparison.itemDifferences,
      unresolved,
      unknownCodes: view.unknownCodes,
      eventIds,
    };
    const closed = await closeCount(tx, count.id, {
      status: 'confirmed',
      closedBy: ctx.actor?.userId ?? null,
      closedAt: ctx.now(),
      reason,
      result,
    });
    await recordAudit(tx, ctx, {
      action: 'stock.count_confirm',
      entityType: 'stock_count',
      entityId: count.id,
      after: result,
    });
    return closed;
  });
}
