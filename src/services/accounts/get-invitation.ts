import { AppError } from '../../shared/app-error';
import { findValidOneTimeToken } from '../../db/repositories/users-repo';
import type { ServiceContext } from '../context';
import { hashSecret } from './tokens';

/** Who an invitation link is for, so the page can greet them; fails if the link is dead. */
export async function getInvitation(ctx: ServiceContext, token: string) {
  const found = await findValidOneTimeToken(ctx.db, hashSecret(token), 'invite', ctx.now());
  if (!found) {
    throw new AppError('auth.token_invalid', 'This link is invalid, expired or already used.');
  }
  return { email: found.email, displayName: found.displayName };
}
