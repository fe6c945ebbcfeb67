import { ERROR_STATUS, type TErrorCode } from '../../shared/app-error';

/** One invalid field, as the API reports it (`path` like `addresses.0.postalCode`). */
export interface TFieldError {
  path: string;
  code: string;
  params?: Record<string, unknown>;
}

/**
 * An error answered by the API (or a network failure, status 0 and code `network`). The
 * interface shows `code` translated, never `message`, which is an English fallback for logs.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | undefined,
    readonly requestId: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field errors carried in `details.fields`, if any. */
  get fields(): TFieldError[] {
    return fieldErrorsOf(this.details);
  }
}

/** Reads `details.fields` defensively (anything malformed is dropped). */
export function fieldErrorsOf(details: Record<string, unknown> | undefined): TFieldError[] {
  const fields = details?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is TFieldError =>
      !!f && typeof f === 'object' && typeof f.path === 'string' && typeof f.code === 'string',
  );
}

/** Builds an ApiError from a response status and its JSON body (`{error: {...}}`). */
export function apiErrorFromBody(status: number, body: unknown, headerRequestId?: string | null) {
  const e = (body as { error?: Record<string, unknown> } | null)?.error;
  const code = typeof e?.code === 'string' ? e.code : status >= 500 ? 'internal' : 'request.bad';
  const message = typeof e?.message === 'string' ? e.message : `HTTP ${status}`;
  const details =
    e?.details && typeof e.details === 'object'
      ? (e.details as Record<string, unknown>)
      : undefined;
  const requestId = typeof e?.requestId === 'string' ? e.requestId : (headerRequestId ?? undefined);
  return new ApiError(status, code, message, details, requestId);
}

/** True for a code the server may answer (keys `errors.<code>` exist for each). */
export function isKnownErrorCode(code: string): code is TErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_STATUS, code);
}

/** The translation key of an error's message: `errors.<code>`, or a generic one. */
export function errorMessageKey(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return 'errors.network';
    if (isKnownErrorCode(error.code)) return `errors.${error.code}`;
    return error.status >= 500 ? 'errors.internal' : 'errors.request.bad';
  }
  return 'errors.unexpected';
}

/** Unexpected failures show the request id, so people can quote it to an administrator. */
export function shouldShowRequestId(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 500 && !!error.requestId;
}

/** Field error codes that have their own translation (`fields.<code>`). */
export const FIELD_ERROR_CODES = [
  'required',
  'email_invalid',
  'too_short',
  'postal_code_format',
  'postal_code_unknown',
  'commune_ambiguous',
  'commune_mismatch',
  'siret_invalid',
  'siren_invalid',
  'departement_unknown',
  'network_unknown',
  'networks_structures_only',
  'kind_immutable',
  'email_taken',
  'password_too_short',
  'password_too_long',
  'password_same_as_email',
  'password_too_common',
  'password_mismatch',
  'logo_too_large',
  'logo_format',
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'invalid_union',
  'unrecognized_keys',
  'custom',
] as const;

/** Translation key for a field error code, with a generic fallback for unknown codes. */
export function fieldErrorKey(code: string): string {
  return (FIELD_ERROR_CODES as readonly string[]).includes(code)
    ? `fields.${code}`
    : 'fields.invalid';
}
