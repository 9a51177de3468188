import { AsyncLocalStorage } from 'node:async_hooks';
import { resolve } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schemaPg from './schema-pg.js';
import type { Db, StoreDb, Tables } from './store-db.js';

export const PG_MIGRATIONS = resolve(import.meta.dirname, 'migrations-pg');

/** Any fixed number: every node asks for the same lock before migrating. */
const MIGRATION_LOCK = 7_315_001;

/** SQLSTATEs after which PostgreSQL asks the client to run the transaction again. */
const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected
const MAX_ATTEMPTS = 50;

/**
 * SQLite answers count(*), max(id) and bigserial ids as numbers; node-postgres
 * would answer int8 and numeric as strings. Numbers here keep store code the
 * same on both engines (our ids and counts stay far below 2^53).
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) {
      return (value: string) => Number(value);
    }
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  poolSize?: number;
}

/**
 * Opens PostgreSQL at `url` (`DATABASE_URL`) and applies pending migrations.
 *
 * Transactions are SERIALIZABLE and run again when PostgreSQL reports a
 * conflict: that gives the same answer as SQLite's one-at-a-time
 * transactions (a budget check and the insert it guards cannot interleave
 * with another node's), which is why the callback may run more than once
 * and must await database calls only.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<StoreDb> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types,
    // A database that does not answer fails the health check and the request instead of hanging them.
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    application_name: 'mutopia',
  });
  // An idle client losing its connection (PostgreSQL restarted) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrateWithLock(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const base = drizzle(pool, { schema: schemaPg });
  const inside = new AsyncLocalStorage<Db>();
  return {
    dialect: 'postgres',
    db: joiningTransactions(base as unknown as Db, inside),
    t: schemaPg as unknown as Tables,
    transaction: async <T>(fn: (tx: Db) => Promise<T>): Promise<T> => {
      const outer = inside.getStore();
      if (outer) return fn(outer);
      for (let attempt = 1; ; attempt++) {
        try {
          return await base.transaction((tx) => inside.run(tx as unknown as Db, () => fn(tx as unknown as Db)), {
            isolationLevel: 'serializable',
          });
        } catch (error) {
          if (attempt >= MAX_ATTEMPTS || !retryable(error)) throw error;
          // Spread the retries out so the same conflicting callers do not meet again at once.
          await new Promise((r) => setTimeout(r, Math.random() * Math.min(attempt, 10) * 2));
        }
      }
    },
    // PostgreSQL's autovacuum reclaims deleted rows; the server cannot force it to (docs/operations.md).
    checkpoint: async () => undefined,
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: async () => {
      if (!pool.ended) await pool.end();
    },
    describe: withoutPassword(url),
    sqlite: null,
  };
}

/**
 * Several nodes may start at once; drizzle's migrator reads what was applied
 * before its own transaction, so two nodes could both apply a migration. The
 * advisory lock makes them take turns on one connection.
 */
async function migrateWithLock(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client), { migrationsFolder: PG_MIGRATIONS });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * `store.db` used inside a transaction's callback goes to that transaction, as
 * it does on SQLite's single connection: otherwise it would take another pool
 * connection that neither sees the transaction's writes nor waits for its locks.
 */
function joiningTransactions(base: Db, inside: AsyncLocalStorage<Db>): Db {
  return new Proxy(base, {
    get(target, property) {
      const current = inside.getStore() ?? target;
      const value = Reflect.get(current, property, current) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}

/** drizzle wraps the driver's error (`cause`) in its own. */
function retryable(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && RETRYABLE.has(e.code)) return true;
  }
  return false;
}

export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '';
    return parsed.toString();
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}
