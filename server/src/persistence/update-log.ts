import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, StoreDb } from '../db/store-db.js';
import { readStored, type ReadMark } from './board-reads.js';
import { compactionLease, coveredRows, folded, logColumns } from './shared-compaction.js';

export interface UpdateLogOptions {
  compactAfterUpdates: number;
  compactAfterBytes: number;
  /** Called after a flush for each board whose log has grown past a threshold. */
  onOverThreshold: (boardId: string) => void;
  onError: (error: unknown) => void;
  /** Called after each durable flush with its duration and how many updates it wrote (metrics). */
  onFlush?: (seconds: number, updates: number) => void;
  /**
   * Other nodes append to the same boards' logs (REDIS_URL). A compaction then
   * folds the stored snapshot and the rows it reads into its state and deletes
   * only those rows: a row another node wrote after this node's document was
   * encoded may not be in it yet. On PostgreSQL only the node that takes the
   * board's advisory lock compacts; another one at the same time writes its rows as they are.
   */
  sharedLog?: boolean;
}

interface Pending {
  updates: Uint8Array[];
  onDurable: Array<() => void>;
  /**
   * A snapshot to store in this write: it holds the board's stored log and
   * `updates[0..index)`, so those are not written and the log is dropped.
   */
  compaction?: { state: Uint8Array; index: number };
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** What one write takes: the pending updates of every board, and who waits for them. */
interface Batch {
  boards: Map<string, Pending>;
  waiters: Waiter[];
}

interface LogSize {
  count: number;
  bytes: number;
}

const RETRY_AFTER_FAILURE_MS = 1000;
/** SQLite without its fast path (tests) binds two parameters per row; stay well below any limit. */
const ROWS_PER_INSERT = 5000;

function emptyBatch(): Batch {
  return { boards: new Map(), waiters: [] };
}

function bytes(u: Uint8Array): Buffer {
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

function sum(updates: readonly Uint8Array[]): number {
  return updates.reduce((total, u) => total + u.byteLength, 0);
}

/**
 * Append-only log of Yjs updates per board. Appends made during one turn of the
 * event loop are written in a single transaction at the end of that turn, and
 * only after the commit are their `onDurable` callbacks run: the server
 * broadcasts an update from there, so whatever a peer has seen is stored.
 *
 * On SQLite a flush is one synchronous transaction (the fast path the S1
 * benchmark measures); on PostgreSQL it is one multi-row INSERT, awaited, with
 * one write in flight at a time. Compactions travel in the same stream of
 * writes, so a snapshot can never drop a row it does not hold.
 */
export class UpdateLog {
  private pending = emptyBatch();
  /** The PostgreSQL write in flight; appends meanwhile wait for the next one. */
  private writing: Batch | null = null;
  /** The next write: at the end of this turn, or after a failure's pause. */
  private scheduled: { immediate: NodeJS.Immediate } | { retry: NodeJS.Timeout } | null = null;
  private readonly sizes = new Map<string, LogSize>();
  /** How far each loaded board has been read from the store (loadNew). */
  private readonly marks = new Map<string, ReadMark>();
  /** Prepared once: building the query on every write cost as much as SQLite's own work under load. */
  private readonly insertUpdate;

  constructor(
    private readonly store: StoreDb,
    private readonly options: UpdateLogOptions,
  ) {
    this.insertUpdate = store.sqlite
      ? store.db
          .insert(store.t.boardUpdates)
          .values({ boardId: sql.placeholder('boardId'), data: sql.placeholder('data') })
          .prepare()
      : null;
  }

  append(boardId: string, update: Uint8Array, onDurable?: () => void): void {
    const entry = this.entry(boardId);
    entry.updates.push(update);
    if (onDurable) entry.onDurable.push(onDurable);
    this.scheduled ??= { immediate: setImmediate(() => this.write()) };
  }

  private entry(boardId: string): Pending {
    let entry = this.pending.boards.get(boardId);
    if (!entry) {
      entry = { updates: [], onDurable: [] };
      this.pending.boards.set(boardId, entry);
    }
    return entry;
  }

  /** True while updates of the board wait to be written. */
  hasPending(boardId: string): boolean {
    return (this.pending.boards.get(boardId)?.updates.length ?? 0) > 0 || this.writing?.boards.has(boardId) === true;
  }

  /**
   * Writes everything pending now; safe to call at any time (shutdown, unload).
   * Resolves once everything appended before the call is stored; rejects if
   * that write failed (the updates stay queued and are retried).
   */
  flush(): Promise<void> {
    const target = this.pending.boards.size > 0 ? this.pending : this.writing;
    if (!target) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => target.waiters.push({ resolve, reject }));
    this.write();
    return done;
  }

  private clearSchedule(): void {
    // Each kind cleared by its own function: clearImmediate given a timer corrupts Node's queue of immediates.
    if (this.scheduled && 'immediate' in this.scheduled) clearImmediate(this.scheduled.immediate);
    else if (this.scheduled) clearTimeout(this.scheduled.retry);
    this.scheduled = null;
  }

  private write(): void {
    this.clearSchedule();
    if (this.pending.boards.size === 0 && this.pending.waiters.length === 0) return;
    const sqlite = this.store.sqlite;
    if (sqlite?.inTransaction) {
      // An async transaction holds the connection: writing now would join it, so wait for the next turn.
      this.scheduled = { immediate: setImmediate(() => this.write()) };
      return;
    }
    if (!sqlite && this.writing) return;
    const batch = this.pending;
    this.pending = emptyBatch();
    const started = process.hrtime.bigint();
    if (sqlite) {
      try {
        this.writeNow(batch);
      } catch (error) {
        this.failed(batch, error);
        return;
      }
      this.succeeded(batch, started);
      return;
    }
    this.writing = batch;
    this.writeAwaited(batch).then(
      (skipped) => {
        this.writing = null;
        for (const boardId of skipped) batch.boards.get(boardId)!.compaction = undefined;
        this.succeeded(batch, started, skipped);
        if (this.pending.boards.size > 0 || this.pending.waiters.length > 0) this.write();
      },
      (error: unknown) => {
        this.writing = null;
        this.failed(batch, error);
      },
    );
  }

  /** SQLite: one synchronous transaction, prepared statements. */
  private writeNow(batch: Batch): void {
    const { db, t } = this.store;
    db.transaction((tx) => {
      for (const [boardId, entry] of batch.boards) {
        let from = 0;
        if (entry.compaction) {
          let { state } = entry.compaction;
          const { index } = entry.compaction;
          let covered: SQL | undefined = eq(t.boardUpdates.boardId, boardId);
          if (this.options.sharedLog) {
            const rows = tx
              .select(logColumns(t))
              .from(t.boardUpdates)
              .where(covered)
              .orderBy(asc(t.boardUpdates.id))
              .all();
            const snapshot = tx
              .select({ data: t.boardSnapshots.data })
              .from(t.boardSnapshots)
              .where(eq(t.boardSnapshots.boardId, boardId))
              .all();
            state = folded(state, snapshot, rows);
            covered = coveredRows(t, boardId, rows);
          }
          if (covered) tx.delete(t.boardUpdates).where(covered).run();
          const updated = tx
            .update(t.boardSnapshots)
            .set({ data: bytes(state), updatedAt: new Date() })
            .where(eq(t.boardSnapshots.boardId, boardId))
            .run();
          if (updated.changes === 0) {
            const exists = tx.select({ id: t.boards.id }).from(t.boards).where(eq(t.boards.id, boardId)).get();
            if (exists)
              tx.insert(t.boardSnapshots)
                .values({ boardId, data: bytes(state), updatedAt: new Date() })
                .run();
          }
          from = index;
        }
        for (let i = from; i < entry.updates.length; i++) {
          this.insertUpdate!.run({ boardId, data: bytes(entry.updates[i]!) });
        }
      }
    });
  }

  /** PostgreSQL: one transaction, one INSERT of many rows. */
  /** Resolves with the boards whose compaction another node was running (their updates were all written). */
  private async writeAwaited(batch: Batch): Promise<Set<string>> {
    return this.store.transaction(async (tx) => {
      // Built anew on every run: a retried transaction may find the lease taken this time.
      const skipped = new Set<string>();
      for (const [boardId, entry] of batch.boards) {
        if (entry.compaction && !(await this.storeSnapshot(tx, boardId, entry.compaction.state))) skipped.add(boardId);
      }
      const rows: Array<{ boardId: string; data: Buffer }> = [];
      for (const [boardId, entry] of batch.boards) {
        const from = skipped.has(boardId) ? 0 : (entry.compaction?.index ?? 0);
        for (let i = from; i < entry.updates.length; i++) rows.push({ boardId, data: bytes(entry.updates[i]!) });
      }
      if (rows.length > 0) await this.insertRows(tx, rows);
      return skipped;
    });
  }

  private async insertRows(tx: Db, rows: Array<{ boardId: string; data: Buffer }>): Promise<void> {
    const { t } = this.store;
    if (this.store.dialect !== 'postgres') {
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        await tx.insert(t.boardUpdates).values(rows.slice(i, i + ROWS_PER_INSERT));
      }
      return;
    }
    // Two array parameters instead of two per row: building and parsing a statement with
    // thousands of parameters took ten times longer (1000 rows: ~250 ms against ~25 ms, measured 2026-12-03).
    const column = (name: string) => sql.identifier(name);
    await (tx as unknown as { execute(query: SQL): Promise<unknown> }).execute(
      sql`INSERT INTO ${t.boardUpdates} (${column(t.boardUpdates.boardId.name)}, ${column(t.boardUpdates.data.name)})
        SELECT b, d FROM unnest(${sql.param(rows.map((r) => r.boardId))}::text[], ${sql.param(rows.map((r) => r.data))}::bytea[])
        WITH ORDINALITY AS u(b, d, n) ORDER BY n`,
    );
  }

