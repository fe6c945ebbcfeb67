import { z } from 'zod';

/**
 * The portable backup format (pure helpers, no I/O). A backup is a gzip'd JSON-lines file:
 *
 *   {"format":"passerelle-backup","version":1,…header}      one line: migrations, tables, columns
 *   {"table":"organisations"}                                 a section per table, FK-safe order
 *   ["3f0c…","structure","Afev — pôle de Lille",…]            one line per row, values by column
 *   {"end":true,"rows":{"organisations":52,…}}                 trailer: a truncated file is refused
 *
 * Values are engine-neutral: booleans and 16/32-bit integers as JSON, bigint and numeric as
 * strings (no precision lost), timestamptz as ISO 8601 in UTC with microseconds, bytea as
 * base64, json/jsonb as their exact JSON text, anything else as PostgreSQL's text form (which
 * both PGlite and PostgreSQL read back with the same cast).
 */
export const BACKUP_FORMAT = 'passerelle-backup';
/** Version of the format; a reader refuses versions it does not know. */
export const BACKUP_VERSION = 1;

/** How a column's values are written. */
export const CODECS = ['bool', 'int', 'float', 'timestamptz', 'bytea', 'json', 'text'] as const;
export type TCodec = (typeof CODECS)[number];

/** Picks the codec of a column from its PostgreSQL base type name (pg_type.typname). */
export function codecFor(typeName: string): TCodec {
  switch (typeName) {
    case 'bool':
      return 'bool';
    case 'int2':
    case 'int4':
      return 'int';
    case 'float4':
    case 'float8':
      return 'float';
    case 'timestamptz':
      return 'timestamptz';
    case 'bytea':
      return 'bytea';
    case 'json':
    case 'jsonb':
      return 'json';
    default:
      return 'text';
  }
}

/** A value as written in the file. */
export type TBackupValue = string | number | boolean | null;

/** Turns the text the database produced for a column (see the SQL side) into the file value. */
export function encodeValue(codec: TCodec, text: string | null): TBackupValue {
  if (text === null) return null;
  switch (codec) {
    case 'bool':
      return text === 'true' || text === 't';
    case 'int':
      return Number(text);
    case 'float': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    default:
      return text;
  }
}

/** Turns a file value back into the text the database casts to the column's type. */
export function decodeValue(value: TBackupValue): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : String(value);
}

const ZColumn = z.object({ name: z.string(), type: z.string(), codec: z.enum(CODECS) });

/** The first line of a backup. */
export const ZBackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  source: z.enum(['pglite', 'postgres']),
  /** Migrations applied to the source (drizzle's hash and timestamp), oldest first. */
  migrations: z.array(z.object({ hash: z.string(), createdAt: z.string() })),
  tables: z.array(z.object({ name: z.string(), columns: z.array(ZColumn).min(1) })),
  /** Next value of each sequence (bigserial/identity), by "table.column". */
  sequences: z.record(z.string(), z.string()),
});
export type TBackupHeader = z.infer<typeof ZBackupHeader>;

/** The last line of a backup. */
export const ZBackupTrailer = z.object({
  end: z.literal(true),
  rows: z.record(z.string(), z.number().int().nonnegative()),
});

/** A foreign key: `table` references `references`. */
export interface TForeignKeyEdge {
  name: string;
  table: string;
  references: string;
}

/**
 * Orders tables so that referenced tables come first (Kahn's algorithm, ties by name). Tables
 * in a cycle (or referencing themselves) cannot be ordered; they are appended by name, and the
 * restore drops the foreign keys that point forward, then re-creates them (which re-checks them).
 */
export function orderTables(tables: string[], edges: TForeignKeyEdge[]): string[] {
  const known = new Set(tables);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) {
    if (known.has(e.table) && known.has(e.references) && e.table !== e.references) {
      parents.get(e.table)!.add(e.references);
    }
  }
  const ordered: string[] = [];
  const done = new Set<string>();
  const pending = [...tables].sort();
  for (;;) {
    const ready = pending.filter(
      (t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p)),
    );
    if (!ready.length) break;
    const next = ready[0]!;
    ordered.push(next);
    done.add(next);
  }
  return [...ordered, ...pending.filter((t) => !done.has(t))];
}

/**
 * Foreign keys that the given load order would violate: those referencing the same table or a
 * table loaded later. The restore drops them for the load and re-creates them afterwards.
 */
export function forwardEdges<E extends TForeignKeyEdge>(order: string[], edges: E[]): E[] {
  const position = new Map(order.map((t, i) => [t, i]));
  return edges.filter((e) => {
    const from = position.get(e.table);
    const to = position.get(e.references);
    return from !== undefined && (to === undefined ? false : to >= from);
  });
}

/** Splits a stream of text chunks into lines (the last line may lack its newline). */
export async function* splitLines(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const parts = (rest + String(chunk)).split('\n');
    rest = parts.pop()!;
    for (const line of parts) if (line) yield line;
  }
  if (rest) yield rest;
}
