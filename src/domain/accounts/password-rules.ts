/** Minimum length of a password: long passphrases beat complex short ones (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 10;
/** Upper bound, so hashing cost stays bounded. */
export const PASSWORD_MAX_LENGTH = 200;

/** Why a password is refused, as a stable code the UI translates. */
export type TPasswordProblem = 'too_short' | 'too_long' | 'same_as_email' | 'too_common';

const COMMON = new Set([
  'motdepasse',
  'password123',
  'azertyuiop',
  '1234567890',
  'qwertyuiop',
  'passerelle',
]);

/** Checks a new password; returns the first problem or null when acceptable. */
export function checkPassword(password: string, email: string): TPasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  if (password.toLowerCase() === email.toLowerCase()) return 'same_as_email';
  if (COMMON.has(password.toLowerCase())) return 'too_common';
  return null;
}
