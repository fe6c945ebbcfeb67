import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Db, Executor, TDatabaseKind } from '../../db/connect';
import { readPage, setPortableSession } from '../../db/repositories/backup-repo';
import {
  readAppliedMigrations,
  readCatalog,
  readForeignKeys,
  readSequenceNext,
  readSequences,
} from '../../db/repositories/catalog-repo';
import { VERSION } from '../../server/version';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  codecFor,
  encodeValue,
  orderTables,
  type TBackupHeader,
} from './backup-format';

/** Rows read per query: memory stays flat whatever the size of a table. */
const PAGE_SIZE = 1000;

/** What a backup wrote. */
export interface TBackupSummary {
  file: string;
  tables: number;
  rows: number;
  bytes: number;
}

/** Reads the header: tables in foreign-key order, their columns and codecs, sequences. */
async function readHeader(tx: Executor, kind: TDatabaseKind, now: Date) {
  const catalog = await readCatalog(tx);
  const order = orderTables(
    catalog.map((t) => t.name),
    await readForeignKeys(tx),
  );
  const tables = order.map((name) => catalog.find((t) => t.name === name)!);
  const sequences: Record<string, string> = {};
  for (const s of await readSequences(tx)) {
    sequences[`${s.table}.${s.column}`] = await readSequenceNext(tx, s.sequence);
  }
  const header: TBackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    appVersion: VERSION,
    source: kind,
    migrations: await readAppliedMigrations(tx),
    tables: tables.map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => ({ name: c.name, type: c.type, codec: codecFor(c.typeName) })),
    })),
    sequences,
  };
  return { header, tables };
}

/**
 * Writes every table of the database to a portable file (see backup-format.ts) that restores
 * into PGlite or PostgreSQL alike. Reads one consistent snapshot (a repeatable-read, read-only
 * transaction), pages through each table by primary key and streams through gzip, so memory
 * does not grow with the data. The file appears under its name only once complete.
 */
export async function backupDatabase(
  ctx: { db: Db; now: () => Date },
  input: { file: string; kind: TDatabaseKind },
): Promise<TBackupSummary> {
  const partial = `${input.file}.partial`;
  let rows = 0;
  let tableCount = 0;
  try {
    await ctx.db.transaction(
      async (tx) => {
        await setPortableSession(tx);
        const { header, tables } = await readHeader(tx, input.kind, ctx.now());
        tableCount = tables.length;
        async function* lines(): AsyncGenerator<string> {
          yield `${JSON.stringify(header)}\n`;
          const counts: Record<string, number> = {};
          for (const [t, table] of tables.entries()) {
            const codecs = header.tables[t]!.columns.map((c) => c.codec);
            yield `${JSON.stringify({ table: table.name })}\n`;
            let after: (string | null)[] | undefined;
            let count = 0;
            for (;;) {
              const page = await readPage(tx, table, codecs, after, PAGE_SIZE);
              if (!page.rows.length) break;
              count += page.rows.length;
              yield page.rows
                .map((r) => `${JSON.stringify(r.map((v, i) => encodeValue(codecs[i]!, v)))}\n`)
                .join('');
              if (page.rows.length < PAGE_SIZE) break;
              after = page.last;
            }
            counts[table.name] = count;
            rows += count;
          }
          yield `${JSON.stringify({ end: true, rows: counts })}\n`;
        }
        await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial));
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await rename(partial, input.file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file: input.file, tables: tableCount, rows, bytes: (await stat(input.file)).size };
}
