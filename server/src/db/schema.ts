import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** A workshop: its definition and session state are JSON validated by the schemas in shared/. */
export const workshops = sqliteTable('workshops', {
  id: text('id').primaryKey(),
  joinCode: text('join_code').notNull().unique(),
  definition: text('definition').notNull(),
  state: text('state').notNull(),
  /** SHA-256 of the secrets in the facilitator and co-facilitator links; the secrets are never stored. */
  facilitatorSecretHash: text('facilitator_secret_hash').notNull(),
  cofacilitatorSecretHash: text('cofacilitator_secret_hash').notNull(),
  /** Bumped when the facilitator link is replaced: older facilitator tokens stop working. */
  facilitatorTokenVersion: integer('facilitator_token_version').notNull().default(1),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const participants = sqliteTable(
  'participants',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    teamId: text('team_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('participants_workshop_idx').on(t.workshopId)],
);

/** Plain boards have no workshop; a workshop's boards belong to one station each. */
export const boards = sqliteTable(
  'boards',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'cascade' }),
    stationId: text('station_id'),
  },
  (t) => [uniqueIndex('boards_station_idx').on(t.workshopId, t.stationId)],
);

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
