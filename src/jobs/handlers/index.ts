import { DELIVER_MAIL_JOB } from '../../services/mail/send-mail';
import type { TJobHandler } from '../worker';
import { deliverMail } from './deliver-mail';
import { RUN_IMPORT_JOB } from '../../services/imports/run-import';
import { runImportJob } from './run-import';
import { CONFIRMATION_REMINDERS_JOB } from '../../services/organisations/remind-structure-confirmations';
import { structureConfirmationReminders } from './structure-confirmation-reminders';
import { LOGISTICS_REMINDERS_JOB } from '../../services/logistics/reminders';
import { logisticsReminders } from './logistics-reminders';

/** Every job the worker knows, by name. */
export const JOB_HANDLERS: Record<string, TJobHandler> = {
  [DELIVER_MAIL_JOB]: deliverMail,
  [RUN_IMPORT_JOB]: runImportJob,
  [CONFIRMATION_REMINDERS_JOB]: structureConfirmationReminders,
  [LOGISTICS_REMINDERS_JOB]: logisticsReminders,
};
