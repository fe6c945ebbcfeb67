import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../shared/app-error';
import { can, needsSession } from '../../domain/policy';
import { resolveSession } from '../../services/accounts/resolve-session';
import type { Db } from '../../db/connect';
import type { TAppConfig } from '../config';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'passerelle_session';
/** Header that must echo the session's CSRF token on every cookie-authenticated write. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every API handler: resolves the session cookie into an actor, checks the CSRF
 * token on writes, and applies the policy for the route's declared action.
 */
export function authHook(db: Db, config: TAppConfig, now: () => Date) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    request.actor = null;
    request.sessionId = null;
    request.csrfToken = null;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(db, token, now(), config.sessionTtlHours);
      if (session) {
        request.actor = session.actor;
        request.sessionId = session.sessionId;
        request.csrfToken = session.csrfToken;
      }
    }
    request.ctx = { db, actor: request.actor, requestId: request.id, now, config };
    const routeConfig = request.routeOptions.config;
    const action = routeConfig.action;
    if (!action) return; // static files and the SPA
    if (request.actor && !SAFE_METHODS.has(request.method) && routeConfig.csrf !== false) {
      if (request.headers[CSRF_HEADER] !== request.csrfToken) {
        throw new AppError('auth.csrf', 'Security token missing or wrong; reload the page.');
      }
    }
    if (needsSession(action) && !request.actor) {
      throw new AppError('auth.required', 'Log in first.');
    }
    if (!can(request.actor, action)) {
      throw new AppError(
        request.actor?.role ? 'auth.forbidden' : 'auth.no_membership',
        'You are not allowed to do this.',
      );
    }
  };
}
