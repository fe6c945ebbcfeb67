import { AppError } from '../../shared/app-error';
import type { TSessionInfo } from '../../shared/schemas/accounts';
import { findUserById, listMembershipsOfUsers } from '../../db/repositories/users-repo';
import type { ServiceContext } from '../context';

/** Who is logged in, their memberships and the active one (the web app's starting point). */
export async function getSessionInfo(
  ctx: ServiceContext,
  csrfToken: string,
): Promise<TSessionInfo> {
  if (!ctx.actor) throw new AppError('auth.required', 'Log in first.');
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw new AppError('auth.required', 'Log in first.');
  const memberships = await listMembershipsOfUsers(ctx.db, [user.id]);
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
    memberships: memberships.map(({ userId: _userId, ...m }) => m),
    activeMembershipId: ctx.actor.membershipId,
    csrfToken,
  };
}
