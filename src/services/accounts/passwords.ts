import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../shared/app-error';
import { checkPassword } from '../../domain/accounts/password-rules';

/** Hashes a password with argon2id (the library's default algorithm and OWASP parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Compares a password with a stored hash; false on any malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Refuses a weak password with a field error the UI can translate. */
export function assertPasswordAcceptable(password: string, email: string): void {
  const problem = checkPassword(password, email);
  if (problem) {
    throw new AppError('auth.password_weak', `Password refused: ${problem}`, {
      fields: [{ path: 'password', code: `password_${problem}` }],
    });
  }
}
