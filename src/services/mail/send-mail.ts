import type { Executor } from '../../db/connect';
import { insertMail } from '../../db/repositories/mails-repo';
import { enqueueJob } from '../../db/repositories/jobs-repo';
import type { TLocale } from '../../shared/enums';
import type { ServiceContext } from '../context';
import { renderMail, type TMailTemplate } from './templates';
import { getSettings } from '../settings/get-settings';

/** Name of the job that hands a queued mail to SMTP. */
export const DELIVER_MAIL_JOB = 'mail.deliver';

/**
 * Stores a mail in the caller's transaction. With SMTP configured a job delivers it after
 * commit; without, it stays in the outbox admins can read, so nothing is silently dropped.
 */
export async function sendMail(
  tx: Executor,
  ctx: Pick<ServiceContext, 'config' | 'now'>,
  to: string,
  locale: TLocale,
  template: TMailTemplate,
): Promise<string> {
  const { bankName } = await getSettings(tx);
  const { subject, text } = renderMail(template, locale, bankName);
  const mail = await insertMail(tx, {
    toAddress: to,
    subject,
    bodyText: text,
    status: ctx.config.smtpUrl ? 'queued' : 'outbox',
  });
  if (ctx.config.smtpUrl) await enqueueJob(tx, DELIVER_MAIL_JOB, { mailId: mail.id }, ctx.now());
  return mail.id;
}
