import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './connect';
import { checkMigrationDrift } from './check-drift';

const listing = () =>
  readdirSync(MIGRATIONS_FOLDER, { recursive: true })
    .map(String)
    .sort()
    .map((f) => `${f}:${statSync(resolve(MIGRATIONS_FOLDER, f)).mtimeMs}`);

describe('schema drift', () => {
  it('has committed migrations that match src/db/schema', () => {
    const before = listing();
    const report = checkMigrationDrift();
    expect(
      report.pendingSql,
      'generate a migration: flock /tmp/passerelle-drizzle.lock npx drizzle-kit generate --name <area>',
    ).toBe('');
    expect(report.output).toMatch(/nothing to migrate/i);
    expect(report.isInSync).toBe(true);
    expect(listing()).toEqual(before);
  });

  it('notices a table the migrations lack, without touching the migrations folder', () => {
    // Inside the project so the schema file resolves drizzle-orm from node_modules.
    const dir = resolve(import.meta.dirname, '../../.passerelle-test', `drift-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const schema = resolve(dir, 'schema.ts');
    writeFileSync(
      schema,
      `export * from '${resolve(import.meta.dirname, 'schema/index.ts')}';\n` +
        `import { pgTable, text } from 'drizzle-orm/pg-core';\n` +
        `export const driftProbe = pgTable('drift_probe', { id: text('id').primaryKey() });\n`,
    );
    const before = listing();
    try {
      const report = checkMigrationDrift({ schema });
      expect(report.isInSync).toBe(false);
      expect(report.pendingSql).toMatch(/CREATE TABLE "drift_probe"/);
      expect(listing()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
