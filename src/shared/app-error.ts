/**
 * The one error type of Passerelle. `code` is stable (clients and translations key on it);
 * `message` is an English fallback for logs and API users; `details` carries field errors or
 * values to interpolate in the translated message.
 */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Every error code, with the HTTP status it maps to (the only place statuses are decided). */
export const ERROR_STATUS = {
  'validation.failed': 400,
  'request.bad': 400,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.token_invalid': 400,
  'auth.csrf': 403,
  'auth.forbidden': 403,
  'auth.rate_limited': 429,
  'form.rate_limited': 429,
  'auth.password_weak': 400,
  'auth.no_membership': 403,
  not_found: 404,
  conflict: 409,
  'conflict.email_taken': 409,
  'state.invalid': 409,
  'request.invalid_state': 409,
  'request.limits_exceeded': 409,
  'request.duplicate_beneficiary': 409,
  'application.invalid_state': 409,
  'application.token_invalid': 400,
  'beneficiary.in_use': 409,
  'stock.insufficient': 409,
  'allocation.invalid_state': 409,
  'allocation.stale': 409,
  'allocation.what_if': 409,
  'allocation.shipped': 409,
  'logistics.invalid_state': 409,
  'logistics.scan_refused': 409,
  'logistics.not_packed': 409,
  'logistics.already_received': 409,
  'logistics.webhook_unsigned': 400,
  'logistics.webhook_signature': 401,
  'handover.not_delivered': 409,
  'handover.beneficiary_other_structure': 409,
  'handover.code_invalid': 409,
  'auth.workshop_token_invalid': 401,
  'donation.invalid_state': 409,
  'donation.not_processed': 409,
  'purchase.invalid_state': 409,
  'receipt.invalid_state': 409,
  grant_exceeded: 409,
  receipt_siren_missing: 409,
  receipt_issuer_incomplete: 409,
  'db.locked': 500,
  'backup.invalid': 400,
  'backup.incompatible': 409,
  'backup.target_not_empty': 409,
  internal: 500,
} as const;
export type TErrorCode = keyof typeof ERROR_STATUS;

/** HTTP status for an error code. */
export function statusOf(code: TErrorCode): number {
  return ERROR_STATUS[code];
}
