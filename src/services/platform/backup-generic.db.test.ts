import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/connect';
import { dumpRows, openPgliteTestDatabase, openPostgresTestDatabase } from '../../../test/cross-db';
import { backupDatabase } from './backup-database';
import { restoreDatabase } from './restore-database';

const now = new Date('2026-03-02T09:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'passerelle-backup-generic-'));
const opened: Database[] = [];

async function track(p: Promise<Database>): Promise<Database> {
  const database = await p;
  opened.push(database);
  return database;
}

/** On the run's engine: PostgreSQL with DATABASE_URL, PGlite otherwise. */
const openTestDatabase = () =>
  process.env.DATABASE_URL ? openPostgresTestDatabase() : openPgliteTestDatabase();

describe('backup and restore of tables the code does not know', () => {
  afterAll(async () => {
    for (const d of opened) await d.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('covers tables added later: any type, no primary key, self-references, identity', async () => {
    const ddl = [
      sql`CREATE TABLE zz_tree (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        parent_id bigint REFERENCES zz_tree(id),
        label text, tags text[], data bytea, amount numeric(30,6), day date, at timestamp,
        ratio double precision, span interval, flag boolean, n smallint
      )`,
      sql`CREATE TABLE zz_loose (a text, b integer)`,
    ];
    const source = await track(openTestDatabase());
    const target = await track(openTestDatabase());
    for (const d of [source, target]) for (const q of ddl) await d.db.execute(q);
    for (const q of [
      sql`INSERT INTO zz_tree (label) SELECT 'n' || g FROM generate_series(1, 2500) g`,
      sql`UPDATE zz_tree SET parent_id = id + 1 WHERE id < 2500`,
      sql`UPDATE zz_tree SET tags = ARRAY['a,b', 'c"d', NULL], data = '\\x00ff10'::bytea,
        amount = 123456789012345678.123456, day = '2028-02-29'::date - 1,
        at = '2026-03-02 09:00:00.654321', ratio = 0.1, span = '1 day 02:03:04', flag = true, n = -3
        WHERE id = 7`,
      sql`UPDATE zz_tree SET ratio = 'NaN' WHERE id = 8`,
      sql`INSERT INTO zz_loose VALUES ('x', 1), ('x', 1), (NULL, NULL)`,
    ]) {
      await source.db.execute(q);
    }
    const file = join(dir, 'later.jsonl.gz');
    await backupDatabase({ db: source.db, now: () => now }, { file, kind: source.kind });
    await restoreDatabase({ db: target.db }, { file });
    expect(await dumpRows(target)).toEqual(await dumpRows(source));
    // The self-reference was re-created and the identity continues.
    const constraints = await target.db.execute(
      sql`SELECT 1 FROM pg_constraint WHERE conrelid = 'zz_tree'::regclass AND contype = 'f'`,
    );
    expect((constraints as unknown as { rows: unknown[] }).rows).toHaveLength(1);
    await target.db.execute(sql`INSERT INTO zz_tree (label) VALUES ('new')`);
    const [row] = (
      (await target.db.execute(sql`SELECT max(id)::int AS id FROM zz_tree`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows;
    expect(row!.id).toBe(2501);
  });
});
