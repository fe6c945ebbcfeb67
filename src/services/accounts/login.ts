import { AppError } from '../../shared/app-error';
import type { TLoginInput } from '../../shared/schemas/accounts';
import {
  countFailedAttempts,
  findUserByEmailWithHash,
  insertLoginAttempt,
  listMembershipsOfUsers,
  updateUser,
} from '../../db/repositories/users-repo';
import { insertSession } from '../../db/repositories/sessions-repo';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { hashPassword, verifyPassword } from './passwords';
import { hashSecret, newSecret } from './tokens';

/** Attempts from one address allowed in the window, whatever the e-mails. */
const MAX_FAILURES_PER_IP = 50;

/** A hash to compare against when the e-mail is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;

/** The new session: the cookie value (secret) and its expiry. */
export interface TNewSession {
  token: string;
  expiresAt: Date;
  userId: string;
}

/**
 * Checks e-mail and password and opens a new session (a fresh token at every login, so a
 * session id fixed before login is worthless). Refuses after too many recent failures.
 */
export async function login(
  ctx: ServiceContext,
  input: TLoginInput & { ip: string },
): Promise<TNewSession> {
  const now = ctx.now();
  const since = new Date(now.getTime() - ctx.config.loginWindowMinutes * 60_000);
  const failures = await countFailedAttempts(ctx.db, input.email, input.ip, since);
  if (failures.byEmail >= ctx.config.loginMaxFailures || failures.byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('auth.rate_limited', 'Too many failed attempts; try again later.', {
      retryAfterMinutes: ctx.config.loginWindowMinutes,
    });
  }
  const user = await findUserByEmailWithHash(ctx.db, input.email);
  const ok =
    user?.passwordHash && user.isActive
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyPassword(await (dummyHash ??= hashPassword('not-a-real-password')), 'x');
  if (!user || !ok) {
    await insertLoginAttempt(ctx.db, {
      email: input.email,
      ip: input.ip,
      succeeded: false,
      at: now,
    });
    throw new AppError('auth.invalid_credentials', 'Wrong e-mail or password.');
  }
  const memberships = await listMembershipsOfUsers(ctx.db, [user.id]);
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000);
  await ctx.db.transaction(async (tx) => {
    await insertSession(tx, {
      id: hashSecret(token),
      userId: user.id,
      membershipId: memberships[0]?.id ?? null,
      csrfToken: newSecret(),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });
    await insertLoginAttempt(tx, { email: input.email, ip: input.ip, succeeded: true, at: now });
    await updateUser(tx, user.id, { lastLoginAt: now });
    await recordAudit(
      tx,
      {
        ...ctx,
        actor: {
          userId: user.id,
          membershipId: null,
          role: null,
          organisationId: null,
          organisationKind: null,
        },
      },
      { action: 'auth.login', entityType: 'user', entityId: user.id },
    );
  });
  return { token, expiresAt, userId: user.id };
}
