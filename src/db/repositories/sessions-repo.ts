import { and, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../connect';
import { memberships, organisations, sessions, users } from '../schema';

/** Creates a session row (id is the token's hash). */
export async function insertSession(ex: Executor, row: typeof sessions.$inferInsert) {
  await ex.insert(sessions).values(row);
}

/** Loads a live session with its user and active membership. */
export async function findLiveSession(ex: Executor, id: string, now: Date) {
  const [row] = await ex
    .select({
      id: sessions.id,
      userId: sessions.userId,
      membershipId: sessions.membershipId,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userActive: users.isActive,
      role: memberships.role,
      organisationId: memberships.organisationId,
      organisationKind: organisations.kind,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, eq(memberships.id, sessions.membershipId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

/** Updates a session (active membership, last seen, expiry). */
export async function updateSession(
  ex: Executor,
  id: string,
  patch: Partial<{ membershipId: string | null; lastSeenAt: Date; expiresAt: Date }>,
) {
  await ex.update(sessions).set(patch).where(eq(sessions.id, id));
}

/** Deletes one session (logout). */
export async function deleteSession(ex: Executor, id: string) {
  await ex.delete(sessions).where(eq(sessions.id, id));
}

/** Deletes every session of a user (after a password change). */
export async function deleteSessionsOfUser(ex: Executor, userId: string) {
  await ex.delete(sessions).where(eq(sessions.userId, userId));
}

/** Deletes expired sessions (housekeeping job). */
export async function deleteExpiredSessions(ex: Executor, now: Date) {
  await ex.delete(sessions).where(lt(sessions.expiresAt, now));
}
