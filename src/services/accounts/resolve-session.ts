import type { Executor } from '../../db/connect';
import { findLiveSession, updateSession } from '../../db/repositories/sessions-repo';
import type { TActor } from '../../domain/policy';
import { hashSecret } from './tokens';

/** A live session and the actor it stands for. */
export interface TResolvedSession {
  sessionId: string;
  csrfToken: string;
  actor: TActor;
}

/** Refresh last-seen (and slide the expiry) at most this often, to spare writes. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * Turns a session cookie into an actor, or undefined when the session is unknown, expired or
 * its user deactivated. Sliding expiry: an active session stays open.
 */
export async function resolveSession(
  ex: Executor,
  token: string,
  now: Date,
  ttlHours: number,
): Promise<TResolvedSession | undefined> {
  const id = hashSecret(token);
  const row = await findLiveSession(ex, id, now);
  if (!row || !row.userActive) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await updateSession(ex, id, {
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ttlHours * 3_600_000),
    });
  }
  return {
    sessionId: id,
    csrfToken: row.csrfToken,
    actor: {
      userId: row.userId,
      membershipId: row.membershipId,
      role: row.role,
      organisationId: row.organisationId,
      organisationKind: row.organisationKind,
    },
  };
}
