import { listMails } from '../../db/repositories/mails-repo';
import type { ServiceContext } from '../context';

/** The latest mails the app wrote (admins read links here when no SMTP is configured). */
export async function listOutbox(ctx: ServiceContext) {
  return { items: await listMails(ctx.db, 100), smtpConfigured: !!ctx.config.smtpUrl };
}
