import {
  remindLogistics,
  scheduleNextLogisticsReminders,
} from '../../services/logistics/reminders';
import type { TJobDeps } from '../worker';

/**
 * The daily logistics reminders (receptions not confirmed, loans due, follow-up questions).
 * It schedules its next run first, so a failure today does not stop tomorrow's (the first run
 * is queued by the migration).
 */
export async function logisticsReminders(_payload: unknown, deps: TJobDeps): Promise<void> {
  await scheduleNextLogisticsReminders(deps.database.db, deps.now());
  await remindLogistics({ db: deps.database.db, config: deps.config, now: deps.now });
}
