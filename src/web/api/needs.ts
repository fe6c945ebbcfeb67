import type { TStructureType } from '../../shared/enums';
import type {
  TApplicationStatus,
  TNeedKind,
  TRequestStatus,
  TUrgency,
  TUrgencyReason,
  TWaitingFor,
} from '../../shared/needs-enums';
import type { TBeneficiaryInput } from '../../shared/schemas/beneficiaries';
import type { TCampaignInput } from '../../shared/schemas/campaigns';
import type { TRequestApproval, TRequestInput } from '../../shared/schemas/requests';
import type {
  TReferentInvite,
  TStructureApplicationInput,
  TStructureConfirmation,
} from '../../shared/schemas/structure-applications';
import { http, type TQuery } from './client';

/** A network a structure may belong to (public list of the application form). */
export interface TPublicNetwork {
  id: string;
  name: string;
}

/** A structure's application to join, as coordinators see it. */
export interface TApplication {
  id: string;
  status: TApplicationStatus;
  name: string;
  structureType: TStructureType;
  legalId: string | null;
  email: string | null;
  phone: string | null;
  networks?: TPublicNetwork[];
  networkIds: string[];
  address: {
    line1: string;
    line2?: string | null;
    postalCode: string;
    communeCode?: string;
    communeName?: string;
    departementCode?: string;
  };
  contacts: { name: string; email: string; phone?: string | null; function?: string | null }[];
  publicServed: string;
  expectedBeneficiaries: number;
  coordinatorMessage: string | null;
  rejectionReason: string | null;
  structureId: string | null;
  submittedAt: string;
}

/** A pseudonymous beneficiary of a structure. */
export interface TBeneficiary extends Omit<TBeneficiaryInput, 'lacks'> {
  id: string;
  structureId: string;
  lacks: string[];
  createdAt: string;
}

/** A campaign as structures choose it. */
export interface TCampaign {
  id: string;
  name: string;
  status: 'open' | 'closed';
  offeredKinds: TNeedKind[];
  eligibleNetworkIds: string[];
  quotas: { networkId: string; networkName: string; quantity: number }[];
}

/** A request in a list. */
export interface TRequestSummary {
  id: string;
  reference: string;
  status: TRequestStatus;
  waitingFor: TWaitingFor;
  nextStep: string;
  urgency: TUrgency;
  submittedAt: string | null;
  updatedAt: string;
  statusReason: string | null;
  asked: number;
  approved: number | null;
}

/** A line of a request, with the decision. */
export interface TRequestLine {
  id: string;
  kind: TNeedKind;
  quantity: number;
  minTier: number | null;
  approvedQuantity: number | null;
  decisionReason: string | null;
  /** The bank's override of the computed weight (bank only). */
  weightOverride?: number | null;
  weightOverrideReason?: string | null;
  beneficiaries: { id: string; reference: string }[];
}

/** A request with its lines and history. */
export interface TRequestDetail extends Omit<TRequestSummary, 'asked' | 'approved'> {
  allowedEvents: string[];
  structure: { id: string; name: string };
  campaign: { id: string; name: string };
  network: { id: string; name: string } | null;
  urgencyReason: TUrgencyReason | null;
  urgencyText: string | null;
  deliveryAddressId: string | null;
  delivery: { label: string; line1: string; postalCode: string; communeName?: string } | null;
  preferredFrom: string;
  preferredTo: string;
  comment: string | null;
  lines: TRequestLine[];
  totals: { asked: number; approved: number | null };
  events: {
    at: string;
    kind: string;
    fromStatus: TRequestStatus | null;
    toStatus: TRequestStatus | null;
    message: string | null;
    actorName: string | null;
  }[];
}

/** A limit a request breaks (quota, per-beneficiary). */
export interface TLimitIssue {
  code: string;
  params: Record<string, string | number>;
}

/** A beneficiary already claimed for the same kind in the campaign. */
export interface TDuplicate {
  beneficiaryId: string;
  reference: string;
  kind: TNeedKind;
  otherRequests: string[];
}

/** A quota and how much of it is used. */
export interface TQuota {
  networkName: string;
  quota: number;
  used: number;
}

/** The confirmation step before submitting. */
export interface TSubmitPreview {
  summary: TRequestDetail;
  warnings: TLimitIssue[];
  quota: TQuota | null;
  duplicates: TDuplicate[];
  errors: { path: string; code: string; params?: Record<string, unknown> }[];
  canSubmit: boolean;
}

/** A request on the review desk. */
export interface TDeskItem {
  id: string;
  reference: string;
  status: TRequestStatus;
  urgency: TUrgency;
  submittedAt: string | null;
  campaignName: string;
  structureName: string;
  networkName: string | null;
  departementCode: string;
  asked: number;
  approved: number | null;
  waitingDays: number;
  maxWeight: number;
  kinds: TNeedKind[];
}

/** A line's weight with its explanation. */
export interface TLineWeight {
  lineId: string;
  effective: number;
  computed: number;
  override: number | null;
  terms: { code: string; points: number; params?: Record<string, string | number> }[];
}

