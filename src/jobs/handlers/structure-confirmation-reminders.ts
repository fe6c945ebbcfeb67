import {
  remindStructureConfirmations,
  scheduleNextReminders,
} from '../../services/organisations/remind-structure-confirmations';
import type { TJobDeps } from '../worker';

/**
 * The daily reminder of structures' yearly confirmation. It schedules its next run first, so
 * a failure today does not stop tomorrow's (the first run is queued by the migration).
 */
export async function structureConfirmationReminders(
  _payload: unknown,
  deps: TJobDeps,
): Promise<void> {
  await scheduleNextReminders(deps.database.db, deps.now());
  await remindStructureConfirmations({ db: deps.database.db, config: deps.config, now: deps.now });
}
