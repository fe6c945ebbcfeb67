import { defineConfig } from 'drizzle-kit';

/** drizzle-kit reads the schema and writes SQL migrations shared by PGlite and PostgreSQL. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