/** What the coordinator sees to decide on a request. */
export interface TReviewRequest {
  request: TRequestDetail;
  checks: { quota: TQuota | null; issues: TLimitIssue[]; duplicates: TDuplicate[] };
  weights: TLineWeight[];
  history: {
    totals: { kind: TNeedKind; asked: number; approved: number; handedOver: number }[];
    requests: { id?: string; reference: string; status?: TRequestStatus }[];
  };
}

/** A page of items and the total. */
export interface TPage<T> {
  total: number;
  items: T[];
}

const id = encodeURIComponent;

/** Networks shown on the public application form. */
export async function listPublicNetworks(): Promise<TPublicNetwork[]> {
  const r = await http.get<TPublicNetwork[] | { items: TPublicNetwork[] }>(
    '/api/public/networks',
    undefined,
    { isPublic: true },
  );
  return Array.isArray(r) ? r : r.items;
}

/** Sends the public application of a structure (no login). */
export function applyStructure(input: TStructureApplicationInput) {
  return http.post<{ id: string; status: string }>('/api/structure-applications', input, {
    isPublic: true,
  });
}

/** The application a coordinator's one-time link opens, with the question asked (public). */
export function getApplicationByToken(token: string) {
  return http.get<TApplication>(
    '/api/structure-applications/complete',
    { token },
    { isPublic: true },
  );
}

/** Completes and sends again an application through its one-time link (public). */
export function resubmitApplication(input: TStructureApplicationInput & { token: string }) {
  return http.put<unknown>('/api/structure-applications/complete', input, { isPublic: true });
}

/** Applications to review. */
export function listApplications(query: TQuery) {
  return http.get<TPage<TApplication>>('/api/structure-applications', query);
}

/** One application. */
export function getApplication(appId: string) {
  return http.get<TApplication>(`/api/structure-applications/${id(appId)}`);
}

/** Approves, asks for information (message) or rejects (reason) an application. */
export function decideApplication(
  appId: string,
  decision: 'approve' | 'request-information' | 'reject',
  text?: string,
) {
  const body =
    decision === 'approve' ? {} : decision === 'reject' ? { reason: text } : { message: text };
  return http.post<unknown>(`/api/structure-applications/${id(appId)}/${decision}`, body);
}

/** The active structure's beneficiaries. */
export function listBeneficiaries(query: TQuery) {
  return http.get<TPage<TBeneficiary>>('/api/beneficiaries', query);
}

/** Records several beneficiaries at once (all or nothing). */
export function createBeneficiaries(items: TBeneficiaryInput[]) {
  return http.post<{ items: TBeneficiary[] }>('/api/beneficiaries', { items });
}

/** Campaigns (open ones for a new request). */
export function listCampaigns(status?: 'open' | 'closed') {
  return http.get<{ items: TCampaign[] }>('/api/campaigns', { status });
}

/** The structure's requests. */
export function listRequests(query: TQuery) {
  return http.get<TPage<TRequestSummary>>('/api/requests', query);
}

/** One request. */
export function getRequest(requestId: string) {
  return http.get<TRequestDetail>(`/api/requests/${id(requestId)}`);
}

/** Saves a draft request. */
export function createRequest(input: TRequestInput) {
  return http.post<TRequestDetail>('/api/requests', input);
}

/** Edits a draft request. */
export function updateRequest(requestId: string, input: TRequestInput) {
  return http.put<TRequestDetail>(`/api/requests/${id(requestId)}`, input);
}

/** The confirmation step: summary, warnings, blocking problems. */
export function previewSubmit(requestId: string) {
  return http.post<TSubmitPreview>(`/api/requests/${id(requestId)}/preview-submit`);
}

/** Submits the request. */
export function submitRequest(requestId: string) {
  return http.post<TRequestDetail>(`/api/requests/${id(requestId)}/submit`);
}

/** The review desk. */
export function listReviewDesk(query: TQuery) {
  return http.get<TPage<TDeskItem>>('/api/review/requests', query);
}

/** A request as the coordinator decides on it. */
export function getReviewRequest(requestId: string) {
  return http.get<TReviewRequest>(`/api/review/requests/${id(requestId)}`);
}

/** Starts the review, asks for information or rejects (with a reason). */
export function decideRequest(
  requestId: string,
  event: 'start-review' | 'ask-information' | 'reject',
  text?: string,
) {
  const body = event === 'start-review' ? { note: text ?? null } : { reason: text };
  return http.post<TRequestDetail>(`/api/requests/${id(requestId)}/${event}`, body);
}

/** Approves a request line by line. */
export function approveRequest(requestId: string, input: Partial<TRequestApproval>) {
  return http.post<TRequestDetail>(`/api/requests/${id(requestId)}/approve`, input);
}

