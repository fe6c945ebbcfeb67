import { and, asc, eq, gt, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../connect';
import { loginAttempts, memberships, oneTimeTokens, organisations, users } from '../schema';
import type { TLocale, TRole } from '../../shared/enums';

/** A user row without its password hash (what services may return). */
export type TUserRow = Omit<typeof users.$inferSelect, 'passwordHash'>;

const publicColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  locale: users.locale,
  isActive: users.isActive,
  createdAt: users.createdAt,
  lastLoginAt: users.lastLoginAt,
};

/** Finds a user by e-mail (lower-cased), with the hash, for login. */
export async function findUserByEmailWithHash(ex: Executor, email: string) {
  const rows = await ex.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return rows[0];
}

/** Finds a user by id (no hash). */
export async function findUserById(ex: Executor, id: string): Promise<TUserRow | undefined> {
  const rows = await ex.select(publicColumns).from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

/** Creates a user; the caller lower-cases the e-mail. */
export async function insertUser(
  ex: Executor,
  row: { email: string; displayName: string; passwordHash: string | null; locale: TLocale },
): Promise<TUserRow> {
  const [created] = await ex.insert(users).values(row).returning(publicColumns);
  return created!;
}

/** Updates a user's editable fields. */
export async function updateUser(
  ex: Executor,
  id: string,
  patch: Partial<{
    displayName: string;
    locale: TLocale;
    isActive: boolean;
    passwordHash: string;
    lastLoginAt: Date;
  }>,
): Promise<TUserRow | undefined> {
  const [row] = await ex.update(users).set(patch).where(eq(users.id, id)).returning(publicColumns);
  return row;
}

/** Lists users with their memberships, optionally filtered by a search term. */
export async function listUsers(
  ex: Executor,
  opts: { search?: string | undefined; limit: number },
) {
  const term = opts.search ? `%${opts.search}%` : undefined;
  const rows = await ex
    .select(publicColumns)
    .from(users)
    .where(term ? or(ilike(users.email, term), ilike(users.displayName, term)) : undefined)
    .orderBy(asc(users.email))
    .limit(opts.limit);
  const ms = rows.length
    ? await listMembershipsOfUsers(
        ex,
        rows.map((r) => r.id),
      )
    : [];
  return rows.map((u) => ({ ...u, memberships: ms.filter((m) => m.userId === u.id) }));
}

/** Memberships of the given users with their organisation's name and kind. */
export async function listMembershipsOfUsers(ex: Executor, userIds: string[]) {
  return ex
    .select({
      id: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(organisations.name), asc(memberships.role));
}

/** Adds a membership unless the same one exists; returns its id. */
export async function upsertMembership(
  ex: Executor,
  row: { userId: string; organisationId: string; role: TRole },
): Promise<string> {
  const inserted = await ex
    .insert(memberships)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  if (inserted[0]) return inserted[0].id;
  const [existing] = await ex
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, row.userId),
        eq(memberships.organisationId, row.organisationId),
        eq(memberships.role, row.role),
      ),
    );
  return existing!.id;
}

/** Removes one membership of a user. */
export async function deleteMembership(ex: Executor, userId: string, membershipId: string) {
  const rows = await ex
    .delete(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.userId, userId)))
    .returning();
  return rows[0];
}

/** Records a login attempt (for rate limiting). */
export async function insertLoginAttempt(
  ex: Executor,
  row: { email: string; ip: string; succeeded: boolean; at: Date },
) {
  await ex.insert(loginAttempts).values(row);
}

/** Counts failed attempts since a date, by e-mail and by address. */
export async function countFailedAttempts(ex: Executor, email: string, ip: string, since: Date) {
  const [row] = await ex
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email})`.mapWith(
        Number,
      ),
      byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})`.mapWith(Number),
    })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
        or(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip)),
      ),
    );
  return { byEmail: row?.byEmail ?? 0, byIp: row?.byIp ?? 0 };
}

/** Stores a one-time token hash. */
export async function insertOneTimeToken(
  ex: Executor,
  row: { id: string; purpose: 'reset' | 'invite'; userId: string; expiresAt: Date },
) {
  await ex.insert(oneTimeTokens).values(row);
}

/** Marks a valid unused token as used and returns it (atomically: a link works once). */
export async function consumeOneTimeToken(
  ex: Executor,
  id: string,
  purpose: 'reset' | 'invite',
  now: Date,
) {
  const [row] = await ex
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.id, id),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

/** Reads a token without consuming it (to show the invitation page). */
export async function findValidOneTimeToken(
  ex: Executor,
  id: string,
  purpose: 'reset' | 'invite',
  now: Date,
) {
  const [row] = await ex
    .select({ userId: oneTimeTokens.userId, email: users.email, displayName: users.displayName })
    .from(oneTimeTokens)
    .innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .where(
      and(
        eq(oneTimeTokens.id, id),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
      ),
    );
  return row;
}
