import type { TDeviceKind } from '../../shared/inventory';
import type {
  TChargeCategory,
  TDeviceCondition,
  TDonationStatus,
  TDrivesPresence,
  TGiftForm,
  TPurchaseStatus,
  TReceiptStatus,
  TReturnReason,
} from '../../shared/supply-enums';
import type {
  TCompleteReception,
  TDonationLotInput,
  TDonationRulesInput,
  TLotDevicesInput,
  TPublicDonationInput,
  TSchedulePickup,
} from '../../shared/schemas/donations';
import type { TChargeInput, TGrantInput, TInstalmentInput } from '../../shared/schemas/grants';
import type { TPurchaseOrderInput, TPurchaseReceptionInput } from '../../shared/schemas/purchases';
import type {
  TCorrectReceiptInput,
  TIssueReceiptInput,
  TReceiptIssuerInput,
} from '../../shared/schemas/tax-receipts';
import { http, type TQuery } from './client';

/** Query keys of the supply area (all start with 'supply', invalidated together after writes). */
export const supplyKeys = {
  all: ['supply'] as const,
  lots: (q: object) => ['supply', 'lots', q] as const,
  lot: (id: string) => ['supply', 'lot', id] as const,
  rules: ['supply', 'rules'] as const,
  receipts: (q: object) => ['supply', 'receipts', q] as const,
  receipt: (id: string) => ['supply', 'receipt', id] as const,
  issuer: ['supply', 'issuer'] as const,
  orders: (q: object) => ['supply', 'orders', q] as const,
  order: (id: string) => ['supply', 'order', id] as const,
  preview: (id: string) => ['supply', 'order', id, 'preview'] as const,
  grants: (q: object) => ['supply', 'grants', q] as const,
  grant: (id: string) => ['supply', 'grant', id] as const,
  grantDevices: (id: string) => ['supply', 'grant', id, 'devices'] as const,
  locations: ['supply', 'locations'] as const,
  tiers: ['supply', 'tiers'] as const,
  orgs: (kind: string) => ['supply', 'orgs', kind] as const,
};

export interface TPage<T> {
  items: T[];
  total: number;
}

export interface TLotSummary {
  id: string;
  reference: string;
  status: TDonationStatus;
  donor: { id: string; name: string };
  expectedCount: number;
  pickupDepartementCode: string | null;
  availableFrom: string;
  availableUntil: string;
  pickupDate: string | null;
  createdAt: string;
}

export type TDonationEvent =
  | 'accept'
  | 'decline'
  | 'schedule_pickup'
  | 'collect'
  | 'complete_reception'
  | 'mark_processed'
  | 'close'
  | 'cancel';

export interface TLotLine {
  id: string;
  position: number;
  kind: TDeviceKind;
  count: number;
  brand: string | null;
  model: string | null;
  ageYears: number;
  condition: TDeviceCondition;
  drives: TDrivesPresence;
  assetTags: string[];
  notes: string | null;
  receivedCount: number;
}

export interface TLotReceiptRef {
  id: string;
  number: string;
  status: TReceiptStatus;
  issuedAt: string;
  valuationCents: number;
  cancelReason?: string | null;
}

export interface TLotDetail {
  id: string;
  reference: string;
  status: TDonationStatus;
  steps: TDonationStatus[];
  allowedEvents: TDonationEvent[];
  donor: { id: string; name: string; legalId: string | null };
  expectedCount: number;
  receivedCount: number;
  pickupAddress: {
    line1: string;
    line2: string | null;
    postalCode: string;
    communeName: string | null;
    departementCode: string | null;
  };
  availableFrom: string;
  availableUntil: string;
  siteContact: { name: string; phone: string; email: string | null };
  notes: string | null;
  decisionReason: string | null;
  pickup: {
    date: string;
    timeSlot: string | null;
    carrier: string | null;
    workshop: { id: string; name: string } | null;
  } | null;
  collectedOn: string | null;
  receivedAt: string | null;
  createdAt: string;
  lines: TLotLine[];
  history: {
    at: string;
    fromStatus: TDonationStatus | null;
    toStatus: TDonationStatus;
    note: string | null;
  }[];
  discrepancies: {
    lineId: string;
    expectedCount: number;
    receivedCount: number;
    reason: string;
    recordedAt: string;
  }[];
  impact: TImpact;
  receipts: TLotReceiptRef[];
  documents: { pickupConfirmation: boolean; impactReport: boolean };
}

/** What a set of devices became (a lot, a grant's purchases). */
export interface TImpact {
  devices: number;
  outcome: {
    total: number;
    inProgress: number;
    refurbished: number;
    parts: number;
    recycled: number;
    lost: number;
    handedOver: number;
    isProcessed: boolean;
  };
  devicesHandedOver: number;
  peopleReached: number;
  departements: { code: string; people: number }[];
  networks: { id: string; name: string; people: number }[];
  co2eAvoidedGrams: number;
  co2eSource: string;
  byKind: { kind: TDeviceKind; devices: number; refurbished: number; handedOver: number }[];
}

