import { and, asc, eq, gt } from 'drizzle-orm';
import type { StoreDb } from '../db/store-db.js';

/** How far a node has read a board: its last log row and the snapshot's write time. */
export interface ReadMark {
  rowId: number;
  snapshotAt: number | null;
}

export interface StoredRead {
  /** Snapshot first (when read), then the log rows in write order. */
  updates: Uint8Array[];
  /** Bytes of the log rows read (the snapshot not counted). */
  logBytes: number;
  logCount: number;
  mark: ReadMark;
}

function view(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * A board's stored state, or with `since` only what was stored after that read:
 * the rows after its last one, and the snapshot only if it was written again (a
 * compaction, which may have folded rows this node never read). The log is read
 * before the snapshot: a compaction in between then gives a newer snapshot and
 * rows it already holds (applied twice, harmless), never a snapshot missing rows.
 */
export async function readStored(store: StoreDb, boardId: string, since?: ReadMark): Promise<StoredRead> {
  const { db, t } = store;
  const ofBoard = eq(t.boardUpdates.boardId, boardId);
  const rows = await db
    .select({ id: t.boardUpdates.id, data: t.boardUpdates.data })
    .from(t.boardUpdates)
    .where(since ? and(ofBoard, gt(t.boardUpdates.id, since.rowId)) : ofBoard)
    .orderBy(asc(t.boardUpdates.id));
  const ofSnapshot = eq(t.boardSnapshots.boardId, boardId);
  let snapshotAt: number | null = null;
  let snapshot: Buffer[] = [];
  const readSnapshot = async () => {
    const [current] = await db
      .select({ data: t.boardSnapshots.data, at: t.boardSnapshots.updatedAt })
      .from(t.boardSnapshots)
      .where(ofSnapshot);
    snapshot = current ? [current.data] : [];
    snapshotAt = current ? current.at.getTime() : null;
  };
  if (since) {
    const [meta] = await db.select({ at: t.boardSnapshots.updatedAt }).from(t.boardSnapshots).where(ofSnapshot);
    snapshotAt = meta ? meta.at.getTime() : null;
    // The snapshot is re-read only when it changed since the caller's mark.
    if (snapshotAt !== since.snapshotAt) await readSnapshot();
  } else {
    await readSnapshot();
  }
  return {
    updates: [...snapshot, ...rows.map((r) => r.data)].map(view),
    logBytes: rows.reduce((n, r) => n + r.data.byteLength, 0),
    logCount: rows.length,
    mark: { rowId: rows.at(-1)?.id ?? since?.rowId ?? 0, snapshotAt },
  };
}
