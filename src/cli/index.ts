import { Command } from 'commander';
import { ROLES, type TRole } from '../shared/enums';
import { VERSION } from '../server/version';
import { cliAction, cliContext, openConfiguredDatabase } from './open';
import { serve } from './serve';
import { seedDemo } from '../db/seed/demo';
import { createUser } from '../services/accounts/create-user';
import { findOrganisationByIdOrName } from './find-organisation';
import { runAllocate } from './allocate';
import { startDev } from './dev';

const program = new Command();
program
  .name('passerelle')
  .description('Passerelle — device and connectivity bank for digital inclusion')
  .version(VERSION);

program
  .command('serve')
  .description('Migrate, seed demo data on an empty database, and serve the app (PORT, DATABASE_URL…)')
  .option('--build-web', 'build the web app first when it is missing or out of date')
  .option('--no-web', 'serve the API only')
  .option('--no-seed', 'do not load demo data into an empty database')
  .action(cliAction((opts: { buildWeb?: boolean; web?: boolean; seed?: boolean }) => serve(opts)));

program
  .command('dev')
  .description('Development: API server with reload and the Vite dev server (http://localhost:5173)')
  .action(cliAction(() => startDev()));

program
  .command('migrate')
  .description('Apply the database migrations')
  .action(
    cliAction(async () => {
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
  .description('Load data into the database')
  .requiredOption('--demo', 'the demo data set (bank, warehouses, structures, users)')
  .action(
    cliAction(async () => {
      const database = await openConfiguredDatabase();
      try {
        await database.migrate();
        await seedDemo(database.db, { now: new Date() });
        console.log('Demo data loaded.');
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
  .option('--organisation <idOrName>', 'organisation id or exact name (default: the bank)')
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
          console.log(`User ${opts.email} created (${opts.role} in ${organisation.name}), id ${created.userId}.`);
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
  .action(cliAction((opts: { in: string; out?: string }) => runAllocate(opts)));

await program.parseAsync(process.argv);