export interface TDonationRules {
  kinds: Partial<Record<TDeviceKind, { underYears: number | null; acceptsNotWorking: boolean }>>;
  minDevicesPerLot: number;
}

export interface TReceipt {
  id: string;
  number: string;
  year: number;
  status: TReceiptStatus;
  lotId: string;
  lotReference: string | null;
  donor: { id: string; name: string; siren: string };
  giftDate: string;
  form: TGiftForm;
  valuationCents: number;
  description: string;
  issuedAt: string;
  replacesNumber: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  replacedBy?: { id: string; number: string } | null;
}

export interface TLocation {
  id: string;
  name: string;
  code: string | null;
  kind: string;
  organisationId: string;
}

export interface TSpecTier {
  id: string;
  number: number;
  name: string;
  kind: TDeviceKind;
  version: number;
}

export interface TOrgRef {
  id: string;
  name: string;
  kind: string;
}

export interface TOrderSummary {
  id: string;
  number: string;
  status: TPurchaseStatus;
  supplier: { id: string; name: string };
  netCents: number;
  vatCents: number;
  grossCents: number;
  expectedDeliveryOn: string | null;
  createdAt: string;
}

export interface TOrderDetail extends TOrderSummary {
  supplierReference: string | null;
  notes: string | null;
  statusReason: string | null;
  earmarkNetworkId: string | null;
  allowedEvents: string[];
  lines: {
    id: string;
    position: number;
    kind: TDeviceKind;
    specTierId: string;
    specTierNumber: number;
    quantity: number;
    unitPriceCents: number;
    vatRateBp: number;
    netCents: number;
    vatCents: number;
    grossCents: number;
    description: string | null;
    received: number;
  }[];
  grants: { grantId: string; amountCents: number; grantName: string }[];
  receptions: {
    id: string;
    deliveryNoteRef: string | null;
    unitsReceived: number;
    unitsReturned: number;
    amountCents: number;
    receivedAt: string;
  }[];
  returns: {
    id: string;
    lineId: string;
    serial: string | null;
    reason: TReturnReason;
    note: string | null;
    createdAt: string;
  }[];
}

export interface TBudgetPreview {
  totalCents: number;
  grants: {
    grantId: string;
    grantName: string;
    allocationCents: number;
    leftBeforeCents: number;
    leftAfterCents: number;
    isExceeded: boolean;
  }[];
  isExceeded: boolean;
  problems: { path: string; code: string; params?: Record<string, unknown> }[];
  canConfirm: boolean;
}

export interface TGrantFigures {
  pledgedCents: number;
  receivedCents: number;
  committedCents: number;
  spentCents: number;
  leftCents: number;
}

export interface TGrantSummary extends TGrantFigures {
  id: string;
  name: string;
  reference: string | null;
  funder: { id: string; name: string };
  startsOn: string;
  endsOn: string;
  restrictionNetworkId: string | null;
  restrictionDeviceKind: TDeviceKind | null;
}

export interface TGrantDetail {
  id: string;
  name: string;
  reference: string | null;
  funder: { id: string; name: string | null };
  startsOn: string;
  endsOn: string;
  notes: string | null;
  restrictions: {
    network: { id: string; name: string | null } | null;
    regionCode: string | null;
    departementCode: string | null;
    deviceKind: TDeviceKind | null;
    campaign: { id: string; name: string } | null;
  };
  figures: TGrantFigures;
  instalments: { id: string; amountCents: number; receivedOn: string; reference: string | null }[];
  charges: {
    id: string;
    amountCents: number;
    category: TChargeCategory;
    chargedOn: string;
    description: string;
  }[];
  orders: {
    id: string;
    number: string;
    status: TPurchaseStatus;
    supplierName: string;
    allocationCents: number;
    chargedCents: number;
    devices: number;
  }[];
  impact: TImpact;
}

const lotUrl = (id: string, tail = '') => `/api/donation-lots/${encodeURIComponent(id)}${tail}`;

// Donation lots
export const listLots = (q: TQuery) => http.get<TPage<TLotSummary>>('/api/donation-lots', q);
export const getLot = (id: string) => http.get<TLotDetail>(lotUrl(id));
export const declareLot = (input: TDonationLotInput) =>
  http.post<{ id: string; reference: string }>('/api/donation-lots', input);
/** The public donation form (no session): the company, its contact and the lot. */
export const declareLotPublic = (input: TPublicDonationInput) =>
  http.post<{ lotId: string; reference: string }>('/api/donations/public', input, {
    isPublic: true,
  });
