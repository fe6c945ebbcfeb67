import type { TDriveType } from '../../shared/inventory';
import { apiErrorFromBody } from '../lib/api-error';
import { fetchSession } from './auth';
import { http } from './client';
import type { TDevice, TDeviceSummary } from './inventory';

/** A device edit (absent: unchanged, null: cleared). */
export type TDeviceEdit = Partial<
  Pick<
    TDevice,
    | 'serial'
    | 'donorAssetTag'
    | 'brand'
    | 'model'
    | 'cpu'
    | 'ramMb'
    | 'storageType'
    | 'storageGb'
    | 'screenInches'
    | 'batteryHealthPct'
    | 'osName'
    | 'osLicenceRef'
    | 'notes'
  >
> & { accessories?: string[]; reason?: string };

/** A drive as typed (added or corrected). */
export interface TDriveEdit {
  serial?: string;
  name?: string;
  type: TDriveType;
  sizeGb?: number;
  model?: string;
}

/** JSON sent by hand for what the shared client does not send (PATCH, raw text). */
async function send<T>(method: string, path: string, type: string, body: string): Promise<T> {
  const session = await fetchSession();
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      'content-type': type,
      accept: 'application/json',
      ...(session?.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}),
    },
    body,
  });
  const answer: unknown = await res.json().catch(() => null);
  if (!res.ok) throw apiErrorFromBody(res.status, answer, res.headers.get('x-request-id'));
  return answer as T;
}

/** Edits a device's specs (PATCH: absent fields are left alone). */
export const updateDevice = (id: string, body: TDeviceEdit) =>
  send<unknown>('PATCH', `/api/devices/${id}`, 'application/json', JSON.stringify(body));
export const addDrive = (id: string, body: TDriveEdit) =>
  http.post<unknown>(`/api/devices/${id}/drives`, body);
export const updateDrive = (id: string, driveId: string, body: TDriveEdit) =>
  http.put<unknown>(`/api/devices/${id}/drives/${driveId}`, body);

/** A probe snapshot waiting on the server. */
export interface TProbeSnapshotRow {
  id: string;
  status: 'matched' | 'unmatched' | 'attached' | 'dismissed';
  systemSerial: string | null;
  driveSerials: string[];
  receivedAt: string;
  matchNote: string | null;
  source: 'token' | 'upload';
}

/** What the server did with a snapshot. */
export interface TProbeOutcome {
  id: string;
  status: TProbeSnapshotRow['status'];
  matchNote?: string | null;
  device: { id: string; assetTag: string } | null;
  fields: string[];
  drivesAdded: unknown[];
  drivesSkipped: unknown[];
}

export const listUnmatchedSnapshots = () =>
  http.get<TProbeSnapshotRow[]>('/api/workshop/probe-snapshots', { status: 'unmatched' });
export const attachSnapshot = (snapshotId: string, deviceId: string) =>
  http.post<TProbeOutcome>(`/api/workshop/probe-snapshots/${snapshotId}/attach`, { deviceId });

/**
 * Uploads the file written by `passerelle probe` as it is (text), so the server reports
 * malformed JSON with its own reason; it matches the snapshot to a device by serial or keeps
 * it unmatched.
 */
export const uploadSnapshot = (text: string) =>
  send<TProbeOutcome>('POST', '/api/workshop/probe-snapshots/upload', 'text/plain', text);

/** A CSV import: its check (dry run) or its commit, with per-row errors. */
export interface TDeviceImport {
  mode: 'receive' | 'update';
  rowCount: number;
  isValid: boolean;
  committed: boolean;
  errors: { row: number; path: string; code: string; params?: Record<string, unknown> }[];
  result: { devices?: TDeviceSummary[]; updated?: string[] } | null;
}

export const importDevices = (body: {
  csv: string;
  mode: 'receive' | 'update';
  dryRun: boolean;
  locationId?: string;
}) => http.post<TDeviceImport>('/api/devices/import', body);
