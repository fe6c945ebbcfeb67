import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../connect';
import { mails } from '../schema';

/** Stores a mail (status `outbox` when no SMTP is configured, `queued` otherwise). */
export async function insertMail(ex: Executor, row: typeof mails.$inferInsert) {
  const [created] = await ex.insert(mails).values(row).returning();
  return created!;
}

/** Reads one mail. */
export async function findMail(ex: Executor, id: string) {
  const [row] = await ex.select().from(mails).where(eq(mails.id, id));
  return row;
}

/** Updates a mail's delivery status. */
export async function updateMailStatus(
  ex: Executor,
  id: string,
  patch: { status: 'sent' | 'failed' | 'queued'; error?: string | null; sentAt?: Date | null },
) {
  await ex.update(mails).set(patch).where(eq(mails.id, id));
}

/** Latest mails first (the admin outbox). */
export async function listMails(ex: Executor, limit: number) {
  return ex.select().from(mails).orderBy(desc(mails.createdAt)).limit(limit);
}
