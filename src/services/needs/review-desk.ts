import { AppError } from '../../shared/app-error';
import type { TReviewQuery } from '../../shared/schemas/requests';
import { waitingFor } from '../../domain/needs/request-lifecycle';
import { daysBetween } from '../../domain/needs/line-weight';
import { searchDesk, structureHistory } from '../../db/repositories/review-repo';
import { findRequest } from '../../db/repositories/requests-repo';
import { findOrganisation } from '../../db/repositories/organisations-repo';
import type { ServiceContext } from '../context';
import { weighLines } from './line-weights';
import { loadLinesWithLinks, loadRequestDetail, requestReference } from './request-detail';
import { checkRequestLimits } from './request-limits';

/**
 * The coordinators' desk: requests filtered, sorted and paginated, each with how long it has
 * waited, its totals and its highest line weight (the allocation's priority).
 */
export async function listReviewDesk(ctx: ServiceContext, q: TReviewQuery) {
  const now = ctx.now();
  const { items, total } = await searchDesk(ctx.db, q, now);
  const lines = await loadLinesWithLinks(
    ctx.db,
    items.map((i) => i.id),
  );
  const byId = new Map(items.map((i) => [i.id, i]));
  const weights = await weighLines(
    ctx.db,
    lines.map((l) => {
      const r = byId.get(l.requestId)!;
      return {
        lineId: l.id,
        urgency: r.urgency,
        urgencyReason: r.urgencyReason,
        submittedAt: r.submittedAt,
        structureType: r.structureType,
        beneficiaryIds: l.beneficiaryIds,
        weightOverride: l.weightOverride,
      };
    }),
    now,
  );
  return {
    total,
    items: items.map((i) => {
      const mine = lines.filter((l) => l.requestId === i.id);
      return {
        ...i,
        reference: requestReference(i.number),
        waitingFor: waitingFor(i.status),
        waitingDays: i.submittedAt ? daysBetween(i.submittedAt, now) : 0,
        kinds: [...new Set(mine.map((l) => l.kind))],
        maxWeight: Math.max(0, ...mine.map((l) => weights.get(l.id)?.effective ?? 0)),
      };
    }),
  };
}

/** What a structure asked, got and confirmed handing over, per request and in total by kind. */
export async function getStructureHistory(ctx: ServiceContext, structureId: string) {
  const structure = await findOrganisation(ctx.db, structureId);
  if (!structure || structure.kind !== 'structure')
    throw new AppError('not_found', 'Unknown structure.');
  const rows = await structureHistory(ctx.db, structureId);
  const totals = new Map<
    string,
    { kind: string; asked: number; approved: number; fulfilled: number; handedOver: number }
  >();
  for (const r of rows) {
    const t = totals.get(r.kind) ?? {
      kind: r.kind,
      asked: 0,
      approved: 0,
      fulfilled: 0,
      handedOver: 0,
    };
    t.asked += r.asked;
    t.approved += r.approved ?? 0;
    t.fulfilled += r.fulfilled;
    t.handedOver += r.handedOver;
    totals.set(r.kind, t);
  }
  return {
    structure: { id: structure.id, name: structure.name, structureType: structure.structureType },
    totals: [...totals.values()],
    requests: rows.map((r) => ({ ...r, reference: requestReference(r.number) })),
  };
}

/**
 * A request as the coordinator decides on it: the detail, the checks its approval would face
 * (quota, per-beneficiary limit, duplicates), each line's weight with its explanation, and the
 * structure's history.
 */
export async function getReviewRequest(ctx: ServiceContext, id: string) {
  const request = await findRequest(ctx.db, id);
  if (!request) throw new AppError('not_found', 'Unknown request.');
  const [detail, lines, structure] = await Promise.all([
    loadRequestDetail(ctx.db, request, ctx.actor),
    loadLinesWithLinks(ctx.db, [id]),
    findOrganisation(ctx.db, request.structureId),
  ]);
  const checks = await checkRequestLimits(
    ctx.db,
    request,
    lines.map((l) => ({
      kind: l.kind,
      quantity: l.approvedQuantity ?? l.quantity,
      beneficiaryIds: l.beneficiaryIds,
    })),
  );
  const weights = await weighLines(
    ctx.db,
    lines.map((l) => ({
      lineId: l.id,
      urgency: request.urgency,
      urgencyReason: request.urgencyReason,
      submittedAt: request.submittedAt,
      structureType: structure?.structureType ?? null,
      beneficiaryIds: l.beneficiaryIds,
      weightOverride: l.weightOverride,
    })),
    ctx.now(),
  );
  return {
    request: detail,
    checks,
    weights: lines.map((l) => ({ lineId: l.id, ...weights.get(l.id)! })),
    history: await getStructureHistory(ctx, request.structureId),
  };
}
