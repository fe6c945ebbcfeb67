import { findUserByEmailWithHash, insertOneTimeToken } from '../../db/repositories/users-repo';
import type { ServiceContext } from '../context';
import { sendMail } from '../mail/send-mail';
import { hashSecret, newSecret } from './tokens';

/** A reset link is valid this long. */
export const RESET_TTL_MS = 60 * 60_000;

/**
 * Mails a one-time reset link when the e-mail belongs to an active user. Answers the same
 * way either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(ctx: ServiceContext, email: string): Promise<void> {
  const user = await findUserByEmailWithHash(ctx.db, email);
  if (!user || !user.isActive) return;
  const token = newSecret();
  await ctx.db.transaction(async (tx) => {
    await insertOneTimeToken(tx, {
      id: hashSecret(token),
      purpose: 'reset',
      userId: user.id,
      expiresAt: new Date(ctx.now().getTime() + RESET_TTL_MS),
    });
    await sendMail(tx, ctx, user.email, user.locale, {
      kind: 'password_reset',
      link: `${ctx.config.publicUrl}/reset-password?token=${token}`,
    });
  });
}
