import type {
  TAppearanceGrade,
  TDeviceKind,
  TDeviceState,
  TDriveType,
  TErasureMethod,
  TErasureResult,
  TErasureStandard,
  TFunctionGrade,
  TLocationKind,
  TOriginType,
  TStepResult,
  TWorkshopStep,
} from '../../shared/inventory';
import type {
  CLIENT_DEVICE_EVENTS,
  TErasureInputBody,
  TGradeInput,
  TWorkshopStepInput,
} from '../../shared/schemas/workshop';
import { ApiError, apiErrorFromBody } from '../lib/api-error';
import { fetchSession } from './auth';
import { http, type TQuery } from './client';

/** A lifecycle event the API accepts. */
export type TDeviceEventName = (typeof CLIENT_DEVICE_EVENTS)[number];

/** A stock location. */
export interface TLocation {
  id: string;
  organisationId: string;
  organisationName?: string;
  name: string;
  kind: TLocationKind;
  code: string | null;
  shelfCodes: string[];
  departementCode: string | null;
  lat: number | null;
  lon: number | null;
  isActive: boolean;
}

/** A device as lists show it. */
export interface TDeviceSummary {
  id: string;
  assetTag: string;
  serial: string | null;
  donorAssetTag: string | null;
  kind: TDeviceKind;
  brand: string | null;
  model: string | null;
  state: TDeviceState;
  locationId: string | null;
  locationName?: string | null;
  grade: TAppearanceGrade | null;
  specTierNumber: number | null;
  updatedAt: string;
}

/** One erasure recorded on a drive. */
export interface TErasure {
  id: string;
  driveId: string;
  method: TErasureMethod;
  standard: TErasureStandard;
  tool: string;
  toolVersion: string | null;
  passes: number | null;
  startedAt: string;
  endedAt: string;
  result: TErasureResult;
  toolReportRef: string | null;
  operatorName: string | null;
}

/** A drive of a device with its erasures. */
export interface TDrive {
  id: string;
  serial: string | null;
  name: string | null;
  position: number;
  type: TDriveType;
  sizeGb: number | null;
  model: string | null;
  label: string;
  isCleared: boolean;
  erasures: TErasure[];
}

/** A workshop step as the device page shows it. */
export interface TStep {
  id: string;
  step: TWorkshopStep;
  result: TStepResult;
  at: string;
  minutesSpent: number | null;
  notes: string | null;
  operatorName: string | null;
}

/** Everything the device page shows. */
export interface TDevice extends TDeviceSummary {
  cpu: string | null;
  ramMb: number | null;
  storageType: TDriveType | null;
  storageGb: number | null;
  screenInches: number | null;
  batteryHealthPct: number | null;
  osName: string | null;
  osLicenceRef: string | null;
  accessories: string[];
  originType: TOriginType;
  originId: string | null;
  donorOrganisationId: string | null;
  funderOrganisationId: string | null;
  shelfCode: string | null;
  appearanceGrade: TAppearanceGrade | null;
  functionGrade: TFunctionGrade | null;
  notes: string | null;
  createdAt: string;
  location: { id: string; name: string; organisationId: string } | null;
  drives: TDrive[];
  steps: TStep[];
  allowedEvents: TDeviceEventName[];
  readyCheck: { isSatisfied: boolean; missing: string[] };
  /** Latest handover (bank staff only; null otherwise or when never handed over). */
  handover: {
    structureId: string;
    structureName: string;
    beneficiaryReference: string;
    form: 'gift' | 'loan' | 'sale';
    handedOverOn: string;
    returnDueOn: string | null;
    returnedAt: string | null;
  } | null;
  batteryBand: 'good' | 'fair' | 'weak' | null;
  qualification: {
    tier: { number: number; name: string } | null;
    nextTier: { number: number; name: string } | null;
    reasonsForNext: unknown[];
  };
  qrContent: string;
}

/** One line of a device's history. */
export interface THistoryEntry {
  at: string;
  source: 'ledger' | 'step' | 'erasure';
  type: string;
  actor: { id: string | null; name: string | null };
  details: Record<string, unknown>;
}

