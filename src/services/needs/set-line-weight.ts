import { AppError } from '../../shared/app-error';
import {
  findRequest,
  insertRequestEvent,
  listLines,
  updateLine,
} from '../../db/repositories/requests-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { requireActor } from './scope';

const FINAL = new Set(['draft', 'rejected', 'withdrawn', 'closed']);

/**
 * A coordinator overrides the computed weight of a line (or removes the override with null),
 * with a reason kept on the line, in the request's history and in the audit trail.
 */
export async function setLineWeight(
  ctx: ServiceContext,
  requestId: string,
  lineId: string,
  input: { weight: number | null; reason: string },
) {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const request = await findRequest(tx, requestId, true);
    if (!request) throw new AppError('not_found', 'Unknown request.');
    const line = (await listLines(tx, [requestId])).find((l) => l.id === lineId);
    if (!line) throw new AppError('not_found', 'Unknown line.');
    if (FINAL.has(request.status)) {
      throw new AppError(
        'request.invalid_state',
        `The weight of a ${request.status} request cannot change.`,
        {
          from: request.status,
          event: 'set_weight',
        },
      );
    }
    const updated = await updateLine(tx, lineId, {
      weightOverride: input.weight,
      weightOverrideReason: input.weight == null ? null : input.reason,
    });
    const change = { lineId, weight: input.weight, reason: input.reason };
    await insertRequestEvent(tx, {
      requestId,
      at: ctx.now(),
      actorUserId: actor.userId,
      kind: 'weight',
      data: change,
    });
    await recordAudit(tx, ctx, {
      action: 'request.set_weight',
      entityType: 'request_line',
      entityId: lineId,
      before: { weightOverride: line.weightOverride, reason: line.weightOverrideReason },
      after: change,
    });
    return {
      lineId,
      weightOverride: updated!.weightOverride,
      weightOverrideReason: updated!.weightOverrideReason,
    };
  });
}
