import { AppError } from '../../shared/app-error';
import type { Executor } from '../../db/connect';
import type { TInviteInput } from '../../shared/schemas/accounts';
import {
  findUserByEmailWithHash,
  findUserById,
  insertOneTimeToken,
  insertUser,
  upsertMembership,
} from '../../db/repositories/users-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { sendMail } from '../mail/send-mail';
import { hashSecret, newSecret } from './tokens';

/** An invitation link is valid this long. */
export const INVITE_TTL_MS = 7 * 24 * 3_600_000;

/**
 * Gives a person a role in an organisation. A new person gets an account without password and
 * a one-time link to choose one; an existing user simply gains the role (and is told by mail).
 */
export async function inviteUser(
  ctx: ServiceContext,
  input: TInviteInput,
): Promise<{ userId: string; membershipId: string; isNewUser: boolean }> {
  if (!ctx.actor) throw new AppError('auth.required', 'Log in first.');
  const actor = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const inviter = await findUserById(tx, actor.userId);
    return inviteUserInTx(tx, ctx, input, inviter?.displayName ?? '');
  });
}

/**
 * The invitation itself, in the caller's transaction, so a use case can create an
 * organisation and invite its first member atomically (the public donation form, where
 * `inviterName` is the bank's name since nobody is logged in).
 */
export async function inviteUserInTx(
  tx: Executor,
  ctx: ServiceContext,
  input: TInviteInput,
  inviterName: string,
): Promise<{ userId: string; membershipId: string; isNewUser: boolean }> {
  const organisation = await findOrganisation(tx, input.organisationId);
  if (!organisation) throw new AppError('not_found', 'Unknown organisation.');
  const existing = await findUserByEmailWithHash(tx, input.email);
  const user =
    existing ??
    (await insertUser(tx, {
      email: input.email,
      displayName: input.displayName,
      passwordHash: null,
      locale: input.locale,
    }));
  const membershipId = await upsertMembership(tx, {
    userId: user.id,
    organisationId: organisation.id,
    role: input.role,
  });
  const token = newSecret();
  const needsPassword = !existing?.passwordHash;
  if (needsPassword) {
    await insertOneTimeToken(tx, {
      id: hashSecret(token),
      purpose: 'invite',
      userId: user.id,
      expiresAt: new Date(ctx.now().getTime() + INVITE_TTL_MS),
    });
  }
  await sendMail(tx, ctx, user.email, existing?.locale ?? input.locale, {
    kind: needsPassword ? 'invitation' : 'role_granted',
    link: needsPassword
      ? `${ctx.config.publicUrl}/invitation?token=${token}`
      : `${ctx.config.publicUrl}/login`,
    organisationName: organisation.name,
    inviterName,
  });
  await recordAudit(tx, ctx, {
    action: 'user.invite',
    entityType: 'user',
    entityId: user.id,
    after: { email: user.email, organisationId: organisation.id, role: input.role },
  });
  return { userId: user.id, membershipId, isNewUser: !existing };
}