export const getDonationRules = () =>
  http.get<{ rules: TDonationRules; kinds: TDeviceKind[] }>('/api/donations/rules');
export const updateDonationRules = (rules: TDonationRulesInput) =>
  http.put<{ rules: TDonationRules }>('/api/donations/rules', rules);
export const lotTransition = (id: string, path: string, body: object = {}) =>
  http.post<unknown>(lotUrl(id, `/${path}`), body);
export const schedulePickup = (id: string, body: TSchedulePickup) =>
  lotTransition(id, 'schedule-pickup', body);
export const completeReception = (id: string, body: TCompleteReception) =>
  lotTransition(id, 'complete-reception', body);
export const receiveLotDevices = (id: string, body: TLotDevicesInput) =>
  http.post<{ lines: { id: string; expected: number; received: number }[] }>(
    lotUrl(id, '/devices'),
    body,
  );
export const pickupConfirmationUrl = (id: string) => lotUrl(id, '/pickup-confirmation.pdf');
export const impactReportUrl = (id: string) => lotUrl(id, '/impact-report.pdf');

// Tax receipts
export const listReceipts = (q: TQuery) => http.get<TPage<TReceipt>>('/api/tax-receipts', q);
export const getReceipt = (id: string) =>
  http.get<TReceipt>(`/api/tax-receipts/${encodeURIComponent(id)}`);
export const issueReceipt = (input: TIssueReceiptInput) =>
  http.post<TReceipt>('/api/tax-receipts', input);
export const correctReceipt = (id: string, input: TCorrectReceiptInput) =>
  http.post<TReceipt>(`/api/tax-receipts/${encodeURIComponent(id)}/correct`, input);
export const cancelReceipt = (id: string, reason: string) =>
  http.post<TReceipt>(`/api/tax-receipts/${encodeURIComponent(id)}/cancel`, { reason });
export const receiptPdfUrl = (id: string) => `/api/tax-receipts/${encodeURIComponent(id)}/pdf`;
export const receiptExportUrl = (year: number) => `/api/tax-receipts/export.csv?year=${year}`;
export const getIssuer = () =>
  http.get<{ issuer: TReceiptIssuerInput | null; missing: string[] }>('/api/tax-receipts/issuer');
export const updateIssuer = (input: TReceiptIssuerInput) =>
  http.put<TReceiptIssuerInput>('/api/tax-receipts/issuer', input);

// Purchases
export const listOrders = (q: TQuery) => http.get<TPage<TOrderSummary>>('/api/purchase-orders', q);
export const getOrder = (id: string) =>
  http.get<TOrderDetail>(`/api/purchase-orders/${encodeURIComponent(id)}`);
export const createOrder = (input: TPurchaseOrderInput) =>
  http.post<TOrderDetail>('/api/purchase-orders', input);
export const updateOrder = (id: string, input: TPurchaseOrderInput) =>
  http.put<TOrderDetail>(`/api/purchase-orders/${encodeURIComponent(id)}`, input);
export const previewOrder = (id: string) =>
  http.post<TBudgetPreview>(`/api/purchase-orders/${encodeURIComponent(id)}/preview-confirm`);
export const orderAction = (id: string, path: 'confirm' | 'close' | 'cancel', body: object = {}) =>
  http.post<unknown>(`/api/purchase-orders/${encodeURIComponent(id)}/${path}`, body);
export const receiveOrder = (id: string, input: TPurchaseReceptionInput) =>
  http.post<unknown>(`/api/purchase-orders/${encodeURIComponent(id)}/receptions`, input);

// Grants
export const listGrants = (q: TQuery) => http.get<TPage<TGrantSummary>>('/api/grants', q);
export const getGrant = (id: string) =>
  http.get<TGrantDetail>(`/api/grants/${encodeURIComponent(id)}`);
export const createGrant = (input: TGrantInput) => http.post<{ id: string }>('/api/grants', input);
export const updateGrant = (id: string, input: TGrantInput) =>
  http.put<{ id: string }>(`/api/grants/${encodeURIComponent(id)}`, input);
export const addInstalment = (id: string, input: TInstalmentInput) =>
  http.post<unknown>(`/api/grants/${encodeURIComponent(id)}/instalments`, input);
export const addCharge = (id: string, input: TChargeInput) =>
  http.post<unknown>(`/api/grants/${encodeURIComponent(id)}/charges`, input);

// Reference data used by the supply pages
export const listLocations = () => http.get<TLocation[]>('/api/locations');
export const listSpecTiers = () => http.get<TSpecTier[]>('/api/spec-tiers');
export const listOrgsOfKind = async (kind: string) =>
  (await http.get<TPage<TOrgRef>>('/api/organisations', { kind, limit: 500 })).items;
