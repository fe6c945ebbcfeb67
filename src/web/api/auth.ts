import type { TLocale } from '../../shared/enums';
import type {
  TLoginInput,
  TSessionInfo,
  TSetPasswordWithToken,
} from '../../shared/schemas/accounts';
import { ApiError, http, setCsrfToken } from './client';

/** The current session, or null when nobody is logged in (remembers the CSRF token). */
export async function fetchSession(): Promise<TSessionInfo | null> {
  try {
    const session = await http.get<TSessionInfo>('/api/auth/session', undefined, {
      isPublic: true,
    });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** Logs in; the server sets the session cookie. */
export function login(input: TLoginInput) {
  return http.post<{ ok: true }>('/api/auth/login', input, { isPublic: true });
}

/** Logs out and forgets the CSRF token. */
export async function logout() {
  await http.post<{ ok: true }>('/api/auth/logout');
  setCsrfToken(null);
}

/** Makes another of the user's memberships the active one. */
export function switchMembership(membershipId: string) {
  return http.post<{ ok: true }>('/api/auth/switch', { membershipId });
}

/** Saves the interface language to the account. */
export function saveLocale(locale: TLocale) {
  return http.put<{ ok: true }>('/api/auth/locale', { locale });
}

/** Asks for a password reset link (always answers 200, whether the account exists or not). */
export function requestPasswordReset(email: string) {
  return http.post<{ ok: true }>('/api/auth/password-reset', { email }, { isPublic: true });
}

/** Sets a new password with a reset link's token. */
export function confirmPasswordReset(input: TSetPasswordWithToken) {
  return http.post<{ email: string }>('/api/auth/password-reset/confirm', input, {
    isPublic: true,
  });
}

/** Who an invitation link is for. */
export function fetchInvitation(token: string) {
  return http.get<{ email: string; displayName: string }>(
    '/api/auth/invitation',
    { token },
    { isPublic: true },
  );
}

/** Accepts an invitation by choosing a password (and optionally correcting one's name). */
export function acceptInvitation(input: TSetPasswordWithToken) {
  return http.post<{ email: string }>('/api/auth/invitation/accept', input, { isPublic: true });
}
