import { inArray, max } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { StoreDb } from '../db/store-db.js';
import { readBoardContent, type BoardContent } from './results-builder.js';

/**
 * What the results read from each board, kept per board revision: loading
 * sixty idle boards from SQLite for every results call (and every public
 * reader) costs hundreds of milliseconds, asking which of them changed costs
 * one query. A board's revision is its newest logged update (ids are never
 * reused) and its snapshot's time (compaction deletes the log). An update is
 * logged at the end of the event-loop turn it arrived in, so a call in that
 * same turn may miss it; the next call has it.
 */
export class BoardContentCache {
  private readonly entries = new Map<string, { revision: string; content: BoardContent }>();

  constructor(
    private readonly store: StoreDb,
    private readonly readBoard: <T>(boardId: string, read: (doc: Y.Doc) => T) => Promise<T | undefined>,
  ) {}

  async contents(boardIds: readonly string[]): Promise<Map<string, BoardContent>> {
    // Cached boards are asked about too: one that is gone (a deleted workshop's) leaves memory here.
    const revisions = await this.revisions([...new Set([...boardIds, ...this.entries.keys()])]);
    for (const id of this.entries.keys()) if (!revisions.has(id)) this.entries.delete(id);
    const out = new Map<string, BoardContent>();
    for (const boardId of boardIds) {
      const revision = revisions.get(boardId);
      if (revision === undefined) continue;
      const cached = this.entries.get(boardId);
      if (cached?.revision === revision) {
        out.set(boardId, cached.content);
        continue;
      }
      const content = await this.readBoard(boardId, readBoardContent);
      if (!content) {
        this.entries.delete(boardId);
        continue;
      }
      this.entries.set(boardId, { revision, content });
      out.set(boardId, content);
    }
    return out;
  }

  /** Forgets boards that are gone (a deleted workshop's), so the cache does not keep their content. */
  forget(boardIds: readonly string[]): void {
    for (const id of boardIds) this.entries.delete(id);
  }

  private async revisions(boardIds: readonly string[]): Promise<Map<string, string>> {
    const revisions = new Map<string, string>();
    if (boardIds.length === 0) return revisions;
    const ids = [...boardIds];
    const { db, t } = this.store;
    const { boardSnapshots, boardUpdates } = t;
    const updates = await db
      .select({ boardId: boardUpdates.boardId, last: max(boardUpdates.id) })
      .from(boardUpdates)
      .where(inArray(boardUpdates.boardId, ids))
      .groupBy(boardUpdates.boardId);
    const snapshots = await db
      .select({ boardId: boardSnapshots.boardId, at: boardSnapshots.updatedAt })
      .from(boardSnapshots)
      .where(inArray(boardSnapshots.boardId, ids));
    const last = new Map(updates.map((u) => [u.boardId, u.last]));
    for (const s of snapshots) revisions.set(s.boardId, `${s.at.getTime()}:${last.get(s.boardId) ?? 0}`);
    for (const [boardId, id] of last) if (!revisions.has(boardId)) revisions.set(boardId, `0:${id ?? 0}`);
    return revisions;
  }
}
