import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Executor } from '../../db/connect';
import {
  addConstraint,
  dropConstraint,
  hasRows,
  insertRows,
  resetSequence,
  setPortableSession,
  truncateTables,
} from '../../db/repositories/backup-repo';
import {
  readAppliedMigrations,
  readCatalog,
  readForeignKeys,
  readSequences,
  type TCatalogTable,
} from '../../db/repositories/catalog-repo';
import { AppError } from '../../shared/app-error';
import type { ServiceContext } from '../context';
import {
  BACKUP_FORMAT,
  ZBackupHeader,
  ZBackupTrailer,
  decodeValue,
  forwardEdges,
  splitLines,
  type TBackupHeader,
  type TBackupValue,
} from './backup-format';

/** Rows per INSERT (one text[] parameter per column): few round trips, bounded memory. */
const BATCH_ROWS = 1000;

/** What a restore loaded. */
export interface TRestoreSummary {
  tables: number;
  rows: number;
}

const invalid = (why: string) =>
  new AppError('backup.invalid', `This file is not a readable Passerelle backup: ${why}.`);

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw invalid('a line is not valid JSON (truncated or corrupted file?)');
  }
}

function parseHeader(line: string | undefined): TBackupHeader {
  const value = line === undefined ? undefined : parseLine(line);
  const parsed = ZBackupHeader.safeParse(value);
  if (parsed.success) return parsed.data;
  const format = (value as { format?: unknown } | undefined)?.format;
  if (format === BACKUP_FORMAT) {
    throw new AppError(
      'backup.incompatible',
      'This backup was written by another version of the format.',
    );
  }
  throw invalid('no Passerelle backup header');
}

/** Refuses a backup whose schema differs from the target's (both at the same migrations). */
async function checkCompatible(tx: Executor, header: TBackupHeader, catalog: TCatalogTable[]) {
  const applied = await readAppliedMigrations(tx);
  const same =
    applied.length === header.migrations.length &&
    applied.every((m, i) => m.hash === header.migrations[i]!.hash);
  if (!same) {
    throw new AppError(
      'backup.incompatible',
      `The backup was made at another migration level (${header.migrations.length} migrations, ` +
        `app ${header.appVersion}) than this database (${applied.length}). Restore it with the ` +
        'version that made it, then upgrade.',
      { backupMigrations: header.migrations.length, databaseMigrations: applied.length },
    );
  }
  for (const t of header.tables) {
    const target = catalog.find((c) => c.name === t.name);
    const mismatch = t.columns.find(
      (col) => target?.columns.find((c) => c.name === col.name)?.type !== col.type,
    );
    if (!target || mismatch) {
      throw new AppError('backup.incompatible', `Table ${t.name} differs from this database's.`, {
        table: t.name,
      });
    }
  }
}

/**
 * Tables whose rows mean someone has used the database. Other tables may hold rows written by
 * migrations (reference data, recurring jobs), which the backup's own copy replaces.
 */
const USAGE_TABLES = ['organisations', 'users'];

/** Empties the target, refusing when it has been used and `force` was not given. */
async function prepareTarget(tx: Executor, catalog: TCatalogTable[], force: boolean) {
  for (const t of force ? [] : catalog.filter((c) => USAGE_TABLES.includes(c.name))) {
    if (await hasRows(tx, t.name)) {
      throw new AppError(
        'backup.target_not_empty',
        `The target database is not empty (table ${t.name} has rows). Restore into a new ` +
          'database, or pass --force to replace its content.',
        { table: t.name },
      );
    }
  }
  await truncateTables(
    tx,
    catalog.map((t) => t.name),
  );
}

/**
 * Loads a backup (backup-database.ts) into a database at the same migration level, in ONE
 * transaction: a corrupt or foreign file, a schema mismatch or any failed insert leaves the
 * target exactly as it was. Tables load in the file's foreign-key order with batched
 * INSERTs; foreign keys the order cannot satisfy (cycles, self-references) are dropped for the
 * load and re-created, which re-checks every row. Sequences end past the restored ids.
 */
export async function restoreDatabase(
  ctx: Pick<ServiceContext, 'db'>,
  input: { file: string; force?: boolean },
): Promise<TRestoreSummary> {
  await access(input.file).catch(() => {
    throw new AppError('not_found', `No backup file at ${input.file}.`);
  });
  const gunzip = createGunzip();
  gunzip.setEncoding('utf8');
  const source = createReadStream(input.file).pipe(gunzip);
  const lines = splitLines(source);
  try {
    const header = parseHeader((await lines.next()).value ?? undefined);
    return await ctx.db.transaction(async (tx) => {
      await setPortableSession(tx);
      const catalog = await readCatalog(tx);
      await checkCompatible(tx, header, catalog);
      await prepareTarget(tx, catalog, input.force ?? false);
      const keys = await readForeignKeys(tx);
      const deferred = forwardEdges(
        header.tables.map((t) => t.name),
        keys,
      );
      for (const fk of deferred) await dropConstraint(tx, fk.table, fk.name);

      const counts: Record<string, number> = {};
      let table: TBackupHeader['tables'][number] | undefined;
      let batch: (string | null)[][] = [];
      const flush = async () => {
        if (table && batch.length) await insertRows(tx, table.name, table.columns, batch);
        batch = [];
      };
      let trailer: { rows: Record<string, number> } | undefined;
      for await (const line of lines) {
        if (trailer) throw invalid('data after the end marker');
        const value = parseLine(line);
        if (Array.isArray(value)) {
          if (!table || value.length !== table.columns.length)
            throw invalid('a row does not match its table');
          batch.push((value as TBackupValue[]).map(decodeValue));
          counts[table.name] = (counts[table.name] ?? 0) + 1;
          if (batch.length >= BATCH_ROWS) await flush();
          continue;
        }
        await flush();
        const section = value as { table?: unknown; end?: unknown };
        if (typeof section.table === 'string') {
          table = header.tables.find((t) => t.name === section.table);
          if (!table) throw invalid(`unknown table ${section.table}`);
        } else if (section.end === true) {
          const parsed = ZBackupTrailer.safeParse(value);
          if (!parsed.success) throw invalid('bad end marker');
          trailer = parsed.data;
        } else {
          throw invalid('unexpected line');
        }
      }
      if (!trailer) throw invalid('the file ends before its end marker (truncated?)');
      for (const t of header.tables) {
        if ((counts[t.name] ?? 0) !== (trailer.rows[t.name] ?? 0)) {
          throw invalid(
            `table ${t.name} has ${counts[t.name] ?? 0} rows, the file announced ${trailer.rows[t.name]}`,
          );
        }
      }
      for (const fk of deferred) await addConstraint(tx, fk.table, fk.name, fk.definition);
      for (const s of await readSequences(tx)) {
        await resetSequence(tx, s, header.sequences[`${s.table}.${s.column}`]);
      }
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      return { tables: header.tables.length, rows };
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
      throw invalid('not a gzip file or corrupted');
    throw error;
  } finally {
    source.destroy();
  }
}
