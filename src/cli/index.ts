import { Command } from 'commander';
import { ROLES, type TRole } from '../shared/enums';
import { VERSION } from '../server/version';
import { cliAction, cliContext, openConfiguredDatabase } from './open';
import { DEMO_LOGINS, seedDemo } from '../db/seed/demo';
import { createUser } from '../services/accounts/create-user';
import { findOrganisationByIdOrName } from './find-organisation';
import { registerBackupCommands } from './backup';

const program = new Command();
program
  .name('passerelle')
  .description('Passerelle — device and connectivity bank for digital inclusion')
  .version(VERSION);

program
  .command('serve')
  .description(
    'Migrate, seed demo data on an empty database, and serve the app (PORT, DATABASE_URL…)',
  )
  .option('--build-web', 'build the web app first when it is missing or out of date')
  .option('--no-web', 'serve the API only')
  .option('--no-seed', 'do not load demo data into an empty database')
  .action(
    // The HTTP app loads only for serve (~1.5 s): other commands start faster.
    cliAction(async (opts: { buildWeb?: boolean; web?: boolean; seed?: boolean }) =>
      (await import('./serve')).serve(opts),
    ),
  );

program
  .command('dev')
  .description(
    'Development: API server with reload and the Vite dev server (http://localhost:5173)',
  )
  .action(cliAction(async () => (await import('./dev')).startDev()));

program
  .command('migrate')
  .description('Apply the database migrations')
  .option(
    '--check-drift',
    'instead, check that the committed migrations match src/db/schema (needs dev dependencies)',
  )
  .action(
    cliAction(async (opts: { checkDrift?: boolean }) => {
      if (opts.checkDrift) {
        const { checkMigrationDrift } = await import('../db/check-drift');
        const report = checkMigrationDrift();
        if (report.isInSync) {
          console.log('Migrations match the schema.');
          return 0;
        }
        console.error('passerelle: the schema and the committed migrations differ.');
        console.error(report.pendingSql || report.output);
        console.error('Generate a migration: npx drizzle-kit generate --name <area>');
        return 1;
      }
      const database = await openConfiguredDatabase();
      try {
        await database.migrate();
        console.log(`Migrations applied (${database.kind}).`);
      } finally {
        await database.close();
      }
    }),
  );

program
  .command('seed')
  .description('Load data into an empty database (refused when it already holds organisations)')
  .requiredOption(
    '--demo',
    'the demo data set (bank, warehouses, workshop, networks, 31 structures, partners, users)',
  )
  .action(
    cliAction(async () => {
      const database = await openConfiguredDatabase();
      try {
        await database.migrate();
        await seedDemo(database.db, { now: new Date() });
        console.log(
          `Demo data loaded (${database.kind}). Password of every demo login: ${DEMO_LOGINS.password}`,
        );
      } finally {
        await database.close();
      }
    }),
  );

const user = program.command('user').description('Manage user accounts');
user
  .command('create')
  .description('Create a user with a role in an organisation')
  .requiredOption('--email <email>', 'login e-mail')
  .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
  .requiredOption('--password <password>', 'initial password (at least 10 characters)')
  .option('--name <name>', 'display name (default: the e-mail)')
  .option(
    '--organisation <idOrName>',
    'id or exact name of the organisation the role is held in (default: the bank); ' +
      'e.g. --organisation "Ateliers du Bocage" --role workshop_operator',
  )
  .option('--locale <locale>', 'fr or en', 'fr')
  .action(
    cliAction(
      async (opts: {
        email: string;
        role: string;
        password: string;
        name?: string;
        organisation?: string;
        locale: string;
      }) => {
        if (!(ROLES as readonly string[]).includes(opts.role)) {
          console.error(`passerelle: unknown role "${opts.role}"; use one of ${ROLES.join(', ')}`);
          return 2;
        }
        const database = await openConfiguredDatabase();
        try {
          await database.migrate();
          const organisation = await findOrganisationByIdOrName(database.db, opts.organisation);
          const created = await createUser(cliContext(database), {
            email: opts.email,
            displayName: opts.name ?? opts.email,
            password: opts.password,
            locale: opts.locale === 'en' ? 'en' : 'fr',
            organisationId: organisation.id,
            role: opts.role as TRole,
          });
          console.log(
            `User ${opts.email} created (${opts.role} in ${organisation.name}), id ${created.userId}.`,
          );
        } finally {
          await database.close();
        }
      },
    ),
  );

program
  .command('allocate')
  .description('Solve an allocation problem (JSON) and write the optimal plan')
  .requiredOption('--in <file>', 'problem JSON file')
  .option('--out <file>', 'plan JSON file (default: standard output)')
  .action(
    // Loaded on use: the solver stays out of every other command's start-up.
    cliAction(async (opts: { in: string; out?: string }) =>
      (await import('./allocate')).runAllocate(opts),
    ),
  );

program
  .command('probe')
  .description(
    "Read this machine's specs (CPU, RAM, drives, battery, serial; run as root for the serial) into a snapshot",
  )
  .option('--out <file>', 'write the snapshot to this file (default: standard output)')
  .option('--in <file>', 'upload an existing snapshot file instead of probing')
  .option('--server <url>', 'Passerelle server to upload the snapshot to')
  .option('--token <token>', 'workshop token for the upload (pwt_…)')
  .action(
    cliAction(async (opts: { out?: string; in?: string; server?: string; token?: string }) =>
      (await import('./probe')).runProbe(opts),
    ),
  );

const stock = program.command('stock').description('Stock ledger and projection');
stock
  .command('rebuild')
  .description('Recompute the stock projection from the ledger')
  .option('--check', 'only report differences (exit code 1 when there are any)')
  .action(
    cliAction(async (opts: { check?: boolean }) => (await import('./stock')).runStockRebuild(opts)),
  );

registerBackupCommands(program);

await program.parseAsync(process.argv);
