import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { devices, handoverFollowUps, handovers } from '../../db/schema';
import type { TFollowUpUsage } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { canOnOrganisation, ownOrganisationFilter } from '../inventory/access';
import { todayInFrance } from '../needs/scope';

/** Follow-up questions due and not answered, for the actor's structure (or all, for the bank). */
export async function listDueFollowUps(ctx: ServiceContext) {
  const own = ownOrganisationFilter(ctx, 'handover.read');
  const rows = await ctx.db
    .select({ f: handoverFollowUps, assetTag: devices.assetTag, form: handovers.form })
    .from(handoverFollowUps)
    .innerJoin(handovers, eq(handovers.id, handoverFollowUps.handoverId))
    .innerJoin(devices, eq(devices.id, handovers.deviceId))
    .where(
      and(
        own ? eq(handoverFollowUps.structureId, own) : undefined,
        isNull(handoverFollowUps.answeredAt),
        lte(handoverFollowUps.dueOn, todayInFrance(ctx.now())),
      ),
    )
    .orderBy(asc(handoverFollowUps.dueOn));
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
    const [f] = await tx
      .select()
      .from(handoverFollowUps)
      .where(eq(handoverFollowUps.id, id))
      .for('update');
    if (!f || !canOnOrganisation(ctx, 'handover.write', f.structureId)) {
      throw new AppError('not_found', 'Unknown follow-up.');
    }
    if (f.answeredAt) {
      throw new AppError('logistics.invalid_state', 'This follow-up was already answered.');
    }
    const [row] = await tx
      .update(handoverFollowUps)
      .set({
        usage: input.usage,
        enoughData: input.enoughData ?? null,
        trainingWanted: input.trainingWanted ?? null,
        comment: input.comment?.trim() || null,
        answeredAt: ctx.now(),
        answeredBy: ctx.actor?.userId ?? null,
      })
      .where(eq(handoverFollowUps.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'handover.follow_up',
      entityType: 'handover',
      entityId: f.handoverId,
      after: { usage: input.usage },
    });
    return row!;
  });
}