  /** Returns false when another node holds the board's compaction lease (shared log): nothing was stored. */
  private async storeSnapshot(tx: Db, boardId: string, compacted: Uint8Array): Promise<boolean> {
    const { t } = this.store;
    const now = new Date();
    let state = compacted;
    let covered: SQL | undefined = eq(t.boardUpdates.boardId, boardId);
    if (this.options.sharedLog) {
      if (this.store.dialect === 'postgres' && !(await compactionLease(tx, boardId))) return false;
      const rows = await tx.select(logColumns(t)).from(t.boardUpdates).where(covered).orderBy(asc(t.boardUpdates.id));
      const snapshot = await tx
        .select({ data: t.boardSnapshots.data })
        .from(t.boardSnapshots)
        .where(eq(t.boardSnapshots.boardId, boardId));
      state = folded(state, snapshot, rows);
      covered = coveredRows(t, boardId, rows);
    }
    if (covered) await tx.delete(t.boardUpdates).where(covered);
    const updated = await tx
      .update(t.boardSnapshots)
      .set({ data: bytes(state), updatedAt: now })
      .where(eq(t.boardSnapshots.boardId, boardId))
      .returning({ boardId: t.boardSnapshots.boardId });
    if (updated.length > 0) return true;
    // A board deleted meanwhile gets no snapshot: its row is gone, and the write must not fail for good.
    const exists = await tx.select({ id: t.boards.id }).from(t.boards).where(eq(t.boards.id, boardId));
    if (exists.length > 0) await tx.insert(t.boardSnapshots).values({ boardId, data: bytes(state), updatedAt: now });
    return true;
  }

