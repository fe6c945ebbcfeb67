import type {
  TCharterMethod,
  TDiscrepancyKind,
  TDiscrepancyResolution,
  TFollowUpUsage,
  THandoverForm,
  TParcelKind,
  TReceptionResult,
  TReturnReason,
  TShipmentStatus,
} from '../../shared/logistics';
import type { TDeviceKind, TDeviceState } from '../../shared/inventory';
import type { THandoverBody, TReceptionBody } from '../../shared/schemas/logistics';
import { http, type TQuery } from './client';

/** A shipment in the list. */
export interface TShipmentListItem {
  id: string;
  reference: string;
  status: TShipmentStatus;
  waveId: string | null;
  structure: { id: string; name: string };
  warehouse: { id: string; name: string };
  delivery: Record<string, unknown> | null;
  plannedOn: string | null;
  units: number;
  packed: number;
  trackingNumbers: string[];
  shippedAt: string | null;
  deliveredAt: string | null;
  receivedAt: string | null;
}

/** A unit of a shipment, with the device that travels. */
export interface TShipmentUnit {
  id: string;
  requestLineId: string;
  device: {
    id: string;
    assetTag: string;
    kind: TDeviceKind;
    brand: string | null;
    model: string | null;
    tier: number | null;
    grade: string | null;
    shelfCode: string | null;
    state: TDeviceState;
  };
  substitutedDeviceId: string | null;
  parcelId: string | null;
  packedAt: string | null;
  receptionResult: TReceptionResult | null;
  receptionComment: string | null;
  receivedAt: string | null;
}

/** A discrepancy of a shipment. */
export interface TShipmentDiscrepancy {
  id: string;
  kind: TDiscrepancyKind;
  unitId: string | null;
  assetTag: string | null;
  comment: string | null;
  hasPhoto: boolean;
  reportedAt: string;
  resolution: TDiscrepancyResolution | null;
  resolutionComment: string | null;
  resolvedAt: string | null;
  resendShipmentId: string | null;
}

/** One shipment with everything in it. */
export interface TShipment {
  id: string;
  reference: string;
  status: TShipmentStatus;
  waveId: string | null;
  structure: { id: string; name: string };
  warehouse: { id: string; name: string; code: string | null };
  delivery: Record<string, unknown> | null;
  plannedOn: string | null;
  postponeReason: string | null;
  mergedIntoId: string | null;
  carrier: { id: string; code: string; name: string } | null;
  service: string | null;
  trackingNumbers: string[];
  costCents: number | null;
  costGrantId: string | null;
  packedAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  receivedAt: string | null;
  cancelledAt: string | null;
  units: TShipmentUnit[];
  parcels: {
    id: string;
    parentId: string | null;
    kind: TParcelKind;
    label: string | null;
    weightGrams: number | null;
  }[];
  accessories: { itemId: string; code: string; name: string; quantity: number }[];
  tracking: { source: string; status: string; trackingNumber: string | null; at: string }[];
  discrepancies: TShipmentDiscrepancy[];
}

/** The answer to one scan. */
export interface TScanResult {
  unitId: string;
  assetTag: string;
  alreadyPacked: boolean;
  substitutedAssetTag: string | null;
  status: TShipmentStatus;
  packed: number;
  units: number;
}

/** One line of a warehouse's pick list. */
export interface TPickLine {
  unitId: string;
  shipmentId: string;
  shelfCode: string | null;
  assetTag: string;
  kind: string;
  brandModel: string;
  tier: number | null;
  shipment: string;
  structureName: string;
}

/** An open discrepancy on the coordinator's desk. */
export interface TOpenDiscrepancy {
  id: string;
  kind: TDiscrepancyKind;
  shipmentId: string;
  shipment: string;
  structureName: string;
  assetTag: string | null;
  comment: string | null;
  hasPhoto: boolean;
  reportedAt: string;
}

/** A carrier (no secret). */
export interface TCarrier {
  id: string;
  code: string;
  name: string;
}

/** A handover to a beneficiary. */
export interface THandover {
  id: string;
  device: { id: string; assetTag: string; kind: string; state: string };
  beneficiary: { id: string; reference: string };
  structure: { id: string; name: string };
  form: THandoverForm;
  priceCents: number | null;
  returnDueOn: string | null;
  handedOverOn: string;
  charterMethod: TCharterMethod;
  signatureId: string | null;
  photoId: string | null;
  charterAcceptedAt: string;
  returnedAt: string | null;
  returnReason: TReturnReason | null;
}

export const logisticsKeys = {
  all: ['logistics'] as const,
  shipments: (q: object) => ['logistics', 'shipments', q] as const,
  shipment: (id: string) => ['logistics', 'shipment', id] as const,
  pickList: (locationId: string) => ['logistics', 'pick-list', locationId] as const,
  discrepancies: ['logistics', 'discrepancies'] as const,
  carriers: ['logistics', 'carriers'] as const,
  handovers: (q: object) => ['logistics', 'handovers', q] as const,
};

export const listShipments = (q: TQuery) =>
  http.get<{ items: TShipmentListItem[]; total: number }>('/api/shipments', q);
export const getShipment = (id: string) => http.get<TShipment>(`/api/shipments/${id}`);
export const generateShipments = (waveId: string) =>
  http.post<{ created: { id: string; reference: string }[] }>('/api/shipments/generate', {
    waveId,
  });
