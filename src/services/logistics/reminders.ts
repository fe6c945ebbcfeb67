import type { Db } from '../../db/connect';
import { enqueueJob } from '../../db/repositories/jobs-repo';
import {
  claimShipmentReminder,
  followUpsToAsk,
  loansDueUnreminded,
  markFollowUpsAsked,
  markLoansReminded,
  shipmentsAwaitingReception,
} from '../../db/repositories/logistics-repo';
import { listReferents } from '../../db/repositories/referents-repo';
import { hasQueuedJob } from '../../db/repositories/structure-confirmation-repo';
import { addDays } from '../../domain/logistics';
import type { TAppConfig } from '../../server/config';
import { LOGISTICS_LIMITS } from '../../shared/logistics';
import { sendMail } from '../mail/send-mail';
import { todayInFrance } from '../needs/scope';
import { shipmentReference } from './access';
import { getLogisticsSettings } from './logistics-settings';

/** Name of the daily job. */
export const LOGISTICS_REMINDERS_JOB = 'logistics.reminders';

const DAY = 86_400_000;

/**
 * The daily reminders of logistics, each idempotent (a claim column per record):
 * - a shipment delivered but not confirmed after N days (logistics settings, default 5) reminds its structure's referents, again every N days while it stays so;
 * - loans due back within 7 days (or overdue) are listed once to their structure;
 * - follow-up questions that fell due are asked once (one mail per structure).
 */
export async function remindLogistics(deps: { db: Db; config: TAppConfig; now: () => Date }) {
  const now = deps.now();
  const today = todayInFrance(now);
  const n = (await getLogisticsSettings(deps.db)).receptionReminderDays;
  const before = new Date(now.getTime() - n * DAY);
  const mailReferents = async (
    tx: Parameters<Parameters<Db['transaction']>[0]>[0],
    structureId: string,
    template: Parameters<typeof sendMail>[4],
  ) => {
    let sent = 0;
    for (const r of await listReferents(tx, [structureId])) {
      await sendMail(tx, deps, r.email, r.locale, template);
      sent++;
    }
    return sent;
  };
  let mailed = 0;

  for (const s of await shipmentsAwaitingReception(deps.db, before, before)) {
    mailed += await deps.db.transaction(async (tx) => {
      if (!(await claimShipmentReminder(tx, s.id, now, before))) return 0;
      return mailReferents(tx, s.structure_id, {
        kind: 'shipment_reception_reminder',
        reference: shipmentReference(Number(s.number)),
        structureName: s.structure_name,
        deliveredOn: todayInFrance(new Date(s.delivered_at)),
        link: `${deps.config.publicUrl}/shipments/${s.id}/reception`,
      });
    });
  }

  mailed += await deps.db.transaction(async (tx) => {
    const loans = await loansDueUnreminded(tx, addDays(today, LOGISTICS_LIMITS.loanReminderDays));
    let sent = 0;
    for (const structureId of new Set(loans.map((l) => l.structure_id))) {
      const mine = loans.filter((l) => l.structure_id === structureId);
      sent += await mailReferents(tx, structureId, {
        kind: 'loans_due_reminder',
        structureName: mine[0]!.structure_name,
        loans: mine.map((l) => ({
          assetTag: l.asset_tag,
          beneficiaryReference: l.reference,
          returnDueOn: l.return_due_on,
        })),
        link: `${deps.config.publicUrl}/handovers?loansDue=true`,
      });
    }
    await markLoansReminded(
      tx,
      loans.map((l) => l.id),
      now,
    );
    return sent;
  });

  mailed += await deps.db.transaction(async (tx) => {
    const due = await followUpsToAsk(tx, today);
    let sent = 0;
    for (const structureId of new Set(due.map((f) => f.structure_id))) {
      const mine = due.filter((f) => f.structure_id === structureId);
      sent += await mailReferents(tx, structureId, {
        kind: 'handover_follow_up',
        structureName: mine[0]!.structure_name,
        count: mine.length,
        link: `${deps.config.publicUrl}/follow-ups`,
      });
    }
    await markFollowUpsAsked(
      tx,
      due.map((f) => f.id),
      now,
    );
    return sent;
  });
  return { mailed };
}

/** Queues the next daily run (tomorrow 05:30 UTC) unless one is already queued. */
export async function scheduleNextLogisticsReminders(db: Db, now: Date) {
  if (await hasQueuedJob(db, LOGISTICS_REMINDERS_JOB)) return;
  const next = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 5, 30),
  );
  await enqueueJob(db, LOGISTICS_REMINDERS_JOB, {}, next);
}
