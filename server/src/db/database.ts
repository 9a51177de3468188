import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Database_ {
  sqlite: Database.Database;
  db: Db;
  file: string;
}

export const DATABASE_FILE = 'mutopia.sqlite';

/**
 * Opens (creating if needed) the database in `dataDir` and applies pending
 * migrations. WAL lets readers run beside the single writer; `synchronous`
 * decides whether a commit waits for the disk (see docs/operations.md).
 * `secure_delete` zeroes what is deleted; `checkpoint` clears the WAL too.
 */
export function openDatabase(dataDir: string, synchronous: 'NORMAL' | 'FULL'): Database_ {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, DATABASE_FILE);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros instead of lingering in free pages (data protection).
  sqlite.pragma('secure_delete = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: resolve(import.meta.dirname, 'migrations') });
  return { sqlite, db, file };
}

/**
 * Copies the WAL into the database file and truncates it. Pages in the WAL
 * still hold rows as they were before a delete, so this runs after deleting
 * personal data and at shutdown; with `secure_delete` nothing deleted stays
 * readable in either file afterwards.
 */
export function checkpoint(sqlite: Database.Database): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
