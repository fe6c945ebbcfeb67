import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import type { TCodec } from '../../services/platform/backup-format';
import { ident, type TCatalogSequence, type TCatalogTable } from './catalog-repo';

/**
 * The SQL of backups and restores: reading pages, loading batches, emptying tables, foreign
 * keys and sequences. What tables exist comes from catalog-repo.ts.
 */

/** Moves a sequence past both the backed-up position and the largest restored value. */
export async function resetSequence(ex: Executor, s: TCatalogSequence, next: string | undefined) {
  const max = `(SELECT max(${ident(s.column)}) FROM ${ident(s.table)})`;
  await ex.execute(
    sql`SELECT setval(${sql.raw(`'${s.sequence.replace(/'/g, "''")}'`)}::regclass,
      GREATEST(COALESCE(${sql.raw(max)} + 1, 1), CAST(${next ?? '1'}::text AS bigint)), false)`,
  );
}

/** Fixes the session settings that shape text output, so both engines write the same text. */
export async function setPortableSession(ex: Executor): Promise<void> {
  await ex.execute(sql`SET LOCAL DateStyle = 'ISO, YMD'`);
  await ex.execute(sql`SET LOCAL IntervalStyle = 'postgres'`);
  await ex.execute(sql`SET LOCAL TimeZone = 'UTC'`);
}

/** SQL expression giving a column's value as text, in the form its codec expects. */
function readExpression(column: string, codec: TCodec): string {
  const c = ident(column);
  if (codec === 'timestamptz') {
    return `CASE WHEN isfinite(${c}) THEN to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') ELSE ${c}::text END`;
  }
  if (codec === 'bytea') return `translate(encode(${c}, 'base64'), E'\\n', '')`;
  return `${c}::text`;
}

/** SQL expression turning a text parameter back into a column's value. */
function writeExpression(value: string | null, type: string, codec: TCodec): SQL {
  if (codec === 'bytea') return sql`decode(CAST(${value} AS text), 'base64')`;
  return sql`CAST(CAST(${value} AS text) AS ${sql.raw(type)})`;
}

/** One page of a table, as text values per column, plus the key to ask for the next page. */
export async function readPage(
  ex: Executor,
  table: TCatalogTable,
  codecs: TCodec[],
  after: (string | null)[] | undefined,
  limit: number,
): Promise<{ rows: (string | null)[][]; last: (string | null)[] | undefined }> {
  const select = table.columns.map((c, i) => `${readExpression(c.name, codecs[i]!)} AS c${i}`);
  const keyed = table.primaryKey.length > 0;
  const keyColumns = keyed ? table.primaryKey.map(ident) : ['ctid'];
  const keyTypes = keyed
    ? table.primaryKey.map((k) => table.columns.find((c) => c.name === k)!)
    : [{ type: 'tid', name: 'ctid', typeName: 'tid' }];
  select.push(...keyColumns.map((k, i) => `${k}::text AS k${i}`));
  const where = after
    ? sql`WHERE (${sql.raw(keyColumns.join(', '))}) > (${sql.join(
        after.map((v, i) => writeExpression(v, keyTypes[i]!.type, 'text')),
        sql`, `,
      )})`
    : sql``;
  const rows = await queryRows<Record<string, string | null>>(
    ex,
    sql`SELECT ${sql.raw(select.join(', '))} FROM ${sql.raw(ident(table.name))} ${where}
        ORDER BY ${sql.raw(keyColumns.join(', '))} LIMIT ${sql.raw(String(limit))}`,
  );
  const values = rows.map((r) => table.columns.map((_, i) => r[`c${i}`] ?? null));
  const lastRow = rows.at(-1);
  return {
    rows: values,
    last: lastRow ? keyColumns.map((_, i) => lastRow[`k${i}`] ?? null) : undefined,
  };
}

/**
 * Inserts rows (text values, by column) with one statement: each column travels as ONE text[]
 * parameter and `unnest` turns them back into rows, cast to the column types. A few parameters
 * per batch instead of one per value, which both engines parse much faster.
 */
export async function insertRows(
  ex: Executor,
  table: string,
  columns: { name: string; type: string; codec: TCodec }[],
  rows: (string | null)[][],
): Promise<void> {
  if (!rows.length) return;
  const arrays = columns.map(
    (_, i) => sql`CAST(${sql.param(rows.map((r) => r[i] ?? null))} AS text[])`,
  );
  const values = columns.map((c, i) =>
    c.codec === 'bytea'
      ? sql.raw(`decode(u.c${i}, 'base64')`)
      : sql.raw(`CAST(u.c${i} AS ${c.type})`),
  );
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  await ex.execute(
    sql`INSERT INTO ${sql.raw(ident(table))} (${sql.raw(columns.map((c) => ident(c.name)).join(', '))})
        OVERRIDING SYSTEM VALUE
        SELECT ${sql.join(values, sql`, `)} FROM unnest(${sql.join(arrays, sql`, `)}) AS u(${sql.raw(aliases)})`,
  );
}

/** True when a table holds at least one row. */
export async function hasRows(ex: Executor, table: string): Promise<boolean> {
  const rows = await queryRows(ex, sql.raw(`SELECT 1 AS one FROM ${ident(table)} LIMIT 1`));
  return rows.length > 0;
}

/** Empties tables (and resets their sequences). */
export async function truncateTables(ex: Executor, tables: string[]): Promise<void> {
  if (!tables.length) return;
  await ex.execute(sql.raw(`TRUNCATE ${tables.map(ident).join(', ')} RESTART IDENTITY CASCADE`));
}

/** Drops a foreign key for the time of a load. */
export async function dropConstraint(ex: Executor, table: string, name: string): Promise<void> {
  await ex.execute(sql.raw(`ALTER TABLE ${ident(table)} DROP CONSTRAINT ${ident(name)}`));
}

/** Re-creates a foreign key (PostgreSQL checks every row against it). */
export async function addConstraint(
  ex: Executor,
  table: string,
  name: string,
  definition: string,
): Promise<void> {
  await ex.execute(
    sql.raw(`ALTER TABLE ${ident(table)} ADD CONSTRAINT ${ident(name)} ${definition}`),
  );
}
