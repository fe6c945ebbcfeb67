import type { TDeviceKind, TItemCategory } from '../../shared/inventory';
import type { TItemInput, TLocationInput, TSpecTierInput } from '../../shared/schemas/stock';
import { http } from './client';
import type { TLocation } from './inventory';

/** A bulk item of the catalogue (chargers, SIM cards, spare parts…). */
export interface TItem {
  id: string;
  code: string;
  name: string;
  category: TItemCategory;
  unit: string;
  isActive: boolean;
  createdAt: string;
}

/** One version of a spec tier. */
export interface TSpecTier {
  id: string;
  number: number;
  name: string;
  kind: TDeviceKind;
  minRamMb: number | null;
  minStorageGb: number | null;
  storageType: 'ssd' | 'any';
  minBatteryPct: number | null;
  minScreenInches: number | null;
  version: number;
  isActive: boolean;
  createdAt: string;
}

export const listAllLocations = () =>
  http.get<TLocation[]>('/api/locations', { includeInactive: true });
export const createLocation = (body: TLocationInput) =>
  http.post<TLocation>('/api/locations', body);
export const updateLocation = (id: string, body: TLocationInput) =>
  http.put<TLocation>(`/api/locations/${id}`, body);

export const listItems = (includeInactive = true) =>
  http.get<TItem[]>('/api/items', { includeInactive });
export const createItem = (body: TItemInput) => http.post<TItem>('/api/items', body);
export const updateItem = (id: string, body: TItemInput) =>
  http.put<TItem>(`/api/items/${id}`, body);

/** Every version of every tier (active ones first in the page's grouping). */
export const listSpecTierHistory = () =>
  http.get<TSpecTier[]>('/api/spec-tiers', { history: true });
export const createSpecTier = (body: TSpecTierInput) =>
  http.post<TSpecTier>('/api/spec-tiers', body);
export const updateSpecTier = (id: string, body: TSpecTierInput) =>
  http.put<TSpecTier>(`/api/spec-tiers/${id}`, body);
export const retireSpecTier = (id: string) => http.delete<unknown>(`/api/spec-tiers/${id}`);
