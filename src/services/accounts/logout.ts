import { deleteSession } from '../../db/repositories/sessions-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';

/** Ends a session (the row is deleted; the cookie is cleared by the route). */
export async function logout(ctx: ServiceContext, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    if (ctx.actor) {
      await recordAudit(tx, ctx, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: ctx.actor.userId,
      });
    }
  });
}
