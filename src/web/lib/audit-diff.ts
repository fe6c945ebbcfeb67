/** One changed value between an audit event's `before` and `after`. */
export interface TAuditChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) {
      out.set(prefix, value);
      return;
    }
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix, value);
}

/**
 * Values that say nothing to a reader: timestamps of the row itself, the entity's own id (shown
 * above the table) and ids of list rows, which are regenerated when a list is replaced.
 */
function isTechnical(path: string): boolean {
  return /(^|\.)(updatedAt|createdAt)$/.test(path) || path === 'id' || /\.\d+\.id$/.test(path);
}

/**
 * What an audited change did, field by field (nested objects and arrays become dotted paths
 * such as `addresses.0.postalCode`). A creation lists every value as added; unchanged values
 * are left out, and so are technical values (see `isTechnical`).
 */
export function diffAudit(before: unknown, after: unknown): TAuditChange[] {
  const b = new Map<string, unknown>();
  const a = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, '', b);
  if (after !== null && after !== undefined) flatten(after, '', a);
  const paths = [...new Set([...b.keys(), ...a.keys()])].filter((p) => !isTechnical(p));
  const changes: TAuditChange[] = [];
  for (const path of paths) {
    const inB = b.has(path);
    const inA = a.has(path);
    const vb = b.get(path);
    const va = a.get(path);
    if (inB && inA) {
      if (JSON.stringify(vb) !== JSON.stringify(va)) {
        changes.push({ path, kind: 'changed', before: vb, after: va });
      }
    } else if (inA) {
      if (va !== null && va !== undefined)
        changes.push({ path, kind: 'added', before: undefined, after: va });
    } else {
      changes.push({ path, kind: 'removed', before: vb, after: undefined });
    }
  }
  return changes;
}

/** A value as text for the audit table (`null`/absent become an empty string). */
export function auditValueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
