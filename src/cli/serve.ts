import { count } from 'drizzle-orm';
import { loadConfig } from '../server/config';
import { buildApp } from '../server/app';
import { organisations } from '../db/schema';
import { startJobWorker } from '../jobs/worker';
import { JOB_HANDLERS } from '../jobs/handlers';
import { seedDemo, DEMO_LOGINS } from '../db/seed/demo';
import { openConfiguredDatabase } from './open';
import { ensureWebBuilt } from './web-build';

/** Options of `passerelle serve`. */
export interface ServeOptions {
  buildWeb?: boolean;
  web?: boolean;
  seed?: boolean;
}

/**
 * Migrates, seeds demo data into an empty database, and serves the API and the web app until
 * SIGINT/SIGTERM. Prints where it listens, which database it uses and the demo logins.
 */
export async function serve(options: ServeOptions): Promise<void> {
  const config = loadConfig();
  if (options.buildWeb && options.web !== false) ensureWebBuilt(console.log);
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  const [orgCount] = await database.db.select({ n: count() }).from(organisations);
  const seeded = options.seed !== false && (orgCount?.n ?? 0) === 0;
  if (seeded) {
    console.log('Empty database: loading demo data…');
    await seedDemo(database.db, { now: new Date() });
  }
  const { app } = await buildApp({
    database,
    config,
    logger: true,
    serveWeb: options.web === false ? false : undefined,
  });
  const worker = startJobWorker({
    database,
    config,
    now: () => new Date(),
    handlers: JOB_HANDLERS,
    log: (m) => app.log.warn(m),
  });
  await app.listen({ port: config.port, host: config.host });
  const where =
    database.kind === 'postgres'
      ? `PostgreSQL (${new URL(config.databaseUrl!).host}${new URL(config.databaseUrl!).pathname})`
      : `embedded PGlite in ${config.dataDir}`;
  // PORT=0 picks a free port: print the real one.
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`\nPasserelle is listening on http://localhost:${port}`);
  console.log(`Database: ${where}${seeded ? ' — demo data loaded' : ''}`);
  console.log('Demo logins (password for all: ' + DEMO_LOGINS.password + '):');
  for (const l of DEMO_LOGINS.users) {
    console.log(`  ${l.role.padEnd(18)} ${l.email}${l.note ? ` (${l.note})` : ''}`);
  }
  console.log('');
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await worker.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}
