import type { Tx } from '../../db/connect';
import { findRequest } from '../../db/repositories/requests-repo';
import { findLines, linesOfRequest } from '../../db/repositories/logistics-repo';
import { transitionRequest } from '../../domain/needs/request-lifecycle';
import type { ServiceContext } from '../context';
import { applyTransition as applyRequestTransition } from '../needs/request-transition';

/**
 * After deliveries, moves each request of these lines to `partly_fulfilled` or `fulfilled`
 * (delivered units against approved units), when the lifecycle allows and the state changes.
 */
export async function updateRequestProgress(
  tx: Tx,
  ctx: ServiceContext,
  lineIds: string[],
  message: string,
) {
  if (!lineIds.length) return;
  const lines = await findLines(tx, lineIds);
  for (const requestId of new Set(lines.map((l) => l.requestId))) {
    const request = await findRequest(tx, requestId, true);
    if (!request) continue;
    const all = await linesOfRequest(tx, requestId);
    const delivered = all.reduce((n, l) => n + l.fulfilledQuantity, 0);
    if (!delivered) continue;
    const complete = all.every((l) => l.fulfilledQuantity >= (l.approvedQuantity ?? 0));
    const event = complete ? 'fulfil' : 'fulfil_partly';
    const t = transitionRequest(request.status, event);
    if (!t.ok || t.status === request.status) continue;
    await applyRequestTransition(tx, ctx, request, event, {
      message,
      data: { delivered },
    });
  }
}