/** A device waiting in the workshop. */
export interface TQueueItem {
  id: string;
  assetTag: string;
  kind: TDeviceKind;
  brand: string | null;
  model: string | null;
  serial: string | null;
  state: TDeviceState;
  locationId: string | null;
  locationName: string | null;
  updatedAt: string;
  drives: { total: number; cleared: number };
  isGraded: boolean;
  stage: TQueueStage;
}
export const QUEUE_STAGES = [
  'diagnosis',
  'repair',
  'erasure',
  'os_install',
  'final_check',
  'release',
] as const;
export type TQueueStage = (typeof QUEUE_STAGES)[number];

/** Stock levels, now or as of a date. */
export interface TStock {
  asOf: string | null;
  source: 'ledger' | 'projection';
  devices: {
    locationId: string | null;
    locationName: string | null;
    kind: TDeviceKind;
    tier: number | null;
    grade: TAppearanceGrade | null;
    earmarkNetworkId: string | null;
    state: TDeviceState;
    count: number;
  }[];
  items: {
    locationId: string;
    locationName: string | null;
    itemId: string;
    itemCode: string | null;
    itemName: string | null;
    quantity: number;
  }[];
}

/** Devices matching a scanned or typed code. */
export interface TLookup {
  code: string;
  assetTag: string | null;
  matches: {
    matchedBy: 'asset_tag' | 'serial' | 'donor_asset_tag' | 'drive_serial';
    device: TDeviceSummary;
  }[];
}

export const listLocations = (includeInactive = false) =>
  http.get<TLocation[]>('/api/locations', includeInactive ? { includeInactive } : undefined);

export const listDevices = (q: TQuery) =>
  http.get<{ total: number; items: TDeviceSummary[] }>('/api/devices', q);

export const lookupDevice = (code: string) => http.get<TLookup>('/api/devices/lookup', { code });

export const receiveExpectedDevice = (locationId: string, expectedDeviceId: string) =>
  http.post<{ location: { id: string; name: string }; devices: TDeviceSummary[] }>(
    '/api/devices/receive',
    { locationId, devices: [{ expectedDeviceId }] },
  );

export const getDevice = (id: string) => http.get<TDevice>(`/api/devices/${id}`);

export const getDeviceHistory = (id: string) =>
  http.get<{
    device: { id: string; assetTag: string; state: TDeviceState };
    entries: THistoryEntry[];
  }>(`/api/devices/${id}/history`);

export const transitionDevice = (
  id: string,
  body: { event: TDeviceEventName; reason?: string; recyclerReceiptRef?: string },
) => http.post<unknown>(`/api/devices/${id}/transitions`, body);

export const recordStep = (id: string, body: TWorkshopStepInput) =>
  http.post<unknown>(`/api/devices/${id}/steps`, body);

export const recordErasure = (id: string, body: TErasureInputBody) =>
  http.post<unknown>(`/api/devices/${id}/erasures`, body);

export const gradeDevice = (id: string, body: TGradeInput) =>
  http.post<unknown>(`/api/devices/${id}/grade`, body);

export const moveDevice = (
  id: string,
  body: { toLocationId: string; shelfCode?: string | null; reason?: string },
) => http.post<unknown>(`/api/devices/${id}/move`, body);

export const getWorkshopQueue = (locationId?: string) =>
  http.get<{ counts: Record<TQueueStage, number>; items: TQueueItem[] }>('/api/workshop/queue', {
    locationId,
  });

export const getStock = (q: TQuery) => http.get<TStock>('/api/stock', q);

/** The erasure report of a donation lot (a plain GET: a link opens it). */
export const erasureReportUrl = (lotId: string) => `/api/donation-lots/${lotId}/erasure-report.pdf`;

/**
 * Downloads the A4 label sheet of some devices: a POST answering a PDF, so it goes through
 * `fetch` with the session's CSRF token and is saved as a file.
 */
export async function downloadLabels(deviceIds: string[]): Promise<void> {
  const session = await fetchSession();
  const res = await fetch('/api/devices/labels.pdf', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/pdf',
      ...(session?.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}),
    },
    body: JSON.stringify({ deviceIds }),
  });
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    throw apiErrorFromBody(res.status, body, res.headers.get('x-request-id'));
  }
  const blob = await res.blob();
  if (!blob.size) throw new ApiError(500, 'internal', 'Empty PDF', undefined, undefined);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'etiquettes-passerelle.pdf';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
