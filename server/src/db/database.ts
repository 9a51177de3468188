import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';
import type { Db, StoreDb } from './store-db.js';

export type { Db } from './store-db.js';

export const DATABASE_FILE = 'mutopia.sqlite';

/**
 * Opens (creating if needed) the embedded database in `dataDir` and applies
 * pending migrations. WAL lets readers run beside the single writer;
 * `synchronous` decides whether a commit waits for the disk (see
 * docs/operations.md). `secure_delete` zeroes what is deleted; `checkpoint`
 * clears the WAL too.
 */
export function openSqliteStore(dataDir: string, synchronous: 'NORMAL' | 'FULL'): StoreDb {
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
  return {
    dialect: 'sqlite',
    db,
    t: schema,
    transaction: sqliteTransactions(sqlite, db),
    checkpoint: async () => checkpoint(sqlite),
    ping: async () => {
      sqlite.prepare('SELECT 1').get();
    },
    close: async () => {
      if (!sqlite.open) return;
      checkpoint(sqlite);
      sqlite.close();
    },
    describe: file,
    sqlite,
  };
}

/**
 * better-sqlite3 runs one transaction at a time on its one connection and
 * cannot hold one open across an `await`; drizzle's helper refuses async
 * callbacks. So transactions queue here and run BEGIN … COMMIT around the
 * callback, whose SQLite queries resolve in microtasks: no timer, request or
 * socket handler runs in between. A nested call (same async context) joins
 * the outer transaction.
 */
function sqliteTransactions(sqlite: Database.Database, db: Db): StoreDb['transaction'] {
  const inside = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: (tx: Db) => Promise<T>): Promise<T> => {
    if (inside.getStore()) return fn(db);
    const run = tail.then(() =>
      inside.run(true, async () => {
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const value = await fn(db);
          sqlite.exec('COMMIT');
          return value;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
          throw error;
        }
      }),
    );
    tail = run.catch(() => undefined);
    return run;
  };
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
