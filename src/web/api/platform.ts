import type { TOrganisationKind, TRole } from '../../shared/enums';
import type { TSettings } from '../../shared/schemas/settings';
import type { TCommuneMatch } from '../lib/postal-lookup';
import { http } from './client';

/** Home page summary of the active role. */
export interface THome {
  role: TRole | null;
  organisation: { id: string; name: string; kind: TOrganisationKind } | null;
  counts: Record<string, number> | null;
}

/** One line of a home's "waiting for you" card: a count and the page where one acts. */
export interface THomeTask {
  /** i18n key under `home.tasks.` (plural by count). */
  key: string;
  count: number;
  to: string;
  tone?: 'warning';
}

/** What waits for the active role; a funder gets its grants (money in cents). */
export interface THomeTasks {
  items: THomeTask[];
  actions: { key: string; to: string }[];
  grants: {
    id: string;
    name: string;
    pledgedCents: number;
    spentCents: number;
    leftCents: number;
  }[];
}

/** One event of the audit trail. */
export interface TAuditEvent {
  id: number;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  actorUserId: string | null;
  actorEmail: string | null;
}

/** Filters of the audit trail. */
export interface TAuditFilters {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
}

/** A mail the app wrote. */
export interface TOutboxMail {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  status: 'queued' | 'sent' | 'outbox' | 'failed';
  createdAt: string;
  sentAt: string | null;
  error: string | null;
}

/** A département, for filters and forms. */
export interface TDepartement {
  code: string;
  name: string;
  regionCode: string;
}

/** The bank's name and logo (public: shown on the login page). */
export function fetchSettings() {
  return http.get<TSettings>('/api/settings', undefined, { isPublic: true });
}

/** Changes the bank's name and logo (admins). */
export function saveSettings(input: TSettings) {
  return http.put<TSettings>('/api/settings', input);
}

/** The home page summary of the active role. */
export function fetchHome() {
  return http.get<THome>('/api/home');
}

/** What waits for the active role, each line linked to the page where one acts. */
export function fetchHomeTasks() {
  return http.get<THomeTasks>('/api/home/tasks');
}

/** A page of the audit trail, newest first, older than `beforeId`. */
export function fetchAudit(filters: TAuditFilters, beforeId: number | null, limit = 30) {
  return http.get<{ items: TAuditEvent[]; nextBeforeId: number | null }>('/api/audit', {
    ...filters,
    beforeId: beforeId ?? undefined,
    limit,
  });
}

/** The latest mails and whether an SMTP server is configured. */
export function fetchOutbox() {
  return http.get<{ items: TOutboxMail[]; smtpConfigured: boolean }>('/api/outbox');
}

/** Communes of a postal code. */
export function lookupPostalCode(code: string) {
  return http.get<{ items: TCommuneMatch[] }>(
    `/api/geo/postal-codes/${encodeURIComponent(code)}`,
    undefined,
    { isPublic: true },
  );
}

/** All départements. */
export function fetchDepartements() {
  return http.get<{ items: TDepartement[] }>('/api/geo/departements', undefined, {
    isPublic: true,
  });
}