/** A problem in a CSV row (row 1 is the first data row; 0 is the header or the file). */
export interface TImportRowError {
  row: number;
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

/** What a preview of a CSV finds: counts and every row's errors; nothing is written. */
export interface TImportPreview {
  total: number;
  valid: number;
  errorCount: number;
  errors: TImportRowError[];
}

/** An import job as it runs: validating rows, then writing them all, or nothing. */
export interface TImportJob {
  id: string;
  kind: 'structures' | 'beneficiaries';
  status: 'queued' | 'validating' | 'writing' | 'done' | 'failed';
  total: number;
  processed: number;
  errors: TImportRowError[];
  result: { created?: number; invited?: number; errorCount?: number } | null;
  createdAt: string;
  finishedAt: string | null;
}

/** Checks a CSV (structures: bank; beneficiaries: a structure) without writing anything. */
export function previewImport(
  kind: 'structures' | 'beneficiaries',
  input: { csv: string; inviteReferents?: boolean; structureId?: string | undefined },
) {
  return http.post<TImportPreview>(`/api/imports/${kind}/preview`, input);
}

/** Starts an import job (all or nothing); returns its id to poll. */
export function startImport(
  kind: 'structures' | 'beneficiaries',
  input: { csv: string; inviteReferents?: boolean; structureId?: string | undefined },
) {
  return http.post<{ id: string; status: string }>(`/api/imports/${kind}`, input);
}

/** An import's progress, errors and result. */
export function getImport(importId: string) {
  return http.get<TImportJob>(`/api/imports/${id(importId)}`);
}

/** Overrides a line's weight with a reason; `weight: null` removes the override. */
export function setLineWeight(
  requestId: string,
  lineId: string,
  input: { weight: number | null; reason: string },
) {
  return http.put<{ lineId: string; weightOverride: number | null }>(
    `/api/requests/${id(requestId)}/lines/${id(lineId)}/weight`,
    input,
  );
}

/** The structure withdraws its request (before shipment), with an optional note. */
export function withdrawRequest(requestId: string, note: string | null) {
  return http.post<TRequestDetail>(`/api/requests/${id(requestId)}/withdraw`, { note });
}

/** The bank closes a request, with an optional note. */
export function closeRequest(requestId: string, note: string | null) {
  return http.post<TRequestDetail>(`/api/requests/${id(requestId)}/close`, { note });
}

/** One request of a bulk approval: approved, or why not. */
export interface TBulkResult {
  id: string;
  ok: boolean;
  status?: TRequestStatus;
  error?: { code: string };
}

/** Approves several requests at the asked quantities, each checked on its own. */
export function bulkApprove(requestIds: string[]) {
  return http.post<{ approved: number; results: TBulkResult[] }>(
    '/api/review/requests/bulk-approve',
    { requestIds },
  );
}

/** A campaign as the bank manages it. */
export interface TCampaignFull extends TCampaign {
  startsOn: string;
  endsOn: string;
  goalPeople: number;
  goalsByKind: Partial<Record<TNeedKind, number>>;
  maxPerBeneficiary: number | null;
  updatedAt: string;
}

/** A campaign with its quotas' use and its progress. */
export interface TCampaignDetail extends Omit<TCampaignFull, 'quotas'> {
  quotas: { networkId: string; networkName: string; quantity: number; used: number }[];
  progress: unknown;
}

/** Every campaign, with its rules (the bank's list). */
export function listCampaignsFull() {
  return http.get<{ items: TCampaignFull[] }>('/api/campaigns');
}

/** One campaign. */
export function getCampaign(campaignId: string) {
  return http.get<TCampaignDetail>(`/api/campaigns/${id(campaignId)}`);
}

/** Creates a campaign. */
export function createCampaign(input: TCampaignInput) {
  return http.post<TCampaignDetail>('/api/campaigns', input);
}

/** Edits a campaign. */
export function updateCampaign(campaignId: string, input: TCampaignInput) {
  return http.put<TCampaignDetail>(`/api/campaigns/${id(campaignId)}`, input);
}

/** A referent of a structure. */
export interface TReferent {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  hasAccount: boolean;
}

/** A structure's referents. */
export function listReferents(structureId: string) {
  return http.get<{ items: TReferent[] }>(`/api/structures/${id(structureId)}/referents`);
}

/** Invites a colleague as a referent of the structure. */
export function inviteReferent(structureId: string, input: TReferentInvite) {
  return http.post<unknown>(`/api/structures/${id(structureId)}/referents`, input);
}

/** When the structure must next confirm its details. */
export interface TConfirmation {
  confirmedAt: string | null;
  dueOn: string;
  state: 'ok' | 'due_soon' | 'overdue';
}

/** The structure's yearly confirmation state. */
export function getConfirmation(structureId: string) {
  return http.get<TConfirmation>(`/api/structures/${id(structureId)}/confirmation`);
}

/** Confirms (and corrects) the structure's details for the year. */
export function confirmStructure(structureId: string, input: TStructureConfirmation) {
  return http.post<TConfirmation>(`/api/structures/${id(structureId)}/confirmation`, input);
}
