import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { TApp } from '../types';
import { LOCALES } from '../../shared/enums';
import {
  ZLoginInput,
  ZPasswordResetRequest,
  ZSessionInfo,
  ZSetPasswordWithToken,
} from '../../shared/schemas/accounts';
import { AppError } from '../../shared/app-error';
import { login } from '../../services/accounts/login';
import { logout } from '../../services/accounts/logout';
import { getSessionInfo } from '../../services/accounts/get-session-info';
import { switchMembership } from '../../services/accounts/switch-membership';
import { setLocale } from '../../services/accounts/set-locale';
import { requestPasswordReset } from '../../services/accounts/request-password-reset';
import { setPasswordWithToken } from '../../services/accounts/set-password-with-token';
import { getInvitation } from '../../services/accounts/get-invitation';
import { SESSION_COOKIE } from '../auth/hooks';

const ok = z.object({ ok: z.literal(true) });

function sessionOf(request: FastifyRequest): { sessionId: string; csrfToken: string } {
  if (!request.sessionId || !request.csrfToken)
    throw new AppError('auth.required', 'Log in first.');
  return { sessionId: request.sessionId, csrfToken: request.csrfToken };
}

/** Login, logout, session, role switch, language, password reset and invitations. */
export function authRoutes(app: TApp) {
  const tags = ['auth'];

  app.post(
    '/api/auth/login',
    {
      config: { action: 'public', csrf: false },
      schema: {
        tags,
        summary: 'Log in with e-mail and password',
        body: ZLoginInput,
        response: { 200: ok },
      },
    },
    async (request, reply) => {
      const session = await login(request.ctx, { ...request.body, ip: request.ip });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.ctx.config.secureCookies,
        expires: session.expiresAt,
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { action: 'session' }, schema: { tags, summary: 'Log out', response: { 200: ok } } },
    async (request, reply) => {
      await logout(request.ctx, sessionOf(request).sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { action: 'session' },
      schema: {
        tags,
        summary: 'The current user, memberships and CSRF token',
        response: { 200: ZSessionInfo },
      },
    },
    async (request) => getSessionInfo(request.ctx, sessionOf(request).csrfToken),
  );

  app.post(
    '/api/auth/switch',
    {
      config: { action: 'session' },
      schema: {
        tags,
        summary: 'Switch the active role',
        body: z.object({ membershipId: z.uuid() }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await switchMembership(request.ctx, sessionOf(request).sessionId, request.body.membershipId);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/auth/locale',
    {
      config: { action: 'session' },
      schema: {
        tags,
        summary: 'Remember the interface language',
        body: z.object({ locale: z.enum(LOCALES) }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await setLocale(request.ctx, request.body.locale);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { action: 'public', csrf: false },
      schema: {
        tags,
        summary: 'Mail a password reset link',
        body: ZPasswordResetRequest,
        response: { 200: ok },
      },
    },
    async (request) => {
      await requestPasswordReset(request.ctx, request.body.email);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { action: 'public', csrf: false },
      schema: {
        tags,
        summary: 'Choose a new password with a reset link',
        body: ZSetPasswordWithToken,
        response: { 200: z.object({ email: z.string() }) },
      },
    },
    async (request) => setPasswordWithToken(request.ctx, 'reset', request.body),
  );

  app.get(
    '/api/auth/invitation',
    {
      config: { action: 'public' },
      schema: {
        tags,
        summary: 'Who an invitation link is for',
        querystring: z.object({ token: z.string().min(10).max(200) }),
        response: { 200: z.object({ email: z.string(), displayName: z.string() }) },
      },
    },
    async (request) => getInvitation(request.ctx, request.query.token),
  );

  app.post(
    '/api/auth/invitation/accept',
    {
      config: { action: 'public', csrf: false },
      schema: {
        tags,
        summary: 'Accept an invitation by choosing a password',
        body: ZSetPasswordWithToken,
        response: { 200: z.object({ email: z.string() }) },
      },
    },
    async (request) => setPasswordWithToken(request.ctx, 'invite', request.body),
  );
}
