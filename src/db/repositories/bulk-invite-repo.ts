import { inArray } from 'drizzle-orm';
import type { Executor } from '../connect';
import { jobs, mails, memberships, oneTimeTokens, users } from '../schema';

const CHUNK = 500;

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Users with these e-mails (lower-cased), with whether they have chosen a password. */
export async function findUsersByEmails(ex: Executor, emails: string[]) {
  const found: { id: string; email: string; locale: 'fr' | 'en'; hasPassword: boolean }[] = [];
  for (let i = 0; i < emails.length; i += CHUNK) {
    const rows = await ex
      .select({ id: users.id, email: users.email, locale: users.locale, hash: users.passwordHash })
      .from(users)
      .where(inArray(users.email, emails.slice(i, i + CHUNK)));
    found.push(
      ...rows.map((r) => ({
        id: r.id,
        email: r.email,
        locale: r.locale,
        hasPassword: r.hash != null,
      })),
    );
  }
  return found;
}

/**
 * Writes many invitations at once (structure imports): new users, memberships (existing ones
 * kept), one-time tokens, mails and their delivery jobs, each in multi-row INSERTs.
 */
export async function insertInvitationsBulk(
  ex: Executor,
  input: {
    users: (typeof users.$inferInsert & { id: string })[];
    memberships: (typeof memberships.$inferInsert)[];
    tokens: (typeof oneTimeTokens.$inferInsert)[];
    mails: (typeof mails.$inferInsert & { id: string })[];
    jobs: (typeof jobs.$inferInsert)[];
  },
) {
  await chunked(input.users, (c) => ex.insert(users).values(c));
  await chunked(input.memberships, (c) => ex.insert(memberships).values(c).onConflictDoNothing());
  await chunked(input.tokens, (c) => ex.insert(oneTimeTokens).values(c));
  await chunked(input.mails, (c) => ex.insert(mails).values(c));
  await chunked(input.jobs, (c) => ex.insert(jobs).values(c));
}
