import { count, eq } from 'drizzle-orm';
import { initBoardMeta, type BoardMeta } from '@mutopia/shared';
import { customAlphabet } from 'nanoid';
import * as Y from 'yjs';
import type { Db, StoreDb } from '../db/store-db.js';
import { boards, boardSnapshots } from '../db/schema.js';

type Writer = Pick<Db, 'insert'>;

/** Inserts a board and its first snapshot; for callers that create boards inside their own transaction. */
export function insertBoard(
  tx: Writer,
  id: string,
  title: string,
  initialState: Uint8Array,
  station?: { workshopId: string; stationId: string },
): BoardMeta {
  const createdAt = new Date();
  tx.insert(boards)
    .values({ id, title, createdAt, workshopId: station?.workshopId, stationId: station?.stationId })
    .run();
  tx.insert(boardSnapshots)
    .values({ boardId: id, data: Buffer.from(initialState), updatedAt: createdAt })
    .run();
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
  private readonly db: Db;

  constructor(store: StoreDb) {
    this.db = store.db;
  }

  /** Creates a board; `station` ties it to a workshop station, whose tokens then guard it. */
  create(
    id: string,
    title: string,
    initialState: Uint8Array,
    station?: { workshopId: string; stationId: string },
  ): BoardMeta {
    return this.db.transaction((tx) => insertBoard(tx, id, title, initialState, station));
  }

  get(id: string): BoardMeta | undefined {
    const row = this.db.select().from(boards).where(eq(boards.id, id)).get();
    return row && { id: row.id, title: row.title, createdAt: row.createdAt.toISOString() };
  }

  rename(id: string, title: string): void {
    this.db.update(boards).set({ title }).where(eq(boards.id, id)).run();
  }

  exists(id: string): boolean {
    return this.access(id) !== undefined;
  }

  /** Who may open the board: undefined if it does not exist, else the workshop guarding it (null: anyone with the link). */
  access(id: string): { workshopId: string | null } | undefined {
    return this.db.select({ workshopId: boards.workshopId }).from(boards).where(eq(boards.id, id)).get();
  }

  /** Station id → board id for one workshop. */
  stationBoards(workshopId: string): Record<string, string> {
    const rows = this.db
      .select({ id: boards.id, stationId: boards.stationId })
      .from(boards)
      .where(eq(boards.workshopId, workshopId))
      .all();
    return Object.fromEntries(rows.filter((r) => r.stationId !== null).map((r) => [r.stationId!, r.id]));
  }

  count(): number {
    return this.db.select({ n: count() }).from(boards).get()?.n ?? 0;
  }
}
