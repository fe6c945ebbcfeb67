import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupDatabase } from '../services/platform/backup-database';
import { restoreDatabase } from '../services/platform/restore-database';
import { cliAction, openConfiguredDatabase } from './open';

const EMBEDDED_NOTE =
  'With the embedded database (PGlite), stop the server first: one process at a time may\n' +
  'open the data directory.';

/** `passerelle backup FILE` and `passerelle restore FILE [--force]`. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Write the whole database to a portable backup file (gzip, JSON lines)')
    .argument('<file>', 'where to write the backup, e.g. passerelle-2026-03-02.jsonl.gz')
    .addHelpText(
      'after',
      `\nThe file restores into PGlite or PostgreSQL alike (passerelle restore).\n${EMBEDDED_NOTE}`,
    )
    .action(
      cliAction(async (file: string) => {
        const database = await openConfiguredDatabase();
        try {
          const summary = await backupDatabase(
            { db: database.db, now: () => new Date() },
            { file: resolve(file), kind: database.kind },
          );
          console.log(
            `Backup written to ${summary.file}: ${summary.tables} tables, ${summary.rows} rows, ` +
              `${Math.ceil(summary.bytes / 1024)} KiB (${database.kind}).`,
          );
        } finally {
          await database.close();
        }
      }),
    );

  program
    .command('restore')
    .description('Load a backup file into the database (migrated first), in one transaction')
    .argument('<file>', 'a file written by passerelle backup')
    .option('--force', 'replace the content of a database that already holds data')
    .addHelpText(
      'after',
      '\nThe backup must come from the same version (same migrations). Without --force, a\n' +
        'database that already has organisations or users is left alone. On any error,\n' +
        `nothing is changed.\n${EMBEDDED_NOTE}`,
    )
    .action(
      cliAction(async (file: string, opts: { force?: boolean }) => {
        const database = await openConfiguredDatabase();
        try {
          await database.migrate();
          const summary = await restoreDatabase(
            { db: database.db },
            { file: resolve(file), force: opts.force ?? false },
          );
          console.log(
            `Backup restored (${database.kind}): ${summary.tables} tables, ${summary.rows} rows.`,
          );
        } finally {
          await database.close();
        }
      }),
    );
}
