import { AppError } from '../../shared/app-error';
import type { TSetPasswordWithToken } from '../../shared/schemas/accounts';
import { consumeOneTimeToken, findUserById, updateUser } from '../../db/repositories/users-repo';
import { deleteSessionsOfUser } from '../../db/repositories/sessions-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { assertPasswordAcceptable, hashPassword } from './passwords';
import { hashSecret } from './tokens';

/**
 * Sets a password from a one-time link (reset or invitation). The link works once; every
 * open session of the user is closed, so a stolen session dies with the old password.
 */
export async function setPasswordWithToken(
  ctx: ServiceContext,
  purpose: 'reset' | 'invite',
  input: TSetPasswordWithToken,
): Promise<{ email: string }> {
  return ctx.db.transaction(async (tx) => {
    const token = await consumeOneTimeToken(tx, hashSecret(input.token), purpose, ctx.now());
    if (!token) {
      throw new AppError('auth.token_invalid', 'This link is invalid, expired or already used.');
    }
    const user = await findUserById(tx, token.userId);
    if (!user) throw new AppError('auth.token_invalid', 'This link is no longer valid.');
    assertPasswordAcceptable(input.password, user.email);
    await updateUser(tx, user.id, {
      passwordHash: await hashPassword(input.password),
      ...(input.displayName ? { displayName: input.displayName } : {}),
    });
    await deleteSessionsOfUser(tx, user.id);
    await recordAudit(
      tx,
      {
        ...ctx,
        actor: ctx.actor ?? {
          userId: user.id,
          membershipId: null,
          role: null,
          organisationId: null,
          organisationKind: null,
        },
      },
      {
        action: purpose === 'reset' ? 'auth.password_reset' : 'auth.invitation_accepted',
        entityType: 'user',
        entityId: user.id,
      },
    );
    return { email: user.email };
  });
}