export const mergeShipments = (id: string, shipmentIds: string[]) =>
  http.post<TShipment>(`/api/shipments/${id}/merge`, { shipmentIds });
export const splitShipment = (id: string, unitIds: string[]) =>
  http.post<{ id: string }>(`/api/shipments/${id}/split`, { unitIds });
export const postponeShipment = (id: string, body: { plannedOn: string; reason: string }) =>
  http.post<TShipment>(`/api/shipments/${id}/postpone`, body);
export const scanUnit = (id: string, body: { code: string; parcelId?: string | null }) =>
  http.post<TScanResult>(`/api/shipments/${id}/scan`, body);
export const addParcel = (
  id: string,
  body: {
    kind: TParcelKind;
    parentId?: string | null;
    label?: string | null;
    weightGrams?: number | null;
  },
) => http.post<{ id: string }>(`/api/shipments/${id}/parcels`, body);
export const addAccessory = (id: string, body: { itemCode: string; quantity: number }) =>
  http.post<unknown>(`/api/shipments/${id}/accessories`, body);
export const shipShipment = (
  id: string,
  body: {
    carrierId: string;
    service?: string | null;
    trackingNumbers: string[];
    costCents?: number | null;
    costGrantId?: string | null;
  },
) => http.post<TShipment>(`/api/shipments/${id}/ship`, body);
export const markDelivered = (id: string) =>
  http.post<TShipment>(`/api/shipments/${id}/delivered`, {});
export const receiveShipment = (id: string, body: TReceptionBody) =>
  http.post<{ received: number; discrepancies: number }>(`/api/shipments/${id}/reception`, body);
export const deliveryNoteUrl = (id: string) => `/api/shipments/${id}/delivery-note.pdf`;
export const getPickList = (locationId: string) =>
  http.get<{ warehouse: { id: string; name: string; code: string | null }; lines: TPickLine[] }>(
    `/api/pick-lists/${locationId}`,
  );
export const pickListPdfUrl = (locationId: string) => `/api/pick-lists/${locationId}/pdf`;
export const listDiscrepancies = () =>
  http.get<{ items: TOpenDiscrepancy[] }>('/api/discrepancies');
export const resolveDiscrepancy = (
  id: string,
  body: { resolution: TDiscrepancyResolution; comment: string },
) => http.post<unknown>(`/api/discrepancies/${id}/resolve`, body);
export const listCarriers = () => http.get<{ items: TCarrier[] }>('/api/carriers');
export const listHandovers = (q: TQuery) => http.get<{ items: THandover[] }>('/api/handovers', q);
export const createHandover = (body: THandoverBody) => http.post<THandover>('/api/handovers', body);
export const createCharterCode = (beneficiaryId: string) =>
  http.post<{ id: string; code: string; expiresAt: string }>('/api/charter-codes', {
    beneficiaryId,
  });
export const returnDevice = (body: {
  deviceId: string;
  reason: TReturnReason;
  comment?: string | null;
}) => http.post<unknown>('/api/device-returns', body);
export const evidenceUrl = (id: string) => `/api/evidence/${id}`;

/** A carrier as the admin sees it (still no secret). */
export interface TCarrierAdmin extends TCarrier {
  trackingUrl: string | null;
  isActive: boolean;
  hasWebhookSecret: boolean;
}
/** Follow-up question due for a handover. */
export interface TFollowUp {
  id: string;
  handoverId: string;
  assetTag: string;
  form: THandoverForm;
  dueOn: string;
  askedAt: string | null;
}
/** Result of a tracking CSV import (all rows or none). */
export interface TTrackingImport {
  recorded: number;
  unmatched: number;
  delivered: number;
  errors: { row: number; path: string; code: string; params?: Record<string, unknown> }[];
}
export interface TLogisticsSettings {
  followUpDelayDays: number;
  receptionReminderDays: number;
}

export const adminKeys = {
  carriers: ['logistics', 'carriers', 'admin'] as const,
  settings: ['logistics', 'settings'] as const,
  followUps: ['logistics', 'follow-ups'] as const,
};

export const listCarriersAdmin = () => http.get<{ items: TCarrierAdmin[] }>('/api/carriers');
export const createCarrier = (body: { code: string; name: string; trackingUrl?: string | null }) =>
  http.post<{ id: string; code: string; name: string; webhookSecret: string }>(
    '/api/carriers',
    body,
  );
export const rotateCarrierSecret = (id: string) =>
  http.post<{ id: string; webhookSecret: string }>(`/api/carriers/${id}/secret`, {});
export const importTracking = (carrierId: string, csv: string) =>
  http.post<TTrackingImport>(`/api/carriers/${carrierId}/tracking-import`, { csv });
export const getLogisticsSettings = () => http.get<TLogisticsSettings>('/api/logistics/settings');
export const updateLogisticsSettings = (body: TLogisticsSettings) =>
  http.put<TLogisticsSettings>('/api/logistics/settings', body);
export const listFollowUps = () => http.get<{ items: TFollowUp[] }>('/api/follow-ups');
export const answerFollowUp = (
  id: string,
  body: {
    usage: TFollowUpUsage;
    enoughData?: boolean | null;
    trainingWanted?: boolean | null;
    comment?: string | null;
  },
) => http.post<unknown>(`/api/follow-ups/${id}/answer`, body);
