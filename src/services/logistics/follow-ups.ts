import {
  findFollowUp,
  listDueFollowUpRows,
  updateFollowUp,
} from '../../db/repositories/handovers-repo';
import type { TFollowUpUsage } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { canOnOrganisation, ownOrganisationFilter } from '../inventory/access';
import { todayInFrance } from '../needs/scope';

/** Follow-up questions due and not answered, for the actor's structure (or all, for the bank). */
export async function listDueFollowUps(ctx: ServiceContext) {
  const rows = await listDueFollowUpRows(
    ctx.db,
    ownOrganisationFilter(ctx, 'handover.read'),
    todayInFrance(ctx.now()),
  );
  return {
    items: rows.map(({ f, assetTag, form }) => ({
      id: f.id,
      handoverId: f.handoverId,
      assetTag,
      form,
      dueOn: f.dueOn,
      askedAt: f.askedAt,
    })),
  };
}

/** The structure answers the follow-up question (once; impact figures read the answers). */
export async function answerFollowUp(
  ctx: ServiceContext,
  id: string,
  input: {
    usage: TFollowUpUsage;
    enoughData?: boolean | null | undefined;
    trainingWanted?: boolean | null | undefined;
    comment?: string | null | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const f = await findFollowUp(tx, id, true);
    if (!f || !canOnOrganisation(ctx, 'handover.write', f.structureId)) {
      throw new AppError('not_found', 'Unknown follow-up.');
    }
    if (f.answeredAt) {
      throw new AppError('logistics.invalid_state', 'This follow-up was already answered.');
    }
    const row = await updateFollowUp(tx, id, {
      usage: input.usage,
      enoughData: input.enoughData ?? null,
      trainingWanted: input.trainingWanted ?? null,
      comment: input.comment?.trim() || null,
      answeredAt: ctx.now(),
      answeredBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'handover.follow_up',
      entityType: 'handover',
      entityId: f.handoverId,
      after: { usage: input.usage },
    });
    return row;
  });
}
