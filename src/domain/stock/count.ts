/**
 * Stock counts (audits): compare what the ledger says is at a location with what was scanned
 * there, device by device and item by item.
 */

/** A device the ledger places somewhere, as the count sees it. */
export interface TCountDevice {
  id: string;
  locationId: string | null;
  state: string;
}

/** What a count found. */
export interface TCountComparison {
  /** Expected at the location, not scanned. */
  missingDeviceIds: string[];
  /** Scanned here but placed elsewhere (or lost) by the ledger. */
  unexpectedDeviceIds: string[];
  /** Scanned and where expected. */
  presentDeviceIds: string[];
  /** Items whose counted quantity differs: delta = counted − recorded. */
  itemDifferences: { itemId: string; recorded: number; counted: number; delta: number }[];
  /** Items recorded at the location but not counted (left unchanged at confirmation). */
  uncountedItemIds: string[];
}

/**
 * Compares the expected devices (those the ledger places at the location in a custody state)
 * and recorded item quantities with the scans.
 */
export function compareCount(
  locationId: string,
  expected: readonly TCountDevice[],
  scannedDevices: readonly TCountDevice[],
  recordedItems: ReadonlyMap<string, number>,
  countedItems: ReadonlyMap<string, number>,
): TCountComparison {
  const scannedIds = new Set(scannedDevices.map((d) => d.id));
  const expectedIds = new Set(expected.map((d) => d.id));
  const itemIds = new Set(countedItems.keys());
  return {
    missingDeviceIds: expected.filter((d) => !scannedIds.has(d.id)).map((d) => d.id),
    unexpectedDeviceIds: scannedDevices
      .filter((d) => !expectedIds.has(d.id) || d.locationId !== locationId)
      .map((d) => d.id),
    presentDeviceIds: scannedDevices.filter((d) => expectedIds.has(d.id)).map((d) => d.id),
    itemDifferences: [...itemIds]
      .map((itemId) => {
        const recorded = recordedItems.get(itemId) ?? 0;
        const counted = countedItems.get(itemId) ?? 0;
        return { itemId, recorded, counted, delta: counted - recorded };
      })
      .filter((d) => d.delta !== 0),
    uncountedItemIds: [...recordedItems.entries()]
      .filter(([itemId, qty]) => qty > 0 && !itemIds.has(itemId))
      .map(([itemId]) => itemId),
  };
}
