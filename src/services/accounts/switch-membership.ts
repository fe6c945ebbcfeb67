import { AppError } from '../../shared/app-error';
import { listMembershipsOfUsers } from '../../db/repositories/users-repo';
import { updateSession } from '../../db/repositories/sessions-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';

/** Makes another of the user's memberships (role in an organisation) the active one. */
export async function switchMembership(
  ctx: ServiceContext,
  sessionId: string,
  membershipId: string,
): Promise<void> {
  if (!ctx.actor) throw new AppError('auth.required', 'Log in first.');
  const actor = ctx.actor;
  const memberships = await listMembershipsOfUsers(ctx.db, [actor.userId]);
  if (!memberships.some((m) => m.id === membershipId)) {
    throw new AppError('not_found', 'This role does not belong to you.');
  }
  await ctx.db.transaction(async (tx) => {
    await updateSession(tx, sessionId, { membershipId });
    await recordAudit(tx, ctx, {
      action: 'auth.switch_membership',
      entityType: 'user',
      entityId: actor.userId,
      before: { membershipId: actor.membershipId },
      after: { membershipId },
    });
  });
}
