import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const boards = sqliteTable('boards', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Yjs updates appended as they arrive; folded into `boardSnapshots` by compaction. */
export const boardUpdates = sqliteTable(
  'board_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('board_updates_board_idx').on(t.boardId, t.id)],
);

/** One merged Yjs state per board; the log holds what came after it. */
export const boardSnapshots = sqliteTable('board_snapshots', {
  boardId: text('board_id')
    .primaryKey()
    .references(() => boards.id, { onDelete: 'cascade' }),
  data: blob('data', { mode: 'buffer' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
