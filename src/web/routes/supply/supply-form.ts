import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from '../../api/client';
import { focusFirstError } from '../../components/common/focus-first-error';
import { issuesToFieldErrors, placeFieldErrors, type TIssueLike } from '../../lib/field-errors';

/** A mantine-form validator from a zod schema: the same codes as the server, on the fields. */
export function schemaValidator<V>(
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: readonly TIssueLike[] } };
  },
  toInput: (values: V) => unknown,
  isPath: (path: string) => boolean,
) {
  return (values: V): Record<string, string> => {
    const r = schema.safeParse(toInput(values));
    if (r.success || !r.error) return {};
    return placeFieldErrors(issuesToFieldErrors(r.error.issues), isPath).errors;
  };
}

/**
 * Puts an API failure's field errors on the form's fields; returns the error to show in a
 * general alert (null when every problem is shown next to its field).
 */
export function applyApiError<V>(
  form: UseFormReturnType<V>,
  e: unknown,
  isPath: (path: string) => boolean,
  mapPath: (path: string) => string = (p) => p,
): unknown {
  if (e instanceof ApiError && e.fields.length) {
    const { errors, unplaced } = placeFieldErrors(e.fields, isPath);
    form.setErrors(Object.fromEntries(Object.entries(errors).map(([k, v]) => [mapPath(k), v])));
    focusFirstError(null);
    return unplaced.length || !Object.keys(errors).length ? e : null;
  }
  return e;
}

/** Optional text typed in a form: trimmed, undefined when empty. */
export const opt = (s: string | undefined | null) => (s?.trim() ? s.trim() : undefined);

/** A number field's value (Mantine gives '' when empty): NaN when empty, so schemas refuse it. */
export const num = (v: number | string) => (v === '' ? NaN : Number(v));
