import type { Db } from '../db/connect';
import type { TActor } from '../domain/policy';
import type { TAppConfig } from '../server/config';

/**
 * What every use case receives: the database, who acts, the clock and the configuration.
 * Passed in by the route, CLI command or job; no service reaches for a global.
 */
export interface ServiceContext {
  db: Db;
  actor: TActor | null;
  requestId?: string | undefined;
  now: () => Date;
  config: TAppConfig;
}
