import { AppError } from '../../shared/app-error';
import { findRequest } from '../../db/repositories/requests-repo';
import type { ServiceContext } from '../context';
import { loadRequestDetail } from './request-detail';
import { applyTransition } from './request-transition';

/** Bank decisions that only change the state, with a message for the structure. */
type TSimpleDecision = 'start_review' | 'ask_information' | 'reject' | 'close';

/**
 * A coordinator's decision other than approval: start the review, ask the structure for more
 * information, reject (with a reason) or close. Each goes through the lifecycle table, the
 * history, the audit trail, and is mailed to the structure's referents.
 */
export async function decideRequest(
  ctx: ServiceContext,
  id: string,
  decision: TSimpleDecision,
  message: string | null,
) {
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, id, true);
    if (!request) throw new AppError('not_found', 'Unknown request.');
    const now = ctx.now();
    const patch =
      decision === 'reject'
        ? { statusReason: message, decidedAt: now }
        : decision === 'ask_information'
          ? { statusReason: message }
          : {};
    const updated = await applyTransition(tx, ctx, request, decision, { message, patch });
    return loadRequestDetail(tx, updated, ctx.actor);
  });
}
