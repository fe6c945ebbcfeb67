import {
  findFollowUpOfHandover,
  listHandoverRows,
  type THandoverListRow,
} from '../../db/repositories/handovers-repo';
import { addDays } from '../../domain/logistics';
import { LOGISTICS_LIMITS } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from '../inventory/access';
import { todayInFrance } from '../needs/scope';
import { seesHandoversOf } from './handovers';

function present(r: THandoverListRow) {
  const h = r.handover;
  return {
    id: h.id,
    device: { id: h.deviceId, assetTag: r.assetTag, kind: r.kind, state: r.deviceState },
    beneficiary: { id: h.beneficiaryId, reference: r.beneficiaryReference },
    structure: { id: h.structureId, name: r.structureName },
    form: h.form,
    priceCents: h.priceCents,
    returnDueOn: h.returnDueOn,
    handedOverOn: h.handedOverOn,
    charterMethod: h.charterMethod,
    signatureId: h.signatureId,
    photoId: h.photoId,
    charterAcceptedAt: h.charterAcceptedAt,
    returnedAt: h.returnedAt,
    returnReason: h.returnReason,
  };
}

/**
 * Handovers the actor may see (a referent: their structure's; the beneficiary reference is
 * shown only to them and the bank). `loansDue` lists live loans due back within the reminder
 * window (or overdue), soonest first.
 */
export async function listHandovers(
  ctx: ServiceContext,
  q: {
    structureId?: string | undefined;
    deviceId?: string | undefined;
    loansDue?: boolean | undefined;
    limit?: number | undefined;
    offset?: number | undefined;
  },
) {
  const rows = await listHandoverRows(
    ctx.db,
    {
      structureId: ownOrganisationFilter(ctx, 'handover.read') ?? q.structureId,
      deviceId: q.deviceId,
      loansDueBy: q.loansDue
        ? addDays(todayInFrance(ctx.now()), LOGISTICS_LIMITS.loanReminderDays)
        : undefined,
    },
    q.limit ?? 100,
    q.offset ?? 0,
  );
  return { items: rows.map(present) };
}

/** One handover, with its follow-up; 404 for another structure's. */
export async function getHandover(ctx: ServiceContext, id: string) {
  const [row] = await listHandoverRows(ctx.db, { id }, 1);
  if (!row || !seesHandoversOf(ctx, row.handover.structureId)) {
    throw new AppError('not_found', 'Unknown handover.');
  }
  const followUp = await findFollowUpOfHandover(ctx.db, id);
  return {
    ...present(row),
    followUp: followUp
      ? {
          id: followUp.id,
          dueOn: followUp.dueOn,
          askedAt: followUp.askedAt,
          answeredAt: followUp.answeredAt,
          usage: followUp.usage,
          enoughData: followUp.enoughData,
          trainingWanted: followUp.trainingWanted,
        }
      : null,
  };
}
