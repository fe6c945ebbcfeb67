import { findItem } from '../../db/repositories/items-repo';
import { ZItemAdjustInput, ZItemMoveInput, ZItemReceiveInput } from '../../shared/schemas/stock';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { loadLocationFor } from '../inventory/access';
import { parseInput, throwIfFieldErrors } from '../inventory/parse-input';
import { appendItemEvent } from './ledger';

async function requireItem(ctx: ServiceContext, itemId: string) {
  const item = await findItem(ctx.db, itemId);
  if (!item) throwIfFieldErrors([{ path: 'itemId', code: 'item_unknown' }]);
  return item!;
}

/** Bulk items (chargers, SIM cards, spare parts…) arriving at a location: a `receive` event. */
export async function receiveItems(ctx: ServiceContext, raw: unknown) {
  const input = parseInput(ZItemReceiveInput, raw);
  await requireItem(ctx, input.itemId);
  return ctx.db.transaction(async (tx) => {
    const location = await loadLocationFor(ctx, tx, input.locationId, 'stock.adjust');
    const eventId = await appendItemEvent(tx, ctx, {
      type: 'receive',
      itemId: input.itemId,
      quantity: input.quantity,
      toLocationId: location.id,
      reason: input.reason,
    });
    await recordAudit(tx, ctx, {
      action: 'stock.item_receive',
      entityType: 'location',
      entityId: location.id,
      after: input,
    });
    return { eventId };
  });
}

/**
 * Corrects a bulk quantity with a reason: an `adjust` event in (positive) or out (negative).
 * A correction that would go below zero is refused (409 `stock.insufficient`).
 */
export async function adjustItemStock(ctx: ServiceContext, raw: unknown) {
  const input = parseInput(ZItemAdjustInput, raw);
  await requireItem(ctx, input.itemId);
  return ctx.db.transaction(async (tx) => {
    const location = await loadLocationFor(ctx, tx, input.locationId, 'stock.adjust');
    const eventId = await appendItemEvent(tx, ctx, {
      type: 'adjust',
      itemId: input.itemId,
      quantity: Math.abs(input.delta),
      ...(input.delta > 0 ? { toLocationId: location.id } : { fromLocationId: location.id }),
      reason: input.reason,
    });
    await recordAudit(tx, ctx, {
      action: 'stock.item_adjust',
      entityType: 'location',
      entityId: location.id,
      after: input,
    });
    return { eventId };
  });
}

/** Bulk items moving between two locations the actor may act on: one `move` event. */
export async function moveItems(ctx: ServiceContext, raw: unknown) {
  const input = parseInput(ZItemMoveInput, raw);
  await requireItem(ctx, input.itemId);
  if (input.fromLocationId === input.toLocationId) {
    throwIfFieldErrors([{ path: 'toLocationId', code: 'same_location' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const from = await loadLocationFor(ctx, tx, input.fromLocationId, 'stock.adjust');
    const to = await loadLocationFor(ctx, tx, input.toLocationId, 'stock.adjust');
    const eventId = await appendItemEvent(tx, ctx, {
      type: 'move',
      itemId: input.itemId,
      quantity: input.quantity,
      fromLocationId: from.id,
      toLocationId: to.id,
      reason: input.reason,
    });
    await recordAudit(tx, ctx, {
      action: 'stock.item_move',
      entityType: 'location',
      entityId: from.id,
      after: input,
    });
    return { eventId };
  });
}
