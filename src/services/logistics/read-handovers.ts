import { and, asc, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import {
  beneficiaries,
  devices,
  handoverFollowUps,
  handovers,
  organisations,
} from '../../db/schema';
import { LOGISTICS_LIMITS } from '../../shared/logistics';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { ownOrganisationFilter } from '../inventory/access';
import { addDays } from '../../domain/logistics';
import { todayInFrance } from '../needs/scope';
import { seesHandoversOf } from './handovers';

const columns = {
  handover: handovers,
  assetTag: devices.assetTag,
  kind: devices.kind,
  deviceState: devices.state,
  beneficiaryReference: beneficiaries.reference,
  structureName: organisations.name,
};

function present(r: {
  handover: typeof handovers.$inferSelect;
  assetTag: string;
  kind: string;
  deviceState: string;
  beneficiaryReference: string;
  structureName: string;
}) {
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
 * window (or overdue).
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
  const own = ownOrganisationFilter(ctx, 'handover.read');
  const structureId = own ?? q.structureId;
  const filters: SQL[] = [];
  if (structureId) filters.push(eq(handovers.structureId, structureId));
  if (q.deviceId) filters.push(eq(handovers.deviceId, q.deviceId));
  if (q.loansDue) {
    filters.push(
      eq(handovers.form, 'loan'),
      isNull(handovers.returnedAt),
      lte(
        handovers.returnDueOn,
        addDays(todayInFrance(ctx.now()), LOGISTICS_LIMITS.loanReminderDays),
      ),
    );
  }
  const rows = await ctx.db
    .select(columns)
    .from(handovers)
    .innerJoin(devices, eq(devices.id, handovers.deviceId))
    .innerJoin(beneficiaries, eq(beneficiaries.id, handovers.beneficiaryId))
    .innerJoin(organisations, eq(organisations.id, handovers.structureId))
    .where(and(...filters))
    .orderBy(q.loansDue ? asc(handovers.returnDueOn) : sql`${handovers.handedOverOn} DESC`)
    .limit(q.limit ?? 100)
    .offset(q.offset ?? 0);
  return { items: rows.map(present) };
}

/** One handover, with its follow-up; 404 for another structure's. */
export async function getHandover(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select(columns)
    .from(handovers)
    .innerJoin(devices, eq(devices.id, handovers.deviceId))
    .innerJoin(beneficiaries, eq(beneficiaries.id, handovers.beneficiaryId))
    .innerJoin(organisations, eq(organisations.id, handovers.structureId))
    .where(eq(handovers.id, id));
  if (!row || !seesHandoversOf(ctx, row.handover.structureId)) {
    throw new AppError('not_found', 'Unknown handover.');
  }
  const [followUp] = await ctx.db
    .select()
    .from(handoverFollowUps)
    .where(eq(handoverFollowUps.handoverId, id));
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
