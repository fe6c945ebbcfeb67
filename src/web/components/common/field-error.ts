import type { TFunction } from 'i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../domain/accounts/password-rules';
import { fieldErrorKey } from '../../lib/api-error';

/** Translates a field error code held by a form (values such as lengths interpolated). */
export function translateFieldError(t: TFunction, code: unknown): string | undefined {
  if (typeof code !== 'string' || !code) return undefined;
  return t(fieldErrorKey(code), { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
}
