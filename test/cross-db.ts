import { inject } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { listTables, openDatabase, queryRows, type Database } from '../src/db/connect';
import { createTestDatabase } from './db';

/**
 * Helpers for tests that need a database of a given engine whatever the run (backup from
 * PGlite into PostgreSQL and back), or a PostgreSQL URL for a child process.
 */

let pgliteDump: Promise<Blob> | undefined;

/** A fresh migrated PGlite database (from the run's template, or one migrated per worker). */
export async function openPgliteTestDatabase(): Promise<Database> {
  if (!process.env.DATABASE_URL) return createTestDatabase();
  pgliteDump ??= (async () => {
    const database = await openDatabase({});
    await database.migrate();
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    return dump;
  })();
  return openDatabase({ loadDataDir: await pgliteDump });
}

let counter = 0;

/**
 * A new migrated PostgreSQL database cloned from the run's template, as a URL (dropped with
 * the template at the end of the run). Only with DATABASE_URL.
 */
export async function createPostgresTestUrl(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const template = inject('pgTemplate');
  const name = `${template}_x${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return dbUrl.toString();
}

/** A fresh migrated PostgreSQL database. Only with DATABASE_URL. */
export async function openPostgresTestDatabase(): Promise<Database> {
  return openDatabase({ databaseUrl: await createPostgresTestUrl() });
}

/**
 * Every table's rows in PostgreSQL's text form (exact for every type, time zone fixed),
 * sorted, so two databases on different engines can be compared order-independently.
 */
export async function dumpRows(database: Database): Promise<Record<string, string[]>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
    await tx.execute(sql`SET LOCAL DateStyle = 'ISO, YMD'`);
    const out: Record<string, string[]> = {};
    for (const table of await listTables(tx)) {
      const rows = await queryRows<{ r: string }>(
        tx,
        sql.raw(`SELECT t::text AS r FROM "${table}" t`),
      );
      out[table] = rows.map((x) => x.r).sort();
    }
    return out;
  });
}
