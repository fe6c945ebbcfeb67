import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../connect';
import type { TForeignKeyEdge } from '../../services/platform/backup-format';

/**
 * What the PostgreSQL catalog says about the application's tables (public schema), read by
 * backups and restores so that tables added by later migrations need no code change here.
 */

/** Quotes an SQL identifier. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A column as the backup sees it. */
export interface TCatalogColumn {
  name: string;
  /** format_type(): the exact type, e.g. `timestamp with time zone`, `text[]`. */
  type: string;
  /** The base type name (pg_type.typname, through domains), which picks the codec. */
  typeName: string;
}

/** A table with its columns (in order) and primary key. */
export interface TCatalogTable {
  name: string;
  columns: TCatalogColumn[];
  primaryKey: string[];
}

/** A column fed by a sequence (serial, bigserial or identity). */
export interface TCatalogSequence {
  table: string;
  column: string;
  /** Schema-qualified, quoted sequence name. */
  sequence: string;
}

/** Tables of the public schema (partitions excluded), with columns and primary keys. */
export async function readCatalog(ex: Executor): Promise<TCatalogTable[]> {
  const columns = await queryRows<{
    table_name: string;
    name: string;
    type: string;
    type_name: string;
  }>(
    ex,
    sql`SELECT c.relname AS table_name, a.attname AS name,
          format_type(a.atttypid, a.atttypmod) AS type,
          COALESCE(bt.typname, t.typname) AS type_name
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_type t ON t.oid = a.atttypid
        LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        ORDER BY c.relname, a.attnum`,
  );
  const keys = await queryRows<{ table_name: string; name: string }>(
    ex,
    sql`SELECT c.relname AS table_name, a.attname AS name
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE n.nspname = 'public' AND i.indisprimary
        ORDER BY c.relname, k.ord`,
  );
  const tables = new Map<string, TCatalogTable>();
  for (const c of columns) {
    const table = tables.get(c.table_name) ?? { name: c.table_name, columns: [], primaryKey: [] };
    table.columns.push({ name: c.name, type: c.type, typeName: c.type_name });
    tables.set(c.table_name, table);
  }
  for (const k of keys) tables.get(k.table_name)?.primaryKey.push(k.name);
  return [...tables.values()];
}

/** Foreign keys between public tables, with their definition (to re-create them). */
export async function readForeignKeys(
  ex: Executor,
): Promise<(TForeignKeyEdge & { definition: string })[]> {
  const rows = await queryRows<{
    name: string;
    table: string;
    references: string;
    definition: string;
  }>(
    ex,
    sql`SELECT con.conname AS name, src.relname AS "table", dst.relname AS "references",
          pg_get_constraintdef(con.oid) AS definition
        FROM pg_constraint con
        JOIN pg_class src ON src.oid = con.conrelid
        JOIN pg_class dst ON dst.oid = con.confrelid
        JOIN pg_namespace n ON n.oid = src.relnamespace
        WHERE con.contype = 'f' AND n.nspname = 'public'
        ORDER BY src.relname, con.conname`,
  );
  return rows;
}

/** Sequences owned by public columns (serial, bigserial, identity). */
export async function readSequences(ex: Executor): Promise<TCatalogSequence[]> {
  const rows = await queryRows<{ table: string; column: string; schema: string; sequence: string }>(
    ex,
    sql`SELECT t.relname AS "table", a.attname AS "column", sn.nspname AS schema, s.relname AS sequence
        FROM pg_class s
        JOIN pg_namespace sn ON sn.oid = s.relnamespace
        JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
          AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
        JOIN pg_class t ON t.oid = d.refobjid
        JOIN pg_namespace tn ON tn.oid = t.relnamespace
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE s.relkind = 'S' AND tn.nspname = 'public'
        ORDER BY t.relname, a.attname`,
  );
  return rows.map((r) => ({
    table: r.table,
    column: r.column,
    sequence: `${ident(r.schema)}.${ident(r.sequence)}`,
  }));
}

/** The value a sequence will hand out next. */
export async function readSequenceNext(ex: Executor, sequence: string): Promise<string> {
  const [row] = await queryRows<{ next: string }>(
    ex,
    sql.raw(
      `SELECT (CASE WHEN is_called THEN last_value + 1 ELSE last_value END)::text AS next FROM ${sequence}`,
    ),
  );
  return row!.next;
}

/** Migrations applied by drizzle (hash and timestamp), oldest first; none on a bare database. */
export async function readAppliedMigrations(
  ex: Executor,
): Promise<{ hash: string; createdAt: string }[]> {
  const [exists] = await queryRows<{ name: string | null }>(
    ex,
    sql`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS name`,
  );
  if (!exists?.name) return [];
  const rows = await queryRows<{ hash: string; created_at: string }>(
    ex,
    sql`SELECT hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY created_at, id`,
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: r.created_at }));
}
