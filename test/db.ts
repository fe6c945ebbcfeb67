import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { listTables, openDatabase, type Database } from '../src/db/connect';

let counter = 0;

/**
 * Opens a fresh migrated database for a test file: PGlite loaded from the run's template, or,
 * with DATABASE_URL, a PostgreSQL database cloned from the template database.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = inject('pgTemplate');
    const name = `${template}_${process.pid}_${++counter}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    return openDatabase({ databaseUrl: dbUrl.toString() });
  }
  const file = inject('pgliteTemplate');
  return openDatabase({ loadDataDir: new Blob([readFileSync(file)]) });
}

/** Empties every application table (keeps the migration history). */
export async function resetDatabase(database: Database): Promise<void> {
  const tables = await listTables(database.db);
  if (!tables.length) return;
  await database.db.execute(
    sql.raw(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`),
  );
}

/**
 * Gives a test file its own database, emptied before each test. Use inside `describe` or at
 * the top of a file: `const t = useTestDatabase(); … t.database.db`.
 */
export function useTestDatabase(options: { reset?: boolean } = {}) {
  const holder = {} as { database: Database };
  beforeAll(async () => {
    holder.database = await createTestDatabase();
  });
  if (options.reset !== false) {
    beforeEach(async () => {
      await resetDatabase(holder.database);
    });
  }
  afterAll(async () => {
    await holder.database?.close();
  });
  return holder;
}
