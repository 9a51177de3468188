import * as Y from 'yjs';
import { notesOf, type BoardStats } from '@mutopia/shared';
import type { BoardStore } from '../persistence/board-store.js';
import type { Db } from '../db/database.js';
import { UpdateLog, type UpdateLogOptions } from '../persistence/update-log.js';
import { HostedBoard } from './hosted-board.js';

/** Origin of changes the server makes itself: no peer is excluded from their broadcast. */
export const SERVER_ORIGIN = Symbol('server');

/**
 * Holds the documents of the boards in use: a board is loaded when its first
 * client connects and unloaded, flushed and compacted, when its last one leaves.
 */
export class BoardHost {
  private readonly boards = new Map<string, HostedBoard>();
  private readonly log: UpdateLog;
  /** Last known statistics of boards that are not loaded. */
  private readonly idleStats = new Map<string, BoardStats>();

  constructor(
    private readonly store: BoardStore,
    db: Db,
    private readonly logOptions: Omit<UpdateLogOptions, 'onOverThreshold'>,
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

  /** The loaded board, loading it if needed; undefined when no such board exists. */
  acquire(boardId: string): HostedBoard | undefined {
    const loaded = this.boards.get(boardId);
    if (loaded) return loaded;
    if (!this.store.exists(boardId)) return undefined;
    const board = new HostedBoard(boardId, this.log.load(boardId), this.log);
    this.boards.set(boardId, board);
    // A long log (left by a crash, or written before compaction existed) is folded
    // right after the first client has been served, so the next load is quick.
    if (this.log.isOverThreshold(boardId)) setImmediate(() => this.compact(boardId));
    return board;
  }

  /** Unloads the board when nobody is connected to it any more. */
  releaseIfIdle(board: HostedBoard): void {
    if (board.peers.size > 0 || this.boards.get(board.id) !== board) return;
    this.unload(board);
  }

  private unload(board: HostedBoard): void {
    this.idleStats.set(board.id, board.stats());
    this.log.flush();
    if ((this.log.logSize(board.id)?.count ?? 0) > 0) {
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
    const board = this.acquire(boardId);
    if (!board) return undefined;
    try {
      return read(board.doc);
    } finally {
      this.releaseIfIdle(board);
    }
  }

  /**
   * Changes a board's document on the server's behalf (promotions, generated
   * content). The change goes through the update log and reaches connected
   * clients like any client's edit.
   */
  edit<T>(boardId: string, edit: (doc: Y.Doc) => T): T | undefined {
    const board = this.acquire(boardId);
    if (!board) return undefined;
    try {
      let result!: T;
      board.doc.transact(() => {
        result = edit(board.doc);
      }, SERVER_ORIGIN);
      return result;
    } finally {
      this.releaseIfIdle(board);
    }
  }

  /** Notes and last activity of a board, loaded or not (reading it from storage once if needed). */
  stats(boardId: string): BoardStats {
    const loaded = this.boards.get(boardId);
    if (loaded) return loaded.stats();
    let stats = this.idleStats.get(boardId);
    if (!stats) {
      const doc = new Y.Doc();
      const state = this.log.load(boardId);
      this.log.forget(boardId);
      if (state) Y.applyUpdate(doc, state);
      stats = { notes: notesOf(doc).size, lastActivity: null };
      doc.destroy();
      this.idleStats.set(boardId, stats);
    }
    return stats;
  }

  get loadedCount(): number {
    return this.boards.size;
  }

  loaded(): IterableIterator<HostedBoard> {
    return this.boards.values();
  }

  /** Flushes and unloads every board; peers must have been disconnected first. */
  unloadAll(): void {
    for (const board of [...this.boards.values()]) this.unload(board);
    this.log.flush();
  }
}
