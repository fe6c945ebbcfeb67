import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../src/db/connect';
import { buildApp } from '../src/server/app';
import { loadConfig, type TAppConfig } from '../src/server/config';
import type { TApp, TRouteEntry } from '../src/server/types';
import { FACTORY_PASSWORD } from './factories';
import { useTestDatabase } from './db';

/** Configuration for tests: no SMTP, fixed public URL. */
export function testConfig(overrides: Partial<TAppConfig> = {}): TAppConfig {
  return {
    ...loadConfig({}),
    publicUrl: 'http://passerelle.test',
    smtpUrl: undefined,
    ...overrides,
  };
}

/** A logged-in client: cookie and CSRF token to pass to `app.inject`. */
export interface TAgent {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

/** Logs in through the API and returns what later requests need. */
export async function loginAs(
  app: TApp,
  email: string,
  password = FACTORY_PASSWORD,
): Promise<TAgent> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const setCookie = [res.headers['set-cookie']].flat()[0]!;
  const cookie = setCookie.split(';')[0]!;
  const session = await app.inject({
    method: 'GET',
    url: '/api/auth/session',
    headers: { cookie },
  });
  const csrf = (session.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** A test file's app on its own database (emptied before each test). */
export function useTestApp(overrides: Partial<TAppConfig> = {}) {
  const t = useTestDatabase();
  const holder = {} as { app: TApp; routes: TRouteEntry[]; database: Database };
  beforeAll(async () => {
    const built = await buildApp({
      database: t.database,
      config: testConfig(overrides),
      serveWeb: false,
    });
    holder.app = built.app;
    holder.routes = built.routes;
    holder.database = t.database;
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return holder;
}
