import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  apiRequest,
  buildUrl,
  setCsrfRefresher,
  setCsrfToken,
  setUnauthorizedHandler,
} from './client';

interface TCall {
  url: string;
  init: RequestInit;
}

function mockFetch(
  responses: Array<{ status: number; body?: unknown; headers?: Record<string, string> }>,
) {
  const calls: TCall[] = [];
  const queue = [...responses];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const r = queue.shift()!;
    return new Response(r.body === undefined ? '' : JSON.stringify(r.body), {
      status: r.status,
      headers: r.headers,
    });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthorizedHandler(null);
  setCsrfRefresher(null);
});

describe('API client', () => {
  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/x', { a: 1, b: '', c: undefined, d: null, e: 'é' })).toBe(
      '/api/x?a=1&e=%C3%A9',
    );
    expect(buildUrl('/api/x', {})).toBe('/api/x');
  });

  it('sends JSON with the session cookie, and the CSRF token on writes only', async () => {
    const calls = mockFetch([
      { status: 200, body: { ok: true } },
      { status: 200, body: { items: [] } },
    ]);
    setCsrfToken('tok');
    await apiRequest('POST', '/api/organisations', { body: { name: 'X' } });
    await apiRequest('GET', '/api/organisations');
    const [post, get] = calls;
    expect(post!.init.credentials).toBe('same-origin');
    expect((post!.init.headers as Record<string, string>)['x-csrf-token']).toBe('tok');
    expect((post!.init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(post!.init.body).toBe('{"name":"X"}');
    expect((get!.init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('turns error bodies into ApiError with code, details and request id', async () => {
    mockFetch([
      {
        status: 429,
        body: {
          error: {
            code: 'auth.rate_limited',
            message: 'm',
            details: { retryAfterMinutes: 15 },
            requestId: 'r1',
          },
        },
      },
    ]);
    const error = await apiRequest('POST', '/api/auth/login', { body: {}, isPublic: true }).catch(
      (e: ApiError) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'auth.rate_limited', requestId: 'r1' });
    expect((error as ApiError).details?.retryAfterMinutes).toBe(15);
  });

  it('reports an expired session on protected calls, not on public ones', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    const body = { error: { code: 'auth.required', message: 'm', requestId: 'r' } };
    mockFetch([
      { status: 401, body },
      { status: 401, body },
    ]);
    await expect(apiRequest('GET', '/api/home')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await expect(apiRequest('GET', '/api/auth/session', { isPublic: true })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('refreshes a stale CSRF token once and retries the write', async () => {
    setCsrfToken('old');
    setCsrfRefresher(async () => 'new');
    const calls = mockFetch([
      { status: 403, body: { error: { code: 'auth.csrf', message: 'm', requestId: 'r' } } },
      { status: 200, body: { ok: true } },
    ]);
    await expect(apiRequest('PUT', '/api/settings', { body: {} })).resolves.toEqual({ ok: true });
    expect(calls.map((c) => (c.init.headers as Record<string, string>)['x-csrf-token'])).toEqual([
      'old',
      'new',
    ]);
  });

  it('reports network failures with the code "network"', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiRequest('GET', '/api/home')).rejects.toMatchObject({
      status: 0,
      code: 'network',
    });
  });
});
