import { ORGANISATION_KINDS, type TOrganisationKind } from '../../shared/enums';

/** Organisations shown per page of the list. */
export const ORGANISATIONS_PAGE_SIZE = 20;

/** Filters of the organisation list, as kept in the page's URL. */
export interface TOrganisationFilters {
  kind: TOrganisationKind | null;
  search: string;
  departementCode: string | null;
  networkId: string | null;
  includeInactive: boolean;
  page: number;
}

/** Reads the filters from the URL (unknown values are ignored, page starts at 1). */
export function filtersFromSearchParams(params: URLSearchParams): TOrganisationFilters {
  const kind = params.get('kind');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    kind: (ORGANISATION_KINDS as readonly string[]).includes(kind ?? '')
      ? (kind as TOrganisationKind)
      : null,
    search: params.get('search') ?? '',
    departementCode: params.get('departement') || null,
    networkId: params.get('network') || null,
    includeInactive: params.get('inactive') === '1',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Writes the filters to the URL (defaults left out, so links stay short). */
export function filtersToSearchParams(f: TOrganisationFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.kind) p.set('kind', f.kind);
  if (f.search.trim()) p.set('search', f.search.trim());
  if (f.departementCode) p.set('departement', f.departementCode);
  if (f.networkId) p.set('network', f.networkId);
  if (f.includeInactive) p.set('inactive', '1');
  if (f.page > 1) p.set('page', String(f.page));
  return p;
}

/**
 * The API query for the filters. `includeInactive` is sent only when true: the server coerces
 * any present value (even "false") to true.
 */
export function filtersToApiQuery(
  f: TOrganisationFilters,
  pageSize = ORGANISATIONS_PAGE_SIZE,
): Record<string, string> {
  const q: Record<string, string> = {
    limit: String(pageSize),
    offset: String((f.page - 1) * pageSize),
  };
  if (f.kind) q.kind = f.kind;
  if (f.search.trim()) q.search = f.search.trim();
  if (f.departementCode) q.departementCode = f.departementCode;
  if (f.networkId) q.networkId = f.networkId;
  if (f.includeInactive) q.includeInactive = 'true';
  return q;
}

/** Position in a paged list: shown range, page count and whether there is a next page. */
export function pageInfo(total: number, page: number, pageSize = ORGANISATIONS_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return { pages, from, to, hasPrevious: page > 1, hasNext: page < pages };
}
