import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/*
 * PostgreSQL's tables for `DATABASE_URL`: the same names, columns, keys and
 * row types as schema.ts (the SQLite file), so store code written against one
 * runs on the other; schema-parity.test.ts holds them equal. Comments on what
 * a table means live in schema.ts.
 */

/** Yjs updates and snapshots are bytes; node-postgres reads bytea as a Buffer, like better-sqlite3 reads a blob. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/** SQLite keeps milliseconds since the epoch; timestamptz(3) keeps the same precision. */
const at = (name: string) => timestamp(name, { mode: 'date', withTimezone: true, precision: 3 });

export const workshops = pgTable('workshops', {
  id: text('id').primaryKey(),
  joinCode: text('join_code').notNull().unique(),
  definition: text('definition').notNull(),
  state: text('state').notNull(),
  facilitatorSecretHash: text('facilitator_secret_hash').notNull(),
  cofacilitatorSecretHash: text('cofacilitator_secret_hash').notNull(),
  facilitatorTokenVersion: integer('facilitator_token_version').notNull().default(1),
  createdAt: at('created_at').notNull(),
  questionsOpen: boolean('questions_open').notNull().default(true),
  published: boolean('published').notNull().default(false),
  publishVersion: integer('publish_version').notNull().default(0),
  seriesId: text('series_id'),
  keepResults: boolean('keep_results').notNull().default(false),
});

export const keptResults = pgTable('kept_results', {
  workshopId: text('workshop_id').primaryKey(),
  seriesId: text('series_id'),
  results: text('results').notNull(),
  publishVersion: integer('publish_version'),
  keptAt: at('kept_at').notNull(),
});

export const participants = pgTable(
  'participants',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    teamId: text('team_id'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('participants_workshop_idx').on(t.workshopId)],
);

export const tokenVersions = pgTable(
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

export const boards = pgTable(
  'boards',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    createdAt: at('created_at').notNull(),
    workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'cascade' }),
    stationId: text('station_id'),
  },
  (t) => [uniqueIndex('boards_station_idx').on(t.workshopId, t.stationId)],
);

export const boardUpdates = pgTable(
  'board_updates',
  {
    // A busy installation appends millions of updates over its life: 64-bit ids, read as numbers (safe to 2^53).
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    data: bytea('data').notNull(),
  },
  (t) => [index('board_updates_board_idx').on(t.boardId, t.id)],
);

export const boardSnapshots = pgTable('board_snapshots', {
  boardId: text('board_id')
    .primaryKey()
    .references(() => boards.id, { onDelete: 'cascade' }),
  data: bytea('data').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const questions = pgTable(
  'questions',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    teamId: text('team_id').notNull(),
    text: text('text').notNull(),
    themeId: text('theme_id'),
    promotedRank: integer('promoted_rank'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [uniqueIndex('questions_team_idx').on(t.workshopId, t.teamId)],
);

export const voteSessions = pgTable(
  'vote_sessions',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    stationId: text('station_id'),
    title: text('title').notNull(),
    items: text('items').notNull(),
    budget: integer('budget').notNull(),
    capPerItem: integer('cap_per_item'),
    status: text('status').notNull(),
    promoted: text('promoted'),
    phaseIndex: integer('phase_index'),
    createdAt: at('created_at').notNull(),
    closedAt: at('closed_at'),
    revealedAt: at('revealed_at'),
  },
  (t) => [index('vote_sessions_workshop_idx').on(t.workshopId)],
);

export const votes = pgTable(
  'votes',
  {
    // One row per dot: far fewer than board updates, so 32 bits are plenty.
    id: serial('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => voteSessions.id, { onDelete: 'cascade' }),
    participantId: text('participant_id').notNull(),
    itemId: text('item_id').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('votes_session_idx').on(t.sessionId, t.participantId)],
);

export const series = pgTable('series', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  locale: text('locale').notNull(),
  templateId: text('template_id').notNull(),
  topicPlan: text('topic_plan').notNull(),
  facilitatorSecretHash: text('facilitator_secret_hash').notNull(),
  archiveVersion: integer('archive_version').notNull().default(1),
  createdAt: at('created_at').notNull(),
});
