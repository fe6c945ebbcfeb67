import { AppError } from '../../shared/app-error';
import type { TNetworkCoordinator } from '../../shared/schemas/structure-applications';
import { findOrganisation, updateOrganisation } from '../../db/repositories/organisations-repo';
import { findUserById } from '../../db/repositories/users-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';

/**
 * Sets a network's coordinator contact: a user of the app, or a name and e-mail (who is told
 * of each request submitted under the network). Audited.
 */
export async function setNetworkCoordinator(
  ctx: ServiceContext,
  networkId: string,
  input: TNetworkCoordinator,
) {
  return ctx.db.transaction(async (tx) => {
    const network = await findOrganisation(tx, networkId);
    if (!network || network.kind !== 'network') throw new AppError('not_found', 'Unknown network.');
    if (input.userId && !(await findUserById(tx, input.userId))) {
      throw new AppError('validation.failed', 'Unknown user.', {
        fields: [{ path: 'userId', code: 'user_unknown' }],
      });
    }
    const updated = await updateOrganisation(tx, networkId, {
      coordinatorUserId: input.userId,
      coordinatorName: input.name || null,
      coordinatorEmail: input.email || null,
      updatedAt: ctx.now(),
    });
    const pick = (o: typeof network) => ({
      coordinatorUserId: o.coordinatorUserId,
      coordinatorName: o.coordinatorName,
      coordinatorEmail: o.coordinatorEmail,
    });
    await recordAudit(tx, ctx, {
      action: 'network.set_coordinator',
      entityType: 'organisation',
      entityId: networkId,
      before: pick(network),
      after: pick(updated!),
    });
    return { id: networkId, ...pick(updated!) };
  });
}
