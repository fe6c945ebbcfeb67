import { openDatabase, type Database } from '../db/connect';
import { loadConfig, type TAppConfig } from '../server/config';
import { AppError } from '../shared/app-error';

/** Opens the configured database (PostgreSQL with DATABASE_URL, else PGlite in the data dir). */
export async function openConfiguredDatabase(config: TAppConfig = loadConfig()): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

/** Runs a CLI action: prints AppErrors as one clear line and sets the exit code. */
export function cliAction<A extends unknown[]>(fn: (...args: A) => Promise<number | void>) {
  return async (...args: A) => {
    try {
      const code = await fn(...args);
      process.exitCode = code ?? 0;
    } catch (error) {
      if (error instanceof AppError) {
        console.error(`passerelle: ${error.message}`);
        const fields = error.details?.fields as { path: string; code: string }[] | undefined;
        for (const f of fields ?? []) console.error(`  ${f.path}: ${f.code}`);
        process.exitCode = error.code === 'validation.failed' ? 2 : 1;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    }
  };
}

/** A service context for CLI commands: acts as the system (no user). */
export function cliContext(database: Database, config: TAppConfig = loadConfig()) {
  return { db: database.db, actor: null, requestId: 'cli', now: () => new Date(), config };
}
