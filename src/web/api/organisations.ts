import type { TOrganisationKind, TStructureType } from '../../shared/enums';
import type { TOrganisationInput } from '../../shared/schemas/organisations';
import { http } from './client';

/** A network as listed on a structure. */
export interface TNetworkRef {
  id: string;
  name: string;
}

/** An organisation in the list. */
export interface TOrganisationSummary {
  id: string;
  kind: TOrganisationKind;
  name: string;
  legalId: string | null;
  structureType: TStructureType | null;
  email: string | null;
  phone: string | null;
  departementCode: string | null;
  isActive: boolean;
  networks: TNetworkRef[];
}

/** A postal address of an organisation, completed by the server. */
export interface TOrganisationAddress {
  label: string;
  line1: string;
  line2: string | null;
  postalCode: string;
  communeCode: string;
  communeName: string;
  departementCode: string;
  regionCode: string;
  isDelivery: boolean;
}

/** An organisation's page. */
export interface TOrganisationDetail extends TOrganisationSummary {
  addresses: TOrganisationAddress[];
}

/** One page of organisations and the total for paging. */
export interface TOrganisationPage {
  total: number;
  items: TOrganisationSummary[];
}

/** Searches organisations (bank staff). */
export function listOrganisations(query: Record<string, string>, signal?: AbortSignal) {
  return http.get<TOrganisationPage>('/api/organisations', query, { signal });
}

/** Every active network (for filters and the structure form). */
export async function listNetworks(): Promise<TNetworkRef[]> {
  const page = await http.get<TOrganisationPage>('/api/organisations', {
    kind: 'network',
    limit: 500,
  });
  return page.items.map(({ id, name }) => ({ id, name }));
}

/** Organisations to pick from (e.g. when inviting someone). */
export async function listAllOrganisations(): Promise<TOrganisationSummary[]> {
  return (await http.get<TOrganisationPage>('/api/organisations', { limit: 500 })).items;
}

/** One organisation (bank staff, or members of that organisation). */
export function getOrganisation(id: string) {
  return http.get<TOrganisationDetail>(`/api/organisations/${encodeURIComponent(id)}`);
}

/** Creates an organisation. */
export function createOrganisation(input: TOrganisationInput) {
  return http.post<TOrganisationDetail>('/api/organisations', input);
}

/** Edits an organisation (its kind cannot change). */
export function updateOrganisation(id: string, input: TOrganisationInput) {
  return http.put<TOrganisationDetail>(`/api/organisations/${encodeURIComponent(id)}`, input);
}

/** Deactivates or reactivates an organisation. */
export function setOrganisationActive(id: string, isActive: boolean) {
  return http.post<TOrganisationSummary>(`/api/organisations/${encodeURIComponent(id)}/active`, {
    isActive,
  });
}
