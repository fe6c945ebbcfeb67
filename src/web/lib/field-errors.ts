import type { TFieldError } from './api-error';

/** A zod-like issue (only what we read), so this module does not depend on zod's types. */
export interface TIssueLike {
  path: readonly PropertyKey[];
  code: string;
  message: string;
}

/**
 * Turns schema issues into field errors with the same rule as the server: a snake_case custom
 * message is the code (e.g. `required`), otherwise zod's own issue code (e.g. `too_small`).
 */
export function issuesToFieldErrors(issues: readonly TIssueLike[]): TFieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code,
  }));
}

/**
 * Places field errors on form fields: an error on `networkIds.1` goes to `networkIds` when only
 * that exists. Returns the first code per form path, and errors no field can show (for a
 * general alert).
 */
export function placeFieldErrors(
  fields: readonly TFieldError[],
  isFormPath: (path: string) => boolean,
): { errors: Record<string, string>; unplaced: TFieldError[] } {
  const errors: Record<string, string> = {};
  const unplaced: TFieldError[] = [];
  for (const f of fields) {
    const segments = f.path.split('.').filter(Boolean);
    let target: string | null = null;
    for (let n = segments.length; n > 0; n--) {
      const candidate = segments.slice(0, n).join('.');
      if (isFormPath(candidate)) {
        target = candidate;
        break;
      }
    }
    if (target === null) unplaced.push(f);
    else if (!(target in errors)) errors[target] = f.code;
  }
  return { errors, unplaced };
}

/** A form-path predicate from a list of fixed paths and list fields (`addresses.N.field`). */
export function formPathMatcher(
  fixed: readonly string[],
  lists: Record<string, readonly string[]> = {},
): (path: string) => boolean {
  const fixedSet = new Set(fixed);
  return (path) => {
    if (fixedSet.has(path)) return true;
    const m = /^([A-Za-z]+)\.(\d+)\.([A-Za-z][A-Za-z0-9]*)$/.exec(path);
    return !!m && !!lists[m[1]!]?.includes(m[3]!);
  };
}
