import * as Y from 'yjs';
import { createNote, notesOf, updateNote, type BoardStats } from '@mutopia/shared';
import type { BoardStore } from '../persistence/board-store.js';
import type { StoreDb } from '../db/store-db.js';
import { applyStoredUpdates } from '../persistence/merge-updates.js';
import { UpdateLog, type UpdateLogOptions } from '../persistence/update-log.js';
import { HostedBoard, type BoardPeer } from './hosted-board.js';
import type { RelayLink } from './relay-link.js';
import { storedAnswer } from './stored-answer.js';

/** Origin of changes the server makes itself: no peer is excluded from their broadcast. */
export const SERVER_ORIGIN = Symbol('server');

/** A long log left at load is folded this long after the load, once the first clients have been answered. */
const COMPACT_AFTER_LOAD_MS = 1000;

export interface BoardHostOptions extends Omit<UpdateLogOptions, 'onOverThreshold'> {
  /**
   * How long a board stays loaded after its last client left (0: unload at once).
   * A reconnect (a page reload, a flaky venue Wi-Fi, a reconnect flood) then
   * finds it loaded instead of costing a load, and a compaction, each time.
   */
  idleUnloadMs: number;
}

/**
 * Holds the documents of the boards in use: a board is loaded when its first
 * client connects and unloaded, flushed and compacted, `idleUnloadMs` after its
 * last one left. Its updates are durable at the end of each event-loop turn
 * either way (UpdateLog); unloading only frees the memory.
 *
 * Loading and unloading wait for the database: connections arriving while a
 * board loads share that one load, and a load waits for an unload of the same
 * board to finish. A board handed out by `acquire` is held (`holds`) until its
 * taker joins it or releases it, so nothing unloads it in between.
 */
export class BoardHost {
  private readonly boards = new Map<string, HostedBoard>();
  private readonly loading = new Map<string, Promise<HostedBoard | undefined>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly holds = new Map<HostedBoard, number>();
  /** Deleted boards (ids are never reused): not loaded again while or after their rows go. */
  private readonly retired = new Set<string>();
  private readonly log: UpdateLog;
  private readonly flushListeners = new Set<(seconds: number, updates: number) => void>();
  /** Last known statistics of boards that are not loaded. */
  private readonly idleStats = new Map<string, BoardStats>();
  /** Boards without clients, and the timer that unloads each. */
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** The other nodes (cluster/board-relay.ts), set before the first board loads; null when serving alone. */
  relay: RelayLink | null = null;

  constructor(
    private readonly store: BoardStore,
    database: StoreDb,
    private readonly logOptions: BoardHostOptions,
  ) {
    this.log = new UpdateLog(database, {
      ...logOptions,
      onOverThreshold: (boardId) => this.compactIfWorth(boardId),
      onFlush: (seconds, updates) => {
        logOptions.onFlush?.(seconds, updates);
        for (const listener of this.flushListeners) listener(seconds, updates);
      },
    });
  }

  /** Hears every durable flush of the update log: its duration and how many updates it wrote (metrics). */
  observeFlush(listener: (seconds: number, updates: number) => void): void {
    this.flushListeners.add(listener);
  }

  /**
   * A log of few but large updates is folded only once it is as large as the
   * snapshot it would replace: rewriting an 8 MiB snapshot after every MiB
   * written would block the event loop again and again on a big board.
   */
  private compactIfWorth(boardId: string): void {
    const board = this.boards.get(boardId);
    const size = this.log.logSize(boardId);
    if (!board || !size) return;
    const snapshotBytes = board.storedBytes - size.bytes;
    if (size.count < this.logOptions.compactAfterUpdates && size.bytes < snapshotBytes) return;
    this.compactInBackground(boardId);
  }

  /** The log reports a failed write itself (onError); the compaction goes again with the retry. */
  private compactInBackground(boardId: string): void {
    this.compact(boardId).catch(() => undefined);
  }

  /**
   * The loaded board, loading it if needed; undefined when no such board exists.
   * `answerFirst` gets the board's stored state as protocol messages before the
   * load applies it (storedAnswer): the connection that loads a board sends them
   * at once, so its client holds the board while the server is still loading it.
   * The board comes held: the caller joins it (`join`) or gives it back (`release`).
   */
  async acquire(boardId: string, answerFirst?: (messages: Uint8Array[]) => void): Promise<HostedBoard | undefined> {
    for (;;) {
      const loaded = this.boards.get(boardId);
      if (loaded) {
        this.cancelIdleUnload(boardId);
        this.hold(loaded);
        return loaded;
      }
      const unloading = this.unloading.get(boardId);
      if (unloading) {
        await unloading;
        continue;
      }
      let loading = this.loading.get(boardId);
      if (!loading) {
        loading = this.load(boardId, answerFirst).finally(() => this.loading.delete(boardId));
        this.loading.set(boardId, loading);
      }
      const board = await loading;
      if (!board) return undefined;
      // Another taker may have released and unloaded it while this one waited: go round again.
      if (this.boards.get(boardId) !== board) continue;
      this.cancelIdleUnload(boardId);
      this.hold(board);
      return board;
    }
  }

