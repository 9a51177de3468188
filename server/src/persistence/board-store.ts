import { count, eq } from 'drizzle-orm';
import type { BoardMeta } from '@mutopia/shared';
import type { Db } from '../db/database.js';
import { boards, boardSnapshots } from '../db/schema.js';

/** Board metadata: which boards exist. Their content lives in the update log. */
export class BoardStore {
  constructor(private readonly db: Db) {}

  create(id: string, title: string, initialState: Uint8Array): BoardMeta {
    const createdAt = new Date();
    this.db.transaction((tx) => {
      tx.insert(boards).values({ id, title, createdAt }).run();
      tx.insert(boardSnapshots)
        .values({ boardId: id, data: Buffer.from(initialState), updatedAt: createdAt })
        .run();
    });
    return { id, title, createdAt: createdAt.toISOString() };
  }

  get(id: string): BoardMeta | undefined {
    const row = this.db.select().from(boards).where(eq(boards.id, id)).get();
    return row && { id: row.id, title: row.title, createdAt: row.createdAt.toISOString() };
  }

  exists(id: string): boolean {
    return this.db.select({ id: boards.id }).from(boards).where(eq(boards.id, id)).get() !== undefined;
  }

  count(): number {
    return this.db.select({ n: count() }).from(boards).get()?.n ?? 0;
  }
}
