import { DELIVER_MAIL_JOB } from '../../services/mail/send-mail';
import type { TJobHandler } from '../worker';
import { deliverMail } from './deliver-mail';

/** Every job the worker knows, by name. */
export const JOB_HANDLERS: Record<string, TJobHandler> = {
  [DELIVER_MAIL_JOB]: deliverMail,
};
