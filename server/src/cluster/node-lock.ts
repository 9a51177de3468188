import type pg from 'pg';
import type { StoreDb } from '../db/store-db.js';

/** Fixed numbers every node asks for (postgres.ts holds 7_315_001 for migrations). */
export const NODE_LOCKS = { retentionSweep: 7_315_002, demo: 7_315_003 } as const;

/**
 * Runs `fn` on one node of a fleet at a time, under a PostgreSQL advisory lock
 * held on a connection of its own (so a node that dies mid-way releases it
 * with its connection). 'try' skips `fn` (returns `skipped`) when another node
 * holds the lock; 'wait' waits for it. On SQLite there is one process: `fn` runs.
 */
export async function withNodeLock<T>(
  database: StoreDb,
  key: number,
  mode: 'try' | 'wait',
  fn: () => Promise<T>,
): Promise<T | 'skipped'> {
  if (database.dialect !== 'postgres') return fn();
  // drizzle's node-postgres database keeps its pool here; outside a transaction store.db is that database.
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  // A connection whose unlock failed may still hold the lock: it is closed, not handed back to the pool.
  let broken = false;
  try {
    if (mode === 'wait') await client.query('SELECT pg_advisory_lock($1)', [key]);
    else {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
      if (!rows[0]?.locked) return 'skipped';
    }
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => (broken = true));
    }
  } finally {
    client.release(broken);
  }
}
