import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect';

/** Which engine a bench measures. */
export type TBenchEngine = 'pglite' | 'postgres';

/**
 * A fresh database for a bench: PGlite in memory, or a new PostgreSQL database created from
 * DATABASE_URL and dropped by `drop()`.
 */
export async function openBenchDatabase(
  engine: TBenchEngine,
  label: string,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  const url = process.env.DATABASE_URL!;
  const name = `passerelle_${label}_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString() });
  return {
    database,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Wall time, and CPU time of this process (with PGlite, the database runs in it too). */
export async function timeWithCpu<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value };
}
