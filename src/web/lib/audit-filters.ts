/** Filters of the audit trail page, as kept in its URL (dates as YYYY-MM-DD). */
export interface TAuditFormFilters {
  entityType: string;
  entityId: string;
  action: string;
  actorUserId: string;
  from: string;
  to: string;
}

const KEYS: (keyof TAuditFormFilters)[] = [
  'entityType',
  'entityId',
  'action',
  'actorUserId',
  'from',
  'to',
];

/** Reads the filters from the URL. */
export function auditFiltersFromParams(params: URLSearchParams): TAuditFormFilters {
  return Object.fromEntries(
    KEYS.map((k) => [k, params.get(k)?.trim() ?? '']),
  ) as unknown as TAuditFormFilters;
}

/** Writes the filters to the URL, leaving empty ones out. */
export function auditFiltersToParams(f: TAuditFormFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of KEYS) if (f[k].trim()) p.set(k, f[k].trim());
  return p;
}

function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * The API filters: dates become the start of the first day and the end of the last day in the
 * browser's time zone, so « du 3 au 3 mars » means the whole of 3 March.
 */
export function auditFiltersToApi(f: TAuditFormFilters) {
  return {
    entityType: f.entityType || undefined,
    entityId: f.entityId || undefined,
    action: f.action || undefined,
    actorUserId: f.actorUserId || undefined,
    from: dayBoundary(f.from, false),
    to: dayBoundary(f.to, true),
  };
}
