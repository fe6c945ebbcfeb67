import type { Db } from '../../db/connect';
import { enqueueJob } from '../../db/repositories/jobs-repo';
import { listReferents } from '../../db/repositories/referents-repo';
import {
  claimReminder,
  hasQueuedJob,
  listStructuresDueForConfirmation,
} from '../../db/repositories/structure-confirmation-repo';
import type { TAppConfig } from '../../server/config';
import { sendMail } from '../mail/send-mail';
import { todayInFrance } from '../needs/scope';
import { getNeedsSettings } from './needs-settings';

/** Name of the daily job. */
export const CONFIRMATION_REMINDERS_JOB = 'structures.confirmation_reminders';

/**
 * Mails the referents of every active structure whose yearly confirmation is due within the
 * reminder period ("due soon") or past ("overdue"). Idempotent per period: a structure gets one
 * mail of each kind per due date, however often the job runs.
 */
export async function remindStructureConfirmations(deps: {
  db: Db;
  config: TAppConfig;
  now: () => Date;
}) {
  const now = deps.now();
  const today = todayInFrance(now);
  const settings = await getNeedsSettings(deps.db);
  const limit = new Date(
    Date.parse(`${today}T00:00:00Z`) + settings.confirmationReminderDays * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  const due = await listStructuresDueForConfirmation(
    deps.db,
    settings.structureConfirmationMonths,
    limit,
  );
  let mailed = 0;
  for (const s of due) {
    const kind = s.dueOn <= today ? 'overdue' : 'due_soon';
    await deps.db.transaction(async (tx) => {
      if (
        !(await claimReminder(tx, {
          structureId: s.structureId,
          dueOn: s.dueOn,
          kind,
          sentAt: now,
        }))
      )
        return;
      for (const r of await listReferents(tx, [s.structureId])) {
        await sendMail(tx, deps, r.email, r.locale, {
          kind: 'confirmation_due',
          structureName: s.name,
          dueOn: s.dueOn,
          overdue: kind === 'overdue',
          link: `${deps.config.publicUrl}/structures/${s.structureId}/confirm`,
        });
        mailed++;
      }
    });
  }
  return { structures: due.length, mailed };
}

/** Queues the next daily run (tomorrow 05:00 UTC) unless one is already queued. */
export async function scheduleNextReminders(db: Db, now: Date) {
  if (await hasQueuedJob(db, CONFIRMATION_REMINDERS_JOB)) return;
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 5));
  await enqueueJob(db, CONFIRMATION_REMINDERS_JOB, {}, next);
}
