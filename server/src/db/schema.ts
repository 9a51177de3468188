import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
  /** Teams may submit or edit their question while this is set (question wall). */
  questionsOpen: integer('questions_open', { mode: 'boolean' }).notNull().default(true),
  /**
   * The results page is public while `published`; its link carries an HMAC of
   * (workshop id, publishVersion), so withdrawing and publishing again makes a new link.
   */
  published: integer('published', { mode: 'boolean' }).notNull().default(false),
  publishVersion: integer('publish_version').notNull().default(0),
  seriesId: text('series_id'),
  /** Keep the anonymised results (no names) when the workshop is deleted after its retention period. */
  keepResults: integer('keep_results', { mode: 'boolean' }).notNull().default(false),
});

/**
 * What is left of a deleted workshop whose organiser chose to keep its results:
 * the results without names (WorkshopResults JSON), public while they were
 * published when it was deleted (same link: publishVersion), and listed in its series' archive.
 */
export const keptResults = sqliteTable('kept_results', {
  workshopId: text('workshop_id').primaryKey(),
  seriesId: text('series_id'),
  results: text('results').notNull(),
  /** The publication's version while it was public; null: not public. */
  publishVersion: integer('publish_version'),
  keptAt: integer('kept_at', { mode: 'timestamp_ms' }).notNull(),
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

/**
 * Revocable token holders other than the facilitator link (whose version is on
 * `workshops`): `subject` is 'cofacilitator', 'projector:<id>' or
 * 'participant:<id>'. A token carries the version it was signed with; bumping
 * the row makes every older token of that holder stop working. No row: version 0.
 */
export const tokenVersions = sqliteTable(
  'token_versions',
  {
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    version: integer('version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.subject] })],
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

/** One "How might we …?" question per team (question wall); promotedRank orders the promoted ones. */
export const questions = sqliteTable(
  'questions',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    teamId: text('team_id').notNull(),
    text: text('text').notNull(),
    /** The theme it belongs to (a solution room's station id), for grouping on the wall. */
    themeId: text('theme_id'),
    promotedRank: integer('promoted_rank'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('questions_team_idx').on(t.workshopId, t.teamId)],
);

/** A dot-voting session over chosen items; items and promotion are JSON validated by shared/ schemas. */
export const voteSessions = sqliteTable(
  'vote_sessions',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    /** The station whose board the items come from; null for workshop-wide votes (questions). */
    stationId: text('station_id'),
    title: text('title').notNull(),
    items: text('items').notNull(),
    budget: integer('budget').notNull(),
    capPerItem: integer('cap_per_item'),
    /** open → closed → revealed */
    status: text('status').notNull(),
    promoted: text('promoted'),
    /** The phase it belongs to (opened, or revealed later): phones tell a vote of this phase from an old one. */
    phaseIndex: integer('phase_index'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    revealedAt: integer('revealed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('vote_sessions_workshop_idx').on(t.workshopId)],
);

/** One row per dot. Only tallies per item ever leave the server, never who voted for what. */
export const votes = sqliteTable(
  'votes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: text('session_id')
      .notNull()
      .references(() => voteSessions.id, { onDelete: 'cascade' }),
    participantId: text('participant_id').notNull(),
    itemId: text('item_id').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('votes_session_idx').on(t.sessionId, t.participantId)],
);

/** A workshop series (seed 004): a yearly topic plan, one workshop per session, a public archive. */
export const series = sqliteTable('series', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  locale: text('locale').notNull(),
  templateId: text('template_id').notNull(),
  /** JSON validated by the topic plan schema in shared/. */
  topicPlan: text('topic_plan').notNull(),
  facilitatorSecretHash: text('facilitator_secret_hash').notNull(),
  archiveVersion: integer('archive_version').notNull().default(1),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});
