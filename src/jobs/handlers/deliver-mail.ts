import nodemailer from 'nodemailer';
import { z } from 'zod';
import { findMail, updateMailStatus } from '../../db/repositories/mails-repo';
import type { TJobDeps } from '../worker';

const ZPayload = z.object({ mailId: z.uuid() });

/** Hands a queued mail to the SMTP server; a failure is recorded and the job retried. */
export async function deliverMail(payload: unknown, deps: TJobDeps): Promise<void> {
  const { mailId } = ZPayload.parse(payload);
  const db = deps.database.db;
  const mail = await findMail(db, mailId);
  if (!mail || mail.status === 'sent') return;
  if (!deps.config.smtpUrl) return;
  const transport = nodemailer.createTransport(deps.config.smtpUrl);
  try {
    await transport.sendMail({
      from: deps.config.mailFrom,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.bodyText,
    });
    await updateMailStatus(db, mailId, { status: 'sent', sentAt: deps.now(), error: null });
  } catch (error) {
    await updateMailStatus(db, mailId, { status: 'queued', error: String(error) });
    throw error;
  }
}