  private succeeded(batch: Batch, started: bigint, foldedElsewhere?: ReadonlySet<string>): void {
    let written = 0;
    for (const [boardId, entry] of batch.boards) {
      const from = entry.compaction?.index ?? 0;
      const added = entry.updates.slice(from);
      written += added.length;
      const size = this.sizes.get(boardId);
      // The node holding the lease folds the log now; asking again after every flush would only queue behind it.
      if (size && foldedElsewhere?.has(boardId)) this.sizes.set(boardId, { count: 0, bytes: 0 });
      else if (size && entry.compaction) this.sizes.set(boardId, { count: added.length, bytes: sum(added) });
      else if (size) {
        size.count += added.length;
        size.bytes += sum(added);
      }
      for (const callback of entry.onDurable) callback();
    }
    for (const waiter of batch.waiters) waiter.resolve();
    this.options.onFlush?.(Number(process.hrtime.bigint() - started) / 1e9, written);
    for (const boardId of batch.boards.keys()) {
      if (this.isOverThreshold(boardId)) this.options.onOverThreshold(boardId);
    }
  }

  /**
   * Keeps the batch (ahead of anything appended meanwhile) and tries again
   * later; nothing of it has been broadcast, and clients keep their edits locally.
   */
  private failed(batch: Batch, error: unknown): void {
    for (const [boardId, later] of this.pending.boards) {
      const kept = batch.boards.get(boardId);
      if (!kept) {
        batch.boards.set(boardId, later);
        continue;
      }
      if (later.compaction) {
        kept.compaction = { state: later.compaction.state, index: kept.updates.length + later.compaction.index };
      }
      kept.updates.push(...later.updates);
      kept.onDurable.push(...later.onDurable);
    }
    const waiters = batch.waiters;
    this.pending = { boards: batch.boards, waiters: this.pending.waiters };
    this.clearSchedule();
    this.scheduled = { retry: setTimeout(() => this.write(), RETRY_AFTER_FAILURE_MS) };
    for (const waiter of waiters) waiter.reject(error);
    this.options.onError(error);
  }

  /**
   * The board's stored updates: its snapshot first, then the logged updates in
   * the order they were written (empty if nothing is stored). They are applied
   * as they are (see applyStoredUpdates): merging a long log costs far more.
   * `track: false` reads without keeping the log's size (a board that is not hosted).
   */
  async load(boardId: string, { track = true }: { track?: boolean } = {}): Promise<Uint8Array[]> {
    const read = await readStored(this.store, boardId);
    if (track) {
      this.sizes.set(boardId, { count: read.logCount, bytes: read.logBytes });
      this.marks.set(boardId, read.mark);
    }
    return read.updates;
  }

  /**
   * What was stored for a loaded board since its load or the last call (other
   * nodes' rows, and the snapshot if one of them compacted): the catch-up of a
   * node that may have missed their relayed updates. The whole board if not loaded.
   */
  async loadNew(boardId: string): Promise<Uint8Array[]> {
    const since = this.marks.get(boardId);
    if (!since) return this.load(boardId, { track: false });
    const read = await readStored(this.store, boardId, since);
    // Unloaded meanwhile: nothing to keep.
    if (this.marks.has(boardId)) this.marks.set(boardId, read.mark);
    return read.updates;
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
   * every update appended so far) and drops the log it supersedes; written with
   * the next flush, which starts now. Resolves once stored.
   */
  compact(boardId: string, state: Uint8Array): Promise<void> {
    const entry = this.entry(boardId);
    entry.compaction = { state, index: entry.updates.length };
    return this.flush();
  }

  /** Stops tracking a board that has been unloaded. */
  forget(boardId: string): void {
    this.sizes.delete(boardId);
    this.marks.delete(boardId);
  }
}
