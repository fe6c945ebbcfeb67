import type { TStructureConfirmation } from '../../shared/schemas/structure-applications';
import {
  updateOrganisation,
  type TOrganisationRow,
} from '../../db/repositories/organisations-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { resolveStructure } from '../needs/scope';
import { getNeedsSettings } from './needs-settings';
import type { Executor } from '../../db/connect';

/** Adds months to a date (UTC), as PostgreSQL's interval arithmetic does. */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** When a structure must next confirm its details, and whether that is soon or overdue. */
export async function confirmationStatus(ex: Executor, org: TOrganisationRow, now: Date) {
  const settings = await getNeedsSettings(ex);
  const confirmedAt = org.detailsConfirmedAt ?? org.createdAt;
  const dueAt = addMonths(confirmedAt, settings.structureConfirmationMonths);
  const soon = new Date(now.getTime() + settings.confirmationReminderDays * 86_400_000);
  return {
    confirmedAt: org.detailsConfirmedAt,
    dueOn: dueAt.toISOString().slice(0, 10),
    state:
      dueAt <= now ? ('overdue' as const) : dueAt <= soon ? ('due_soon' as const) : ('ok' as const),
  };
}

/** A structure's yearly confirmation state (its referents and the bank). */
export async function getStructureConfirmation(ctx: ServiceContext, structureId: string) {
  const org = await resolveStructure(ctx, ctx.db, 'structure.confirm', structureId);
  return confirmationStatus(ctx.db, org, ctx.now());
}

/**
 * A referent (or the bank) confirms the structure's details are still right, possibly
 * correcting contact details and the public served; the next confirmation is due a period later.
 */
export async function confirmStructureDetails(
  ctx: ServiceContext,
  structureId: string,
  input: TStructureConfirmation,
) {
  return ctx.db.transaction(async (tx) => {
    const org = await resolveStructure(ctx, tx, 'structure.confirm', structureId, {
      forWrite: true,
    });
    const patch = {
      ...(input.email !== undefined ? { email: input.email || null } : {}),
      ...(input.phone !== undefined ? { phone: input.phone || null } : {}),
      ...(input.publicServed !== undefined ? { publicServed: input.publicServed || null } : {}),
      ...(input.expectedBeneficiaries !== undefined
        ? { expectedBeneficiaries: input.expectedBeneficiaries }
        : {}),
    };
    const updated = await updateOrganisation(tx, org.id, {
      ...patch,
      detailsConfirmedAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'structure.confirm',
      entityType: 'organisation',
      entityId: org.id,
      before: {
        detailsConfirmedAt: org.detailsConfirmedAt,
        ...Object.fromEntries(Object.keys(patch).map((k) => [k, org[k as keyof typeof org]])),
      },
      after: { detailsConfirmedAt: ctx.now(), ...patch },
    });
    return confirmationStatus(tx, updated!, ctx.now());
  });
}
