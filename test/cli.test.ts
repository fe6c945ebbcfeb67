import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../src/db/connect';
import { memberships, organisations, users } from '../src/db/schema';
import { DEMO_LOGINS } from '../src/db/seed/demo';
import { cliEnv, runCli } from './cli-run';
import { createPostgresTestUrl } from './cross-db';

/**
 * The real command in child processes (each costs a couple of seconds: the steps share one
 * data directory and run in order). The source is always PGlite; with DATABASE_URL the
 * restore goes into PostgreSQL, otherwise into a second PGlite directory.
 */
describe('passerelle command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
  const env = cliEnv(join(dir, 'data'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('documents its commands', async () => {
    const help = await runCli(['--help'], env);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'dev', 'migrate', 'seed', 'user', 'backup', 'restore']) {
      // Each command is listed with a description.
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b.*\\s{2,}\\S`, 'm'));
    }
  });

  it('refuses an unknown role with exit code 2 before touching the database', async () => {
    const bad = await runCli(
      ['user', 'create', '--email', 'x@y.org', '--role', 'chef', '--password', 'une phrase longue'],
      env,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown role "chef".*referent/);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('migrates, seeds, creates a user, backs up and restores', { timeout: 300_000 }, async () => {
    const migrate = await runCli(['migrate'], env);
    expect(migrate.stderr).toBe('');
    expect(migrate).toMatchObject({ code: 0 });
    expect(migrate.stdout).toMatch(/Migrations applied \(pglite\)/);

    const seed = await runCli(['seed', '--demo'], env);
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain(DEMO_LOGINS.password);

    const create = await runCli(
      [
        'user',
        'create',
        '--email',
        'Nouvel.Atelier@Bocage.test',
        '--role',
        'workshop_operator',
        '--organisation',
        'Ateliers du Bocage',
        '--password',
        'une phrase longue',
        '--name',
        'Noé',
      ],
      env,
    );
    expect(create.stderr).toBe('');
    expect(create.stdout).toMatch(
      /User Nouvel\.Atelier@Bocage\.test created \(workshop_operator in Ateliers du Bocage\)/,
    );

    const file = join(dir, 'backup.jsonl.gz');
    const backup = await runCli(['backup', file], env);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backup written to .*backup\.jsonl\.gz: \d+ tables, \d+ rows/);

    const targetUrl = process.env.DATABASE_URL ? await createPostgresTestUrl() : '';
    const targetEnv = cliEnv(join(dir, 'restored'), targetUrl);
    const restore = await runCli(['restore', file], targetEnv);
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(
      targetUrl ? /Backup restored \(postgres\)/ : /Backup restored \(pglite\)/,
    );

    // A second restore without --force is refused: the target now holds data.
    const again = await runCli(['restore', file], targetEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not empty.*--force/s);
    const forced = await runCli(['restore', '--force', file], targetEnv);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);

    // The restored database has the user created through the command, with its role.
    const target = await openDatabase(
      targetUrl ? { databaseUrl: targetUrl } : { dataDir: join(dir, 'restored') },
    );
    try {
      const [user] = await target.db
        .select()
        .from(users)
        .where(eq(users.email, 'nouvel.atelier@bocage.test'));
      expect(user).toMatchObject({ displayName: 'Noé' });
      const [role] = await target.db
        .select({ role: memberships.role, name: organisations.name })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(eq(memberships.userId, user!.id));
      expect(role).toEqual({ role: 'workshop_operator', name: 'Ateliers du Bocage' });
    } finally {
      await target.close();
    }
  });
});
