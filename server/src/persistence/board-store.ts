import { count, eq } from 'drizzle-orm';
import { initBoardMeta, type BoardMeta } from '@mutopia/shared';
import { customAlphabet } from 'nanoid';
import * as Y from 'yjs';
import { first, type Db, type StoreDb, type Tables } from '../db/store-db.js';

/** Inserts a board and its first snapshot; for callers that create boards inside their own transaction. */
export async function insertBoard(
  tx: Db,
  t: Tables,
  id: string,
  title: string,
  initialState: Uint8Array,
  station?: { workshopId: string; stationId: string },
): Promise<BoardMeta> {
  const createdAt = new Date();
  await tx
    .insert(t.boards)
    .values({ id, title, createdAt, workshopId: station?.workshopId, stationId: station?.stationId });
  await tx.insert(t.boardSnapshots).values({ boardId: id, data: Buffer.from(initialState), updatedAt: createdAt });
  return { id, title, createdAt: createdAt.toISOString() };
}

/** A new board document that knows its title. */
export function initialBoardState(title: string): Uint8Array {
  const doc = new Y.Doc();
  initBoardMeta(doc, title);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** 12 characters of 62 give ~71 bits: board links cannot be guessed. */
export const newBoardId = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 12);

/** Board metadata: which boards exist. Their content lives in the update log. */
export class BoardStore {
  constructor(private readonly store: StoreDb) {}

  /** Creates a board; `station` ties it to a workshop station, whose tokens then guard it. */
  create(
    id: string,
    title: string,
    initialState: Uint8Array,
    station?: { workshopId: string; stationId: string },
  ): Promise<BoardMeta> {
    return this.store.transaction((tx) => insertBoard(tx, this.store.t, id, title, initialState, station));
  }

  /** Inserts a board inside the caller's transaction `tx` (a workshop's stations). */
  insert(
    tx: Db,
    id: string,
    title: string,
    initialState: Uint8Array,
    station?: { workshopId: string; stationId: string },
  ): Promise<BoardMeta> {
    return insertBoard(tx, this.store.t, id, title, initialState, station);
  }

  async get(id: string): Promise<BoardMeta | undefined> {
    const { db, t } = this.store;
    const row = await first(db.select().from(t.boards).where(eq(t.boards.id, id)));
    return row && { id: row.id, title: row.title, createdAt: row.createdAt.toISOString() };
  }

  async rename(id: string, title: string): Promise<void> {
    const { db, t } = this.store;
    await db.update(t.boards).set({ title }).where(eq(t.boards.id, id));
  }

  async exists(id: string): Promise<boolean> {
    return (await this.access(id)) !== undefined;
  }

  /** Who may open the board: undefined if it does not exist, else the workshop guarding it (null: anyone with the link). */
  access(id: string): Promise<{ workshopId: string | null } | undefined> {
    const { db, t } = this.store;
    return first(db.select({ workshopId: t.boards.workshopId }).from(t.boards).where(eq(t.boards.id, id)));
  }

  /** Station id → board id for one workshop. */
  async stationBoards(workshopId: string): Promise<Record<string, string>> {
    const { db, t } = this.store;
    const rows = await db
      .select({ id: t.boards.id, stationId: t.boards.stationId })
      .from(t.boards)
      .where(eq(t.boards.workshopId, workshopId));
    return Object.fromEntries(rows.filter((r) => r.stationId !== null).map((r) => [r.stationId!, r.id]));
  }

  async count(): Promise<number> {
    const { db, t } = this.store;
    return (await first(db.select({ n: count() }).from(t.boards)))?.n ?? 0;
  }
}