  private async load(
    boardId: string,
    answerFirst?: (messages: Uint8Array[]) => void,
  ): Promise<HostedBoard | undefined> {
    if (this.retired.has(boardId)) return undefined;
    const access = await this.store.access(boardId);
    if (!access || this.retired.has(boardId)) return undefined;
    const stored = await this.log.load(boardId);
    const answer = answerFirst && storedAnswer(stored);
    if (answer) answerFirst(answer);
    const board = new HostedBoard(boardId, stored, this.log, this.relay);
    board.workshopId = access.workshopId;
    board.loadedStateVector = Y.encodeStateVector(board.doc);
    this.boards.set(boardId, board);
    this.relay?.hosted(board);
    // A long log (left by a crash, or written before compaction existed) is folded
    // once the first clients have been answered, so the next load is quick; folding
    // it at once would put a full encode and write between them and their board.
    if (this.log.isOverThreshold(boardId)) {
      setTimeout(() => {
        if (this.boards.get(boardId) === board && this.log.isOverThreshold(boardId)) this.compactInBackground(boardId);
      }, COMPACT_AFTER_LOAD_MS).unref();
    }
    return board;
  }

  private hold(board: HostedBoard): void {
    this.holds.set(board, (this.holds.get(board) ?? 0) + 1);
  }

  private unhold(board: HostedBoard): void {
    const n = (this.holds.get(board) ?? 0) - 1;
    if (n > 0) this.holds.set(board, n);
    else this.holds.delete(board);
  }

  private inUse(board: HostedBoard): boolean {
    return board.peers.size > 0 || this.holds.has(board) || this.boards.get(board.id) !== board;
  }

  /** Adds a peer to a board from `acquire`, which then no longer needs holding. */
  join(board: HostedBoard, peer: BoardPeer): void {
    board.join(peer);
    this.unhold(board);
  }

  /** Gives back a board from `acquire` that the caller did not join (it unloads later if nobody uses it). */
  release(board: HostedBoard): void {
    this.unhold(board);
    this.releaseLater(board);
  }

  /** Unloads the board now if nobody is connected to it any more; resolves once it is unloaded. */
  releaseIfIdle(board: HostedBoard): Promise<void> {
    if (this.inUse(board)) return this.unloading.get(board.id) ?? Promise.resolve();
    return this.unload(board);
  }

  /** Unloads the board `idleUnloadMs` after its last client left, unless one comes back before. */
  releaseLater(board: HostedBoard): void {
    if (this.inUse(board)) return;
    if (this.logOptions.idleUnloadMs <= 0) {
      this.unloadInBackground(board);
      return;
    }
    this.cancelIdleUnload(board.id);
    const timer = setTimeout(() => {
      this.idleTimers.delete(board.id);
      if (!this.inUse(board)) this.unloadInBackground(board);
    }, this.logOptions.idleUnloadMs);
    // Not holding the process open: shutdown unloads what is left (unloadAll).
    timer.unref();
    this.idleTimers.set(board.id, timer);
  }

  private cancelIdleUnload(boardId: string): void {
    const timer = this.idleTimers.get(boardId);
    if (!timer) return;
    clearTimeout(timer);
    this.idleTimers.delete(boardId);
  }

  private unloadInBackground(board: HostedBoard): void {
    this.unload(board).catch(() => undefined);
  }

  /**
   * Takes the board out of memory at once (a load from here on waits for the
   * rest) and then stores it: everything pending, folded into the snapshot.
   */
  private unload(board: HostedBoard): Promise<void> {
    this.cancelIdleUnload(board.id);
    this.idleStats.set(board.id, board.stats());
    this.boards.delete(board.id);
    this.relay?.unhosted(board.id);
    const changed = (this.log.logSize(board.id)?.count ?? 0) > 0 || this.log.hasPending(board.id);
    const state = changed ? Y.encodeStateAsUpdate(board.doc) : null;
    board.destroy();
    const done = (async () => {
      try {
        // A board deleted while it waited for its clients has nothing left to fold into.
        if (state && (await this.store.exists(board.id))) await this.log.compact(board.id, state);
        else await this.log.flush();
      } finally {
        this.log.forget(board.id);
        this.unloading.delete(board.id);
      }
    })();
    this.unloading.set(board.id, done);
    return done;
  }

  /**
   * A board being deleted: whatever it holds is stored while its rows still
   * exist, and it leaves memory even if a connection still opening it holds it
   * (that connection sees `retired` and closes). Call before deleting the rows.
   */
  async retire(boardId: string): Promise<void> {
    this.retired.add(boardId);
    await this.loading.get(boardId)?.catch(() => undefined);
    const board = this.boards.get(boardId);
    if (board) {
      board.retired = true;
      await this.unload(board);
    } else await this.unloading.get(boardId);
    this.idleStats.delete(boardId);
  }

