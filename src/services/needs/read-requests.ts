import { AppError } from '../../shared/app-error';
import type { TRequestQuery } from '../../shared/schemas/requests';
import { nextStep, waitingFor } from '../../domain/needs/request-lifecycle';
import { findRequest, searchRequests } from '../../db/repositories/requests-repo';
import { listLines } from '../../db/repositories/requests-repo';
import type { ServiceContext } from '../context';
import { loadRequestDetail, requestReference } from './request-detail';
import { assertOwns, isBankActor, resolveStructure } from './scope';

/**
 * A structure's requests with where each stands (status, who it waits for); the bank may list
 * any structure's, or all with no filter.
 */
export async function listRequests(ctx: ServiceContext, q: TRequestQuery) {
  const structureId =
    q.structureId || !isBankActor(ctx.actor)
      ? (await resolveStructure(ctx, ctx.db, 'request.read', q.structureId)).id
      : undefined;
  const { rows, total } = await searchRequests(ctx.db, { ...q, structureId });
  const lines = await listLines(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    total,
    items: rows.map((r) => {
      const mine = lines.filter((l) => l.requestId === r.id);
      return {
        id: r.id,
        number: r.number,
        reference: requestReference(r.number),
        structureId: r.structureId,
        campaignId: r.campaignId,
        status: r.status,
        waitingFor: waitingFor(r.status),
        nextStep: nextStep(r.status),
        urgency: r.urgency,
        submittedAt: r.submittedAt,
        updatedAt: r.updatedAt,
        statusReason: r.statusReason,
        asked: mine.reduce((s, l) => s + l.quantity, 0),
        approved: mine.some((l) => l.approvedQuantity != null)
          ? mine.reduce((s, l) => s + (l.approvedQuantity ?? 0), 0)
          : null,
      };
    }),
  };
}

/** One request with its lines, decisions and history; 404 outside its structure and the bank. */
export async function getRequest(ctx: ServiceContext, id: string) {
  const row = await findRequest(ctx.db, id);
  if (!row) throw new AppError('not_found', 'Unknown request.');
  assertOwns(ctx, 'request.read', row.structureId, 'request');
  return loadRequestDetail(ctx.db, row, ctx.actor);
}
