import {
  bankTaskCounts,
  donorTaskCounts,
  grantIdsOfFunder,
  referentTaskCounts,
  workshopTaskCounts,
} from '../../db/repositories/home-tasks-repo';
import { addDays } from '../../domain/logistics';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import { todayInFrance } from '../needs/scope';
import { loadGrantFigures } from '../supply/grant-figures';
import { listWorkshopQueue } from '../workshop/list-workshop-queue';

/** How a to-do line looks: `warning` when something is late. */
export type THomeTaskTone = 'warning';

/** One line of a home's "waiting for you" card: a count and the page where one acts on it. */
export interface THomeTask {
  /** i18n key under `home.tasks.` (with `_one`/`_other` plurals). */
  key: string;
  count: number;
  /** Web path of the page where the person acts. */
  to: string;
  tone?: THomeTaskTone;
}

/** A funder's grant on its home: money in integer cents. */
export interface THomeGrant {
  id: string;
  name: string;
  pledgedCents: number;
  spentCents: number;
  leftCents: number;
}

/** Devices of the workshop queue the home counts (far above one workshop's bench). */
const QUEUE_COUNT_LIMIT = 20_000;

/** Days ahead a loan's due date shows on the referent's home. */
export const LOAN_DUE_SOON_DAYS = 14;

/** A to-do line, with its tone when given. */
const task = (key: string, count: number, to: string, tone?: THomeTaskTone): THomeTask =>
  tone ? { key, count, to, tone } : { key, count, to };

/**
 * What is waiting for the actor in its ACTIVE membership, scoped to that membership's
 * organisation: a referent its structure's requests, shipments, handovers, loans and
 * follow-ups; a workshop operator the devices, receptions, shipments and counts of its
 * organisation's locations; a donor contact its lots and documents; a funder its grants; the
 * bank's staff the whole network. Volunteers (welcome points are to come) get nothing yet.
 * Zero counts are kept: the page hides them and says when nothing waits.
 */
export async function getHomeTasks(ctx: ServiceContext): Promise<{
  items: THomeTask[];
  actions: { key: string; to: string }[];
  grants: THomeGrant[];
}> {
  if (!ctx.actor) throw new AppError('auth.required', 'Log in first.');
  const { role, organisationId } = ctx.actor;
  const empty = { items: [], actions: [], grants: [] };
  const today = todayInFrance(ctx.now());

  if (role === 'admin' || role === 'coordinator') {
    const c = await bankTaskCounts(ctx.db, today);
    return {
      ...empty,
      items: [
        task('bank.applications', c.applications, '/review/applications'),
        task('bank.lotsDeclared', c.lots_declared, '/donations'),
        task('bank.purchasesDue', c.purchases_due, '/purchases'),
        task('bank.shipmentsPlanned', c.shipments_planned, '/shipments'),
        task('bank.shipmentsPacked', c.shipments_packed, '/shipments'),
        task('bank.notConfirmed', c.not_confirmed, '/shipments'),
        task('bank.discrepancies', c.discrepancies, '/discrepancies', 'warning'),
        task('bank.loansOverdue', c.loans_overdue, '/handovers', 'warning'),
      ],
    };
  }
  if (!organisationId) return empty;

  switch (role) {
    case 'referent': {
      const c = await referentTaskCounts(ctx.db, organisationId, {
        today,
        soon: addDays(today, LOAN_DUE_SOON_DAYS),
      });
      return {
        ...empty,
        items: [
          task('referent.needsInformation', c.needs_information, '/requests', 'warning'),
          task('referent.drafts', c.drafts, '/requests'),
          task('referent.reserved', c.reserved, '/shipments'),
          task('referent.toConfirm', c.to_confirm, '/shipments'),
          task('referent.toHandOver', c.to_hand_over, '/handovers/new'),
          task('referent.loansOverdue', c.loans_overdue, '/handovers', 'warning'),
          task('referent.loansDueSoon', c.loans_due_soon, '/handovers'),
          task('referent.followUps', c.follow_ups, '/follow-ups'),
        ],
      };
    }
    case 'workshop_operator': {
      const c = await workshopTaskCounts(ctx.db, organisationId);
      // The queue decides which step a device waits for; the home shows its counts.
      const queue = (await listWorkshopQueue(ctx, { limit: QUEUE_COUNT_LIMIT })).counts;
      return {
        ...empty,
        items: [
          task('workshop.diagnosis', queue.diagnosis, '/workshop'),
          task('workshop.repair', queue.repair, '/workshop'),
          task(
            'workshop.erasure',
            queue.erasure + queue.os_install + queue.final_check,
            '/workshop',
          ),
          task('workshop.expected', c.expected, '/workshop/reception'),
          task('workshop.lotsToReceive', c.lots_to_receive, '/donations'),
          task('workshop.toPack', c.to_pack, '/shipments'),
          task('workshop.countsOpen', c.counts_open, '/stock/counts'),
        ],
      };
    }
    case 'donor_contact': {
      const c = await donorTaskCounts(ctx.db, organisationId);
      const byStatus = new Map(c.statuses.map((s) => [s.status, Number(s.n)]));
      return {
        ...empty,
        items: [
          ...(['declared', 'accepted', 'pickup_scheduled', 'collected', 'received'] as const).map(
            (status) => task(`donor.lots.${status}`, byStatus.get(status) ?? 0, '/donations'),
          ),
          task('donor.receipts', c.receipts, '/tax-receipts'),
          task('donor.erasureReports', c.erasure_reports, '/donations'),
        ],
        actions: [{ key: 'donor.declare', to: '/donations/new' }],
      };
    }
    case 'funder': {
      const ids = await grantIdsOfFunder(ctx.db, organisationId);
      const figures = await loadGrantFigures(ctx.db, ids);
      return {
        ...empty,
        grants: ids.flatMap((id) => {
          const g = figures.get(id);
          return g
            ? [
                {
                  id,
                  name: g.grant.name,
                  pledgedCents: g.figures.pledgedCents,
                  spentCents: g.figures.spentCents,
                  leftCents: g.figures.leftCents,
                },
              ]
            : [];
        }),
      };
    }
    default:
      return empty;
  }
}
