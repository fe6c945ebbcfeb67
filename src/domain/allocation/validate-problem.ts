import { ZAllocationProblem, type TAllocationProblem, type TValidationIssue } from './types';

/** Largest total supply accepted: keeps weighted units (weight <= 1000) below 2^53. */
export const MAX_TOTAL_SUPPLY = 1_000_000_000_000;

/** Outcome of {@link validateProblem}: the typed problem, or every issue found. */
export type TValidationResult =
  { ok: true; problem: TAllocationProblem } | { ok: false; issues: TValidationIssue[] };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a path the way a coordinator reads it: `supply[3].quantity`, `networkCaps["A B"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function itemsOf(input: unknown, key: string): unknown[] {
  if (!isRecord(input)) return [];
  const value = input[key];
  return Array.isArray(value) ? value : [];
}

/** Duplicate ids within one list (ids are strings; other shapes are reported by the schema). */
function duplicateIds(list: string, items: unknown[]): TValidationIssue[] {
  const firstAt = new Map<string, number>();
  const issues: TValidationIssue[] = [];
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') return;
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, index);
    else
      issues.push({
        path: `${list}[${index}].id`,
        reason: `duplicate id ${JSON.stringify(item.id)} (also at ${list}[${first}])`,
      });
  });
  return issues;
}

/** Cross-reference checks the schema cannot express; they run even when the schema fails. */
function crossReferenceIssues(input: unknown): TValidationIssue[] {
  const warehouses = itemsOf(input, 'warehouses');
  const supply = itemsOf(input, 'supply');
  const issues = [
    ...duplicateIds('warehouses', warehouses),
    ...duplicateIds('supply', supply),
    ...duplicateIds('demands', itemsOf(input, 'demands')),
  ];
  const known = new Set(
    warehouses.flatMap((w) => (isRecord(w) && typeof w.id === 'string' ? [w.id] : [])),
  );
  let total = 0;
  supply.forEach((line, index) => {
    if (!isRecord(line)) return;
    if (typeof line.warehouse === 'string' && line.warehouse !== '' && !known.has(line.warehouse))
      issues.push({
        path: `supply[${index}].warehouse`,
        reason: `unknown warehouse ${JSON.stringify(line.warehouse)}`,
      });
    if (typeof line.quantity === 'number' && Number.isFinite(line.quantity) && line.quantity > 0)
      total += line.quantity;
  });
  if (total > MAX_TOTAL_SUPPLY)
    issues.push({ path: 'supply', reason: `total quantity must be <= ${MAX_TOTAL_SUPPLY}` });
  return issues;
}

/**
 * Checks an allocation problem (parsed JSON or a TypeScript object) and returns ALL the
 * problems found, each with its path and an English reason, so a coordinator can fix the file
 * in one go: missing fields, wrong types, negative or fractional quantities, weights above
 * 1000, NaN or out-of-range coordinates, duplicate ids, supply in an unknown warehouse.
 * A cap for a network that no demand mentions is accepted (caps are shared configuration).
 */
export function validateProblem(input: unknown): TValidationResult {
  const parsed = ZAllocationProblem.safeParse(input);
  const issues: TValidationIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        reason: issue.message,
      }));
  issues.push(...crossReferenceIssues(input));
  if (parsed.success && issues.length === 0) return { ok: true, problem: parsed.data };
  return { ok: false, issues };
}
