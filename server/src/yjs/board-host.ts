import * as Y from 'yjs';
import { createNote, notesOf, updateNote, type BoardStats } from '@mutopia/shared';
import type { BoardStore } from '../persistence/board-store.js';
import type { Db } from '../db/database.js';
import { applyStoredUpdates } from '../persistence/merge-updates.js';
import { UpdateLog, type UpdateLogOptions } from '../persistence/update-log.js';
import { HostedBoard } from './hosted-board.js';
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
 */
export class BoardHost {
  private readonly boards = new Map<string, HostedBoard>();
  private readonly log: UpdateLog;
  /** Last known statistics of boards that are not loaded. */
  private readonly idleStats = new Map<string, BoardStats>();
  /** Boards without clients, and the timer that unloads each. */
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: BoardStore,
    db: Db,
    private readonly logOptions: BoardHostOptions,
  ) {
    this.log = new UpdateLog(db, { ...logOptions, onOverThreshold: (boardId) => this.compactIfWorth(boardId) });
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
    this.compact(boardId);
  }

  /**
   * The loaded board, loading it if needed; undefined when no such board exists.
   * `answerFirst` gets the board's stored state as protocol messages before the
   * load applies it (storedAnswer): the connection that loads a board sends them
   * at once, so its client holds the board while the server is still loading it.
   */
  acquire(boardId: string, answerFirst?: (messages: Uint8Array[]) => void): HostedBoard | undefined {
    const loaded = this.boards.get(boardId);
    if (loaded) {
      this.cancelIdleUnload(boardId);
      return loaded;
    }
    if (!this.store.exists(boardId)) return undefined;
    const stored = this.log.load(boardId);
    const answer = answerFirst && storedAnswer(stored);
    if (answer) answerFirst(answer);
    const board = new HostedBoard(boardId, stored, this.log);
    this.boards.set(boardId, board);
    // A long log (left by a crash, or written before compaction existed) is folded
    // once the first clients have been answered, so the next load is quick; folding
    // it at once would put a full encode and write between them and their board.
    if (this.log.isOverThreshold(boardId)) {
      setTimeout(() => {
        if (this.boards.get(boardId) === board && this.log.isOverThreshold(boardId)) this.compact(boardId);
      }, COMPACT_AFTER_LOAD_MS).unref();
    }
    return board;
  }

  /** Unloads the board now if nobody is connected to it any more. */
  releaseIfIdle(board: HostedBoard): void {
    if (board.peers.size > 0 || this.boards.get(board.id) !== board) return;
    this.unload(board);
  }

  /** Unloads the board `idleUnloadMs` after its last client left, unless one comes back before. */
  releaseLater(board: HostedBoard): void {
    if (board.peers.size > 0 || this.boards.get(board.id) !== board) return;
    if (this.logOptions.idleUnloadMs <= 0) {
      this.unload(board);
      return;
    }
    this.cancelIdleUnload(board.id);
    const timer = setTimeout(() => {
      this.idleTimers.delete(board.id);
      this.releaseIfIdle(board);
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

  private unload(board: HostedBoard): void {
    this.cancelIdleUnload(board.id);
    this.idleStats.set(board.id, board.stats());
    this.log.flush();
    // A board deleted while it waited for its clients has nothing left to fold into.
    if ((this.log.logSize(board.id)?.count ?? 0) > 0 && this.store.exists(board.id)) {
      this.log.compact(board.id, Y.encodeStateAsUpdate(board.doc));
    }
    this.log.forget(board.id);
    this.boards.delete(board.id);
    board.destroy();
  }

  /** Folds a loaded board's log into its snapshot (called when the log grows large). */
  compact(boardId: string): void {
    const board = this.boards.get(boardId);
    if (!board) return;
    const state = Y.encodeStateAsUpdate(board.doc);
    this.log.compact(boardId, state);
    board.storedBytes = state.byteLength;
  }

  /**
   * Runs `read` on a board's document, loading it for the call if nobody has it
   * open. The document must not be changed here: use `edit` for that.
   */
  read<T>(boardId: string, read: (doc: Y.Doc) => T): T | undefined {
    const wasLoaded = this.boards.has(boardId);
    const board = this.acquire(boardId);
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
  edit<T>(boardId: string, edit: (doc: Y.Doc) => T): T | undefined {
    const wasLoaded = this.boards.has(boardId);
    const board = this.acquire(boardId);
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
    if (wasLoaded) this.releaseLater(board);
    else this.releaseIfIdle(board);
  }

  /**
   * Adds an update to a board. When nobody has the board open it goes to the
   * log as it is, without decoding it here (an imported archive's board, which
   * a worker has checked: decoding it on this thread would stall the loop).
   */
  storeUpdate(boardId: string, update: Uint8Array): void {
    const board = this.boards.get(boardId);
    if (board) {
      Y.applyUpdate(board.doc, update, SERVER_ORIGIN);
      return;
    }
    this.idleStats.delete(boardId);
    this.log.append(boardId, update);
    // Stored before the caller answers, like a client's edit before it is relayed.
    this.log.flush();
  }

  /** Notes and last activity of a board, loaded or not (reading it from storage once if needed). */
  stats(boardId: string): BoardStats {
    const loaded = this.boards.get(boardId);
    if (loaded) return loaded.stats();
    let stats = this.idleStats.get(boardId);
    if (!stats) {
      const doc = new Y.Doc();
      applyStoredUpdates(doc, this.log.load(boardId));
      this.log.forget(boardId);
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
  unloadAll(): void {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    for (const board of [...this.boards.values()]) this.unload(board);
    this.log.flush();
  }
}
