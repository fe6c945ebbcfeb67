/**
 * The page to return to after login, if it is a path of this app. Anything else (absolute URL,
 * protocol-relative `//host`, the login page itself) falls back to home, so `?next=` cannot be
 * used to send people to another site.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}

/** The login URL that brings the person back to `path` afterwards. */
export function loginUrlFor(path: string): string {
  const next = safeNextPath(path);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
