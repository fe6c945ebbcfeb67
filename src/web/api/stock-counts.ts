import { http } from './client';

/** A device as a count lists it. */
export interface TCountDevice {
  id: string;
  assetTag: string;
  kind: string;
  model: string | null;
  state: string;
  recordedLocationId?: string | null;
}

/** One scan of a count. */
export interface TCountScan {
  id: string;
  code: string;
  deviceId: string | null;
  itemId: string | null;
  quantity: number | null;
  scannedAt: string;
}

/** What confirmation changed. */
export interface TCountResult {
  lost: string[];
  moved: string[];
  items: { itemId: string; recorded: number; counted: number; delta: number }[];
  unresolved: { deviceId: string; assetTag: string; state: string; why: string }[];
  unknownCodes: string[];
  eventIds: number[];
}

/** A count with its live comparison. */
export interface TStockCount {
  id: string;
  locationId: string;
  status: 'open' | 'confirmed' | 'cancelled';
  startedAt: string;
  closedAt: string | null;
  reason: string | null;
  result: TCountResult | null;
  location: { id: string; name: string };
  scans: TCountScan[];
  missing: TCountDevice[];
  unexpected: TCountDevice[];
  present: number;
  itemDifferences: { itemId: string; recorded: number; counted: number; delta: number }[];
  uncountedItemIds: string[];
  unknownCodes: string[];
}

/** The answer to one scan. */
export type TCountScanAnswer =
  | { kind: 'device'; device: TCountDevice; isExpectedHere: boolean }
  | { kind: 'item'; item: { id: string; code: string; name: string }; scan: TCountScan }
  | { kind: 'unknown'; candidates: number };

export const startStockCount = (locationId: string) =>
  http.post<{ id: string }>('/api/stock-counts', { locationId });
export const getStockCount = (id: string) => http.get<TStockCount>(`/api/stock-counts/${id}`);
export const scanStockCount = (id: string, body: { code: string; quantity?: number }) =>
  http.post<TCountScanAnswer>(`/api/stock-counts/${id}/scans`, body);
export const confirmStockCount = (id: string, reason: string) =>
  http.post<unknown>(`/api/stock-counts/${id}/confirm`, { reason });
export const cancelStockCount = (id: string) =>
  http.post<unknown>(`/api/stock-counts/${id}/cancel`, {});

/** A count in the list of recent counts, with what its confirmation changed. */
export interface TStockCountSummary {
  id: string;
  status: 'open' | 'confirmed' | 'cancelled';
  startedAt: string;
  closedAt: string | null;
  reason: string | null;
  locationId: string;
  locationName: string;
  startedByName: string | null;
  scans: number;
  changes: { lost: number; moved: number; items: number; unresolved: number } | null;
}

/** The 50 latest counts the actor may see, newest first. */
export const listStockCounts = () => http.get<TStockCountSummary[]>('/api/stock-counts');
