import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { boardSnapshots, boardUpdates } from '../db/schema.js';

export interface UpdateLogOptions {
  compactAfterUpdates: number;
  compactAfterBytes: number;
  /** Called after a flush for each board whose log has grown past a threshold. */
  onOverThreshold: (boardId: string) => void;
  onError: (error: unknown) => void;
}

interface Pending {
  updates: Uint8Array[];
  onDurable: Array<() => void>;
}

interface LogSize {
  count: number;
  bytes: number;
}

const RETRY_AFTER_FAILURE_MS = 1000;

/**
 * Append-only log of Yjs updates per board. Appends made during one turn of the
 * event loop are written in a single transaction at the end of that turn, and
 * only after the commit are their `onDurable` callbacks run: the server
 * broadcasts an update from there, so whatever a peer has seen is on disk.
 */
export class UpdateLog {
  private pending = new Map<string, Pending>();
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | null = null;
  private readonly sizes = new Map<string, LogSize>();
  /** Prepared once: building the query on every write cost as much as SQLite's own work under load. */
  private readonly insertUpdate;

  constructor(
    private readonly db: Db,
    private readonly options: UpdateLogOptions,
  ) {
    this.insertUpdate = db
      .insert(boardUpdates)
      .values({ boardId: sql.placeholder('boardId'), data: sql.placeholder('data') })
      .prepare();
  }

  append(boardId: string, update: Uint8Array, onDurable?: () => void): void {
    let entry = this.pending.get(boardId);
    if (!entry) {
      entry = { updates: [], onDurable: [] };
      this.pending.set(boardId, entry);
    }
    entry.updates.push(update);
    if (onDurable) entry.onDurable.push(onDurable);
    this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Writes everything pending now; safe to call at any time (shutdown, unload). */
  flush(): void {
    if (this.scheduled) {
      clearImmediate(this.scheduled as NodeJS.Immediate);
      clearTimeout(this.scheduled as NodeJS.Timeout);
      this.scheduled = null;
    }
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      this.write(batch);
    } catch (error) {
      // Keep the batch (ahead of anything appended meanwhile) and try again later;
      // nothing of it has been broadcast, and clients keep their edits locally.
      for (const [boardId, entry] of this.pending) {
        const kept = batch.get(boardId);
        if (kept) {
          kept.updates.push(...entry.updates);
          kept.onDurable.push(...entry.onDurable);
        } else batch.set(boardId, entry);
      }
      this.pending = batch;
      this.scheduled = setTimeout(() => this.flush(), RETRY_AFTER_FAILURE_MS);
      this.options.onError(error);
      return;
    }
    for (const [boardId, entry] of batch) {
      const size = this.sizes.get(boardId);
      if (size) {
        size.count += entry.updates.length;
        size.bytes += entry.updates.reduce((sum, u) => sum + u.byteLength, 0);
      }
      for (const callback of entry.onDurable) callback();
    }
    for (const boardId of batch.keys()) {
      if (this.isOverThreshold(boardId)) this.options.onOverThreshold(boardId);
    }
  }

  private write(batch: Map<string, Pending>): void {
    this.db.transaction(() => {
      for (const [boardId, entry] of batch) {
        for (const u of entry.updates) {
          this.insertUpdate.run({ boardId, data: Buffer.from(u.buffer, u.byteOffset, u.byteLength) });
        }
      }
    });
  }

  /**
   * The board's stored updates: its snapshot first, then the logged updates in
   * the order they were written (empty if nothing is stored). They are applied
   * as they are (see applyStoredUpdates): merging a long log costs far more.
   */
  load(boardId: string): Uint8Array[] {
    const snapshot = this.db
      .select({ data: boardSnapshots.data })
      .from(boardSnapshots)
      .where(eq(boardSnapshots.boardId, boardId))
      .get();
    const updates = this.db
      .select({ data: boardUpdates.data })
      .from(boardUpdates)
      .where(eq(boardUpdates.boardId, boardId))
      .orderBy(asc(boardUpdates.id))
      .all();
    this.sizes.set(boardId, {
      count: updates.length,
      bytes: updates.reduce((sum, u) => sum + u.data.byteLength, 0),
    });
    return [...(snapshot ? [snapshot.data] : []), ...updates.map((u) => u.data)].map(
      (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
    );
  }

  /** Number of updates stored after the board's snapshot (known for loaded boards only). */
  logSize(boardId: string): LogSize | undefined {
    const size = this.sizes.get(boardId);
    return size && { ...size };
  }

  isOverThreshold(boardId: string): boolean {
    const size = this.sizes.get(boardId);
    return (
      size !== undefined &&
      (size.count >= this.options.compactAfterUpdates || size.bytes >= this.options.compactAfterBytes)
    );
  }

  /**
   * Replaces the board's snapshot with `state` (the full document, which holds
   * every update logged so far) and drops the log it supersedes.
   */
  compact(boardId: string, state: Uint8Array): void {
    this.flush();
    const now = new Date();
    const data = Buffer.from(state.buffer, state.byteOffset, state.byteLength);
    this.db.transaction((tx) => {
      const last = tx
        .select({ id: sql<number | null>`max(${boardUpdates.id})` })
        .from(boardUpdates)
        .where(eq(boardUpdates.boardId, boardId))
        .get();
      tx.insert(boardSnapshots)
        .values({ boardId, data, updatedAt: now })
        .onConflictDoUpdate({ target: boardSnapshots.boardId, set: { data, updatedAt: now } })
        .run();
      if (last?.id != null) {
        tx.delete(boardUpdates)
          .where(and(eq(boardUpdates.boardId, boardId), lte(boardUpdates.id, last.id)))
          .run();
      }
    });
    this.sizes.set(boardId, { count: 0, bytes: 0 });
  }

  /** Stops tracking a board that has been unloaded. */
  forget(boardId: string): void {
    this.sizes.delete(boardId);
  }
}
