import type { Executor } from '../../db/connect';
import type { TDeviceRow } from '../../db/repositories/devices-repo';
import {
  addItemQuantity,
  bumpStockLevels,
  insertStockEvents,
  itemQuantity,
  takeItemQuantity,
} from '../../db/repositories/stock-repo';
import { findItem } from '../../db/repositories/items-repo';
import { findLocation } from '../../db/repositories/locations-repo';
import { keyString, type TDeviceStockKey } from '../../domain/stock/projection';
import type { TStockEventType } from '../../shared/inventory';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';

/**
 * The one way stock changes: append a ledger event and update the projection, in the caller's
 * transaction. Services change a device row, then call `appendDeviceEvents` with the row
 * before and after; bulk items go through `appendItemEvent`.
 */

/** The stock key of a device row. */
export function deviceKey(d: TDeviceRow): TDeviceStockKey {
  return {
    locationId: d.locationId,
    kind: d.kind,
    tier: d.specTierNumber,
    grade: d.grade,
    earmarkNetworkId: d.earmarkNetworkId,
    state: d.state,
  };
}

/** What links an event to the record that caused it, and why. */
export interface TEventContext {
  reason?: string | null | undefined;
  linkedType?: string | null | undefined;
  linkedId?: string | null | undefined;
  evidence?: unknown;
}

/** One device change to record. */
export interface TDeviceEventInput extends TEventContext {
  type: TStockEventType;
  /** The row before the change (null for a device that just appeared). */
  previous: TDeviceRow | null;
  /** The row after the change. */
  device: TDeviceRow;
}

/** Appends device events and moves their counts in the projection. Returns the event ids. */
export async function appendDeviceEvents(
  tx: Executor,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  entries: TDeviceEventInput[],
): Promise<number[]> {
  if (!entries.length) return [];
  const at = ctx.now();
  const deltas = new Map<string, { key: TDeviceStockKey; delta: number }>();
  const bump = (key: TDeviceStockKey, delta: number) => {
    const k = keyString(key);
    const entry = deltas.get(k) ?? { key, delta: 0 };
    entry.delta += delta;
    deltas.set(k, entry);
  };
  for (const e of entries) {
    if (e.previous) bump(deviceKey(e.previous), -1);
    bump(deviceKey(e.device), 1);
  }
  // Net deltas per key: a device whose key does not change leaves the counts as they are.
  await bumpStockLevels(tx, [...deltas.values()]);
  return insertStockEvents(
    tx,
    entries.map((e) => ({
      at,
      actorUserId: ctx.actor?.userId ?? null,
      type: e.type,
      deviceId: e.device.id,
      fromLocationId: e.previous?.locationId ?? null,
      toLocationId: e.device.locationId,
      fromState: e.previous?.state ?? null,
      toState: e.device.state,
      deviceKind: e.device.kind,
      tier: e.device.specTierNumber,
      grade: e.device.grade,
      earmarkNetworkId: e.device.earmarkNetworkId,
      reason: e.reason ?? null,
      linkedType: e.linkedType ?? null,
      linkedId: e.linkedId ?? null,
      evidence: e.evidence ?? null,
    })),
  );
}

/** One bulk item movement: a positive quantity leaving `from`, entering `to` (either may be null). */
export interface TItemEventInput extends TEventContext {
  type: TStockEventType;
  itemId: string;
  quantity: number;
  fromLocationId?: string | null | undefined;
  toLocationId?: string | null | undefined;
}

/**
 * Moves a bulk quantity and appends the event. Refuses with 409 `stock.insufficient` when
 * `from` does not hold enough (checked by a conditional UPDATE, safe under concurrency).
 */
export async function appendItemEvent(
  tx: Executor,
  ctx: Pick<ServiceContext, 'actor' | 'now'>,
  e: TItemEventInput,
): Promise<number> {
  if (!Number.isInteger(e.quantity) || e.quantity <= 0) {
    throw new AppError('validation.failed', 'A quantity must be a positive whole number.', {
      fields: [{ path: 'quantity', code: 'quantity_positive' }],
    });
  }
  if (e.fromLocationId) {
    const ok = await takeItemQuantity(tx, e.fromLocationId, e.itemId, e.quantity);
    if (!ok) {
      const [available, item, location] = await Promise.all([
        itemQuantity(tx, e.fromLocationId, e.itemId),
        findItem(tx, e.itemId),
        findLocation(tx, e.fromLocationId),
      ]);
      throw new AppError(
        'stock.insufficient',
        `Only ${available} × ${item?.name ?? e.itemId} at ${location?.name ?? e.fromLocationId}; ${e.quantity} requested. Stock cannot go below zero.`,
        {
          itemId: e.itemId,
          itemCode: item?.code,
          locationId: e.fromLocationId,
          available,
          requested: e.quantity,
        },
      );
    }
  }
  if (e.toLocationId) await addItemQuantity(tx, e.toLocationId, e.itemId, e.quantity);
  const [id] = await insertStockEvents(tx, [
    {
      at: ctx.now(),
      actorUserId: ctx.actor?.userId ?? null,
      type: e.type,
      itemId: e.itemId,
      quantity: e.quantity,
      fromLocationId: e.fromLocationId ?? null,
      toLocationId: e.toLocationId ?? null,
      reason: e.reason ?? null,
      linkedType: e.linkedType ?? null,
      linkedId: e.linkedId ?? null,
      evidence: e.evidence ?? null,
    },
  ]);
  return id!;
}
