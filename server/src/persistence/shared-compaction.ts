/**
 * Compaction of a log several nodes append to (UpdateLog's `sharedLog`): the
 * compacting node folds what is stored into its state and deletes only the rows
 * it read, and on PostgreSQL one node at a time holds a board's lease.
 */
import { and, eq, lte, sql, type SQL } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db, StoreDb } from '../db/store-db.js';
import { applyStoredUpdates } from './merge-updates.js';

export function logColumns(t: StoreDb['t']) {
  return { id: t.boardUpdates.id, data: t.boardUpdates.data };
}

/** The compacting node's state with the stored snapshot and rows folded in (Yjs skips what it holds). */
export function folded(
  state: Uint8Array,
  snapshot: Array<{ data: Buffer }>,
  rows: Array<{ data: Buffer }>,
): Uint8Array {
  if (snapshot.length === 0 && rows.length === 0) return state;
  const doc = new Y.Doc({ gc: true });
  applyStoredUpdates(doc, [state, ...snapshot.map((s) => s.data), ...rows.map((r) => r.data)]);
  const result = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return result;
}

/** The rows a shared-log compaction read, by id: none if it read none. */
export function coveredRows(t: StoreDb['t'], boardId: string, rows: Array<{ id: number }>): SQL | undefined {
  if (rows.length === 0) return undefined;
  const last = rows[rows.length - 1]!.id;
  return and(eq(t.boardUpdates.boardId, boardId), lte(t.boardUpdates.id, last));
}

/**
 * The class of the two-key advisory locks that guard compactions; two-key locks never
 * meet the one-key locks of migrations and node-wide jobs (cluster/node-lock.ts).
 */
export const COMPACTION_LOCK_CLASS = 7_315_010;

/** PostgreSQL: this transaction holds the board's compaction lease until it ends, or another node does. */
export async function compactionLease(tx: Db, boardId: string): Promise<boolean> {
  const { rows } = await (
    tx as unknown as { execute(query: SQL): Promise<{ rows: Array<{ locked: boolean }> }> }
  ).execute(sql`SELECT pg_try_advisory_xact_lock(${COMPACTION_LOCK_CLASS}, hashtext(${boardId})) AS locked`);
  return rows[0]?.locked === true;
}
