import type { TDeviceKind, TDeviceState } from '../../shared/inventory';

/**
 * The stock projection as a pure reducer over ledger events. The database keeps the same
 * projection in `stock_levels` / `item_stock_levels`, updated in the transaction that appends
 * the event; this module states the rule both follow and lets property tests check that
 * applying events one by one equals rebuilding from the whole ledger.
 */

/** The dimensions device stock is counted by. */
export interface TDeviceStockKey {
  locationId: string | null;
  kind: TDeviceKind;
  tier: number | null;
  grade: string | null;
  earmarkNetworkId: string | null;
  state: TDeviceState;
}

/** The part of a ledger event the projection reads. */
export interface TProjectionEvent {
  /** Device events carry the device id and its key after the event. */
  deviceId?: string | null;
  after?: TDeviceStockKey | null;
  /** Item events carry a positive quantity leaving `fromLocationId`, entering `toLocationId`. */
  itemId?: string | null;
  quantity?: number | null;
  fromLocationId?: string | null;
  toLocationId?: string | null;
}

/** Current stock: each device's key, device counts per key, item quantities per location. */
export interface TProjection {
  devices: Map<string, TDeviceStockKey>;
  levels: Map<string, number>;
  items: Map<string, number>;
}

/** Raised when an event would take a quantity below zero. */
export class NegativeStockError extends Error {
  constructor(
    readonly itemId: string,
    readonly locationId: string,
    readonly available: number,
    readonly requested: number,
  ) {
    super(`only ${available} of item ${itemId} at location ${locationId}, ${requested} requested`);
  }
}

/** A stable string for a key (null parts written as "-"). */
export function keyString(k: TDeviceStockKey): string {
  return [k.locationId, k.kind, k.tier, k.grade, k.earmarkNetworkId, k.state]
    .map((v) => (v == null ? '-' : String(v)))
    .join('|');
}

/** The key of an item quantity. */
export function itemKey(locationId: string, itemId: string): string {
  return `${locationId}|${itemId}`;
}

/** An empty projection. */
export function emptyProjection(): TProjection {
  return { devices: new Map(), levels: new Map(), items: new Map() };
}

function bump(map: Map<string, number>, key: string, delta: number) {
  const next = (map.get(key) ?? 0) + delta;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

/**
 * Applies one event in place. Refuses (throws NegativeStockError, leaving the projection
 * unchanged) an item event that would make a quantity negative.
 */
export function applyEvent(p: TProjection, e: TProjectionEvent): void {
  if (e.deviceId) {
    if (!e.after) return;
    const before = p.devices.get(e.deviceId);
    if (before) bump(p.levels, keyString(before), -1);
    p.devices.set(e.deviceId, e.after);
    bump(p.levels, keyString(e.after), 1);
    return;
  }
  if (!e.itemId || !e.quantity || e.quantity <= 0) return;
  if (e.fromLocationId) {
    const key = itemKey(e.fromLocationId, e.itemId);
    const available = p.items.get(key) ?? 0;
    if (available < e.quantity) {
      throw new NegativeStockError(e.itemId, e.fromLocationId, available, e.quantity);
    }
    bump(p.items, key, -e.quantity);
  }
  if (e.toLocationId) bump(p.items, itemKey(e.toLocationId, e.itemId), e.quantity);
}

/**
 * Rebuilds a projection from a whole ledger without checks: a device's key is the key of its
 * last event; an item's quantity is what entered minus what left.
 */
export function rebuildProjection(events: readonly TProjectionEvent[]): TProjection {
  const p = emptyProjection();
  for (const e of events) {
    if (e.deviceId && e.after) p.devices.set(e.deviceId, e.after);
    else if (e.itemId && e.quantity) {
      if (e.fromLocationId) bump(p.items, itemKey(e.fromLocationId, e.itemId), -e.quantity);
      if (e.toLocationId) bump(p.items, itemKey(e.toLocationId, e.itemId), e.quantity);
    }
  }
  for (const key of p.devices.values()) bump(p.levels, keyString(key), 1);
  return p;
}

/** One difference between two count maps. */
export interface TCountDifference {
  key: string;
  expected: number;
  actual: number;
}

/** Differences between an expected and an actual count map (zeros and absences are equal). */
export function diffCounts(
  expected: ReadonlyMap<string, number>,
  actual: ReadonlyMap<string, number>,
): TCountDifference[] {
  const keys = new Set([...expected.keys(), ...actual.keys()]);
  const out: TCountDifference[] = [];
  for (const key of [...keys].sort()) {
    const e = expected.get(key) ?? 0;
    const a = actual.get(key) ?? 0;
    if (e !== a) out.push({ key, expected: e, actual: a });
  }
  return out;
}
