import { AppError } from '../../shared/app-error';
import { deleteMembership, findUserById, updateUser } from '../../db/repositories/users-repo';
import { deleteSessionsOfUser } from '../../db/repositories/sessions-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';

/** Activates or deactivates an account; deactivation closes its sessions at once. */
export async function setUserActive(
  ctx: ServiceContext,
  userId: string,
  isActive: boolean,
): Promise<void> {
  if (ctx.actor?.userId === userId && !isActive) {
    throw new AppError('state.invalid', 'You cannot deactivate your own account.');
  }
  await ctx.db.transaction(async (tx) => {
    const before = await findUserById(tx, userId);
    if (!before) throw new AppError('not_found', 'Unknown user.');
    await updateUser(tx, userId, { isActive });
    if (!isActive) await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, ctx, {
      action: isActive ? 'user.activate' : 'user.deactivate',
      entityType: 'user',
      entityId: userId,
      before: { isActive: before.isActive },
      after: { isActive },
    });
  });
}

/** Removes one role of a user. */
export async function removeMembership(
  ctx: ServiceContext,
  userId: string,
  membershipId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const removed = await deleteMembership(tx, userId, membershipId);
    if (!removed) throw new AppError('not_found', 'Unknown role.');
    await recordAudit(tx, ctx, {
      action: 'user.remove_membership',
      entityType: 'user',
      entityId: userId,
      before: { organisationId: removed.organisationId, role: removed.role },
    });
  });
}
