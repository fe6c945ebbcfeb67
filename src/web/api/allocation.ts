import type {
  TWaveChange,
  TWaveDemandMeta,
  TWaveOptions,
  TWaveSummary,
} from '../../domain/allocation-wave';
import type { TWaveStatus } from '../../shared/allocation';
import type { TWaveRunInput } from '../../shared/schemas/allocation';
import { http, type TQuery } from './client';

/** A wave in the list. */
export interface TWaveListItem {
  id: string;
  number: number;
  reference: string;
  campaignId: string;
  campaignName: string;
  status: TWaveStatus;
  whatIf: boolean;
  demanded: number;
  served: number;
  objective: { weightedUnits: number; distanceKm: number };
  ranAt: string;
  createdAt: string;
  confirmedAt: string | null;
  cancelledAt: string | null;
}

/** A change since the run, named. */
export interface TWaveChangeView extends TWaveChange {
  locationName?: string;
  kind?: string;
  tier?: number;
  earmarkName?: string | null;
  requestId?: string;
  requestNumber?: number;
  position?: number;
  structureName?: string;
}

/** One wave with its proposal. */
export interface TWave {
  id: string;
  number: number;
  reference: string;
  campaignId: string;
  campaignName: string;
  status: TWaveStatus;
  options: TWaveOptions;
  whatIf: boolean;
  ranAt: string;
  createdAt: string;
  confirmedAt: string | null;
  cancelledAt: string | null;
  objective: { weightedUnits: number; distanceKm: number };
  excluded: TWaveDemandMeta[];
  networks: Record<string, string>;
  summary: TWaveSummary;
  changes: TWaveChangeView[];
}

/** What a wave is chosen from. */
export interface TWaveChoices {
  campaigns: { id: string; name: string; status: string }[];
  demand: {
    lines: number;
    units: number;
    networks: { id: string; name: string; units: number; lines: number }[];
    departements: { code: string; units: number }[];
    urgencies: { urgency: string; units: number }[];
    kinds: { kind: string; units: number }[];
  };
  stock: {
    units: number;
    locations: {
      id: string;
      name: string;
      code: string | null;
      departementCode: string | null;
      byKind: Record<string, number>;
      units: number;
    }[];
    kinds: { kind: string; units: number }[];
    tiers: { tier: number; units: number }[];
  };
}

/** A device reserved for a request. */
export interface TRequestAllocation {
  lineId: string;
  wave: string;
  deviceId: string;
  assetTag: string;
  kind: string;
  brand: string | null;
  model: string | null;
  tier: number | null;
  grade: string | null;
  state: string;
  locationName: string | null;
  reservedAt: string;
}

export const allocationKeys = {
  all: ['allocation'] as const,
  choices: (campaignId: string | null) => ['allocation', 'choices', campaignId] as const,
  waves: (query: object) => ['allocation', 'waves', query] as const,
  wave: (id: string) => ['allocation', 'wave', id] as const,
  requestAllocations: (requestId: string) => ['allocation', 'request', requestId] as const,
};

export const getWaveChoices = (campaignId: string | null) =>
  http.get<TWaveChoices>('/api/allocation/options', { campaignId });
export const listWaves = (query: TQuery) =>
  http.get<{ items: TWaveListItem[]; total: number }>('/api/allocation/waves', query);
export const getWave = (id: string) => http.get<TWave>(`/api/allocation/waves/${id}`);
export const createWave = (input: TWaveRunInput) =>
  http.post<TWave>('/api/allocation/waves', input);
export const rerunWave = (id: string, input: TWaveRunInput) =>
  http.post<TWave>(`/api/allocation/waves/${id}/run`, input);
export const confirmWave = (id: string) =>
  http.post<{ reservedUnits: number; lines: number }>(`/api/allocation/waves/${id}/confirm`);
export const cancelWave = (id: string, reason: string | null) =>
  http.post<{ releasedUnits: number }>(`/api/allocation/waves/${id}/cancel`, { reason });
export const waveDocumentUrl = (id: string, which: 'problem' | 'plan') =>
  `/api/allocation/waves/${id}/${which}.json`;
export const getRequestAllocations = (requestId: string) =>
  http.get<{ items: TRequestAllocation[] }>(`/api/requests/${requestId}/allocations`);
