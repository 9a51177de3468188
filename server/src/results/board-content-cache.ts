import { inArray, max, sql } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { Db } from '../db/database.js';
import { boardSnapshots, boardUpdates } from '../db/schema.js';
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
    private readonly db: Db,
    private readonly readBoard: <T>(boardId: string, read: (doc: Y.Doc) => T) => T | undefined,
  ) {}

  contents(boardIds: readonly string[]): Map<string, BoardContent> {
    // Cached boards are asked about too: one that is gone (a deleted workshop's) leaves memory here.
    const revisions = this.revisions([...new Set([...boardIds, ...this.entries.keys()])]);
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
      const content = this.readBoard(boardId, readBoardContent);
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

  private revisions(boardIds: readonly string[]): Map<string, string> {
    const revisions = new Map<string, string>();
    if (boardIds.length === 0) return revisions;
    const ids = [...boardIds];
    const updates = this.db
      .select({ boardId: boardUpdates.boardId, last: max(boardUpdates.id) })
      .from(boardUpdates)
      .where(inArray(boardUpdates.boardId, ids))
      .groupBy(boardUpdates.boardId)
      .all();
    const snapshots = this.db
      .select({ boardId: boardSnapshots.boardId, at: sql<number>`${boardSnapshots.updatedAt}` })
      .from(boardSnapshots)
      .where(inArray(boardSnapshots.boardId, ids))
      .all();
    const last = new Map(updates.map((u) => [u.boardId, u.last]));
    for (const s of snapshots) revisions.set(s.boardId, `${s.at}:${last.get(s.boardId) ?? 0}`);
    for (const [boardId, id] of last) if (!revisions.has(boardId)) revisions.set(boardId, `0:${id ?? 0}`);
    return revisions;
  }
}
