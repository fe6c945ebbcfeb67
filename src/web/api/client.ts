import { ApiError, apiErrorFromBody } from '../lib/api-error';

export { ApiError } from '../lib/api-error';

/** Query-string values; undefined, null and '' are left out. */
export type TQuery = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;
let refreshCsrf: (() => Promise<string | null>) | null = null;

/** Remembers the CSRF token of the session (sent as `x-csrf-token` on every write). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * What to do when the session has expired on a protected call (the app forgets the session,
 * which sends the person to /login?next=…).
 */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** How to get a fresh CSRF token when the server refuses a stale one (retried once). */
export function setCsrfRefresher(refresher: (() => Promise<string | null>) | null): void {
  refreshCsrf = refresher;
}

/** Builds `/api/...?a=1` from a path and query values. */
export function buildUrl(path: string, query?: TQuery): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface TRequestOptions {
  query?: TQuery;
  body?: unknown;
  signal?: AbortSignal;
  /** For public endpoints: a 401 is an answer (wrong password), not an expired session. */
  isPublic?: boolean;
}

async function send(method: string, path: string, options: TRequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', (e as Error).message, undefined, undefined);
  }
}

/**
 * Calls the API: JSON in and out, the session cookie, the CSRF token on writes. Failures become
 * an `ApiError` carrying the server's code, details and request id.
 */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: TRequestOptions = {},
): Promise<T> {
  let res = await send(method, path, options);
  if (res.status === 403 && method !== 'GET' && refreshCsrf) {
    const body = await res
      .clone()
      .json()
      .catch(() => null);
    if ((body as { error?: { code?: string } } | null)?.error?.code === 'auth.csrf') {
      setCsrfToken(await refreshCsrf());
      res = await send(method, path, options);
    }
  }
  const text = await res.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!res.ok) {
    const error = apiErrorFromBody(res.status, body, res.headers.get('x-request-id'));
    if (error.status === 401 && error.code === 'auth.required' && !options.isPublic) {
      onUnauthorized?.();
    }
    throw error;
  }
  return body as T;
}

/** Shorthands per HTTP method. */
export const http = {
  get: <T>(path: string, query?: TQuery, options: Omit<TRequestOptions, 'query' | 'body'> = {}) =>
    apiRequest<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options: Omit<TRequestOptions, 'body'> = {}) =>
    apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown, options: Omit<TRequestOptions, 'body'> = {}) =>
    apiRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options: Omit<TRequestOptions, 'body'> = {}) =>
    apiRequest<T>('DELETE', path, options),
};