  /** Folds a loaded board's log into its snapshot (called when the log grows large). */
  async compact(boardId: string): Promise<void> {
    const board = this.boards.get(boardId);
    if (!board) return;
    const state = Y.encodeStateAsUpdate(board.doc);
    // Updates from here on add to it as they come (HostedBoard).
    board.storedBytes = state.byteLength;
    await this.log.compact(boardId, state);
  }

  /**
   * Runs `read` on a board's document, loading it for the call if nobody has it
   * open. The document must not be changed here: use `edit` for that.
   */
  async read<T>(boardId: string, read: (doc: Y.Doc) => T): Promise<T | undefined> {
    const wasLoaded = this.boards.has(boardId);
    const board = await this.acquire(boardId);
    if (!board) return undefined;
    try {
      return read(board.doc);
    } finally {
      this.releaseAfterCall(board, wasLoaded);
    }
  }

  /**
   * Changes a board's document on the server's behalf (promotions, generated
   * content). The change goes through the update log and reaches connected
   * clients like any client's edit.
   */
  async edit<T>(boardId: string, edit: (doc: Y.Doc) => T): Promise<T | undefined> {
    const wasLoaded = this.boards.has(boardId);
    const board = await this.acquire(boardId);
    if (!board) return undefined;
    try {
      let result!: T;
      board.doc.transact(() => {
        result = edit(board.doc);
      }, SERVER_ORIGIN);
      return result;
    } finally {
      this.releaseAfterCall(board, wasLoaded);
    }
  }

  /** A board loaded only for a server call goes at once; one waiting for its clients to return keeps waiting. */
  private releaseAfterCall(board: HostedBoard, wasLoaded: boolean): void {
    this.unhold(board);
    if (wasLoaded) this.releaseLater(board);
    else this.releaseIfIdle(board).catch(() => undefined);
  }

  /**
   * Adds an update to a board; resolves once it is stored. When nobody has the
   * board open it goes to the log as it is, without decoding it here (an
   * imported archive's board, which a worker has checked: decoding it on this
   * thread would stall the loop).
   */
  async storeUpdate(boardId: string, update: Uint8Array): Promise<void> {
    // A board being loaded takes it in its document, or the load might miss it.
    if (this.boards.has(boardId) || this.loading.has(boardId)) {
      const board = await this.acquire(boardId);
      if (board) {
        try {
          Y.applyUpdate(board.doc, update, SERVER_ORIGIN);
        } finally {
          this.release(board);
        }
        await this.log.flush();
        return;
      }
    }
    if (this.retired.has(boardId)) return;
    this.idleStats.delete(boardId);
    this.log.append(boardId, update);
    // Stored before the caller answers, like a client's edit before it is relayed.
    await this.log.flush();
    this.relay?.publishUpdate(boardId, update);
  }

  /** The board if this node hosts it now. */
  hosted(boardId: string): HostedBoard | undefined {
    return this.boards.get(boardId);
  }

  /** What was stored for a hosted board since its load or the last call (UpdateLog.loadNew): a node's catch-up. */
  storedUpdates(boardId: string): Promise<Uint8Array[]> {
    return this.log.loadNew(boardId);
  }

  /** Notes and last activity of a board, loaded or not (reading it from storage once if needed). */
  async stats(boardId: string): Promise<BoardStats> {
    const loaded = this.boards.get(boardId);
    if (loaded) return loaded.stats();
    let stats = this.idleStats.get(boardId);
    if (!stats) {
      const stored = await this.log.load(boardId, { track: false });
      const doc = new Y.Doc();
      applyStoredUpdates(doc, stored);
      stats = { notes: notesOf(doc).size, lastActivity: null };
      doc.destroy();
      this.idleStats.set(boardId, stats);
    }
    return stats;
  }

  /**
   * Runs the Yjs paths a board load and a first sync take (apply, encode, diff)
   * once on a small document, so the first real board is not served by cold,
   * unoptimised code. Touches no stored board.
   */
  warmUp(): void {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    const ids = Array.from({ length: 100 }, (_, i) => createNote(source, { x: i, y: i, text: `warm ${i}` }));
    for (let i = 0; i < 400; i++) updateNote(source, ids[i % ids.length]!, { x: i, y: -i });
    const state = Y.encodeStateAsUpdate(source);
    const target = new Y.Doc({ gc: true });
    applyStoredUpdates(target, updates);
    applyStoredUpdates(new Y.Doc(), [state]);
    Y.encodeStateAsUpdate(target, Y.encodeStateVector(new Y.Doc()));
    if (notesOf(target).size !== ids.length) throw new Error('Yjs warm-up built a different document');
    source.destroy();
    target.destroy();
  }

  get loadedCount(): number {
    return this.boards.size;
  }

  loaded(): IterableIterator<HostedBoard> {
    return this.boards.values();
  }

  /** Flushes and unloads every board; peers must have been disconnected first. */
  async unloadAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    await Promise.allSettled([...this.loading.values()]);
    const unloads = [...this.boards.values()].map((board) => this.unload(board));
    await Promise.allSettled([...unloads, ...this.unloading.values()]);
    await this.log.flush();
  }
}
