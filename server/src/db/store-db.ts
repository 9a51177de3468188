import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema.js';

/** The query builder every store uses; see StoreDb.db for why it is typed as SQLite's. */
export type Db = BetterSQLite3Database<typeof schema>;

/** The tables, looked up through the store so the same code reaches SQLite's or PostgreSQL's. */
export type Tables = typeof schema;

export type Dialect = 'sqlite' | 'postgres';

/**
 * One storage engine behind one async contract: the embedded SQLite file
 * (default) or PostgreSQL (`DATABASE_URL`). Stores are written once against it.
 *
 * Rules for store code, so one source runs on both engines:
 * - use `db` and `t` from here, never the schema module's tables directly;
 * - only `await` a query (never `.run()`, `.get()`, `.all()`, which exist on SQLite alone);
 *   `first()` takes the first row, `affectedRows()` counts what an update or delete changed;
 * - inside `transaction`, await database calls only (no timers, files or network):
 *   SQLite runs the transaction on its one connection, and anything else awaited
 *   there would hold every other writer back;
 * - a transaction's callback may run more than once: PostgreSQL's transactions
 *   are SERIALIZABLE and run again after a conflict (postgres.ts), so the callback
 *   changes nothing outside the database (no cache, counter or event) before it returns.
 */
export interface StoreDb {
  readonly dialect: Dialect;
  /**
   * The query builder. Typed as SQLite's for the compiler; on PostgreSQL it is
   * drizzle's node-postgres database with PostgreSQL's tables in `t`, whose row
   * types are the same (checked in `schema-parity.test.ts`).
   */
  readonly db: Db;
  readonly t: Tables;
  /** Runs `fn` in one transaction (nested calls join the outer one); rolls back if it throws. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * After personal data was deleted: makes sure no copy of the deleted rows stays
   * readable in the engine's files (SQLite: WAL checkpoint; PostgreSQL: nothing
   * the server can force, see docs/operations.md).
   */
  checkpoint(): Promise<void>;
  /** Throws if the engine cannot be reached (health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Where the data lives, for the log (never a password). */
  readonly describe: string;
  /** The embedded connection, or null on PostgreSQL: the update log's synchronous fast path and tests. */
  readonly sqlite: Database.Database | null;
}

/** The first row of a query's answer, if any. */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  const rows = await query;
  return rows[0];
}

/** How many rows an update or delete changed: better-sqlite3 says `changes`, node-postgres `rowCount`. */
export function affectedRows(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}
