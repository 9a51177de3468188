import { defineConfig } from 'drizzle-kit';

/** PostgreSQL's migrations (`DATABASE_URL`); drizzle.config.ts makes SQLite's from schema.ts. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema-pg.ts',
  out: './src/db/migrations-pg',
});
