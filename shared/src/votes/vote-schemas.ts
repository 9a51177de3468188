/**
 * Dot voting (server-authoritative): what travels over socket.io and what the
 * archive holds. Each dot is a row on the server; only per-item tallies ever
 * leave it, and only once the facilitator has revealed them.
 */
import { z } from 'zod';
import { singleLine } from '../plain-text.js';

export const VOTE_LIMITS = {
  itemsPerSession: 200,
  maxBudget: 20,
  maxCapPerItem: 20,
  defaultBudget: 3,
  titleMaxLength: 120,
  labelMaxLength: 300,
  /** Sessions kept per workshop, deleted ones not counted. */
  sessionsPerWorkshop: 200,
  maxPromote: 20,
  defaultPromote: 2,
  /** Stations one `vote:openStations` may open votes at (a large [M]Utopie afternoon has 18). */
  stationsPerBatch: 60,
  /** An imported tally above this is not a real vote (250 people × the largest budget is 5000). */
  maxDotsPerItem: 10_000,
} as const;

export const voteItemKindSchema = z.enum(['note', 'group', 'question']);
export type VoteItemKind = z.infer<typeof voteItemKindSchema>;

const itemId = singleLine(z.string().min(1).max(64));
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/);
const stationId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/);

/** What the facilitator picks: the server looks up each item's label itself. */
export const voteItemRefSchema = z.object({ kind: voteItemKindSchema, id: itemId }).strict();
export type VoteItemRef = z.infer<typeof voteItemRefSchema>;

export const voteItemSchema = z.object({
  kind: voteItemKindSchema,
  id: itemId,
  label: z.string().max(VOTE_LIMITS.labelMaxLength),
});
export type VoteItem = z.infer<typeof voteItemSchema>;

export const voteStatusSchema = z.enum(['open', 'closed', 'revealed']);
export type VoteStatus = z.infer<typeof voteStatusSchema>;

/** Item id → number of dots. */
export const voteDotsSchema = z.record(z.string(), z.number().int().nonnegative());
export type VoteDots = z.infer<typeof voteDotsSchema>;

/** A session as every member of the workshop sees it: `tallies` stays null until the reveal. */
export const voteSessionViewSchema = z.object({
  id: sessionId,
  /** null: a workshop-wide vote (over the teams' questions). */
  stationId: z.string().nullable(),
  title: z.string(),
  items: z.array(voteItemSchema),
  budget: z.number().int().min(1).max(VOTE_LIMITS.maxBudget),
  capPerItem: z.number().int().min(1).max(VOTE_LIMITS.maxCapPerItem).nullable(),
  status: voteStatusSchema,
  tallies: voteDotsSchema.nullable(),
  /** Item ids already promoted (to ships or the question shortlist), in promotion order. */
  promoted: z.array(z.string()),
  /**
   * The phase it belongs to: the one it was opened in, from its reveal on the one it was
   * revealed in; null before the start. An ended vote of another phase no longer fills the phones.
   */
  phaseIndex: z.number().int().min(0).nullable(),
  createdAt: z.number().int(),
  closedAt: z.number().int().nullable(),
  revealedAt: z.number().int().nullable(),
});
export type VoteSessionView = z.infer<typeof voteSessionViewSchema>;

/** Facilitators only: how far the vote has got, without saying for what. */
export const voteProgressSchema = z.object({
  dotsCast: z.number().int().nonnegative(),
  voters: z.number().int().nonnegative(),
});
export type VoteProgress = z.infer<typeof voteProgressSchema>;

// ---- client → server -------------------------------------------------------------------

export const voteOpenSchema = z
  .object({
    stationId: stationId.nullable(),
    title: singleLine(z.string().trim().min(1).max(VOTE_LIMITS.titleMaxLength)),
    items: z
      .array(voteItemRefSchema)
      .min(1)
      .max(VOTE_LIMITS.itemsPerSession)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'items must be distinct'),
    budget: z.number().int().min(1).max(VOTE_LIMITS.maxBudget).default(VOTE_LIMITS.defaultBudget),
    capPerItem: z.number().int().min(1).max(VOTE_LIMITS.maxCapPerItem).optional(),
  })
  .strict();
export type VoteOpen = z.input<typeof voteOpenSchema>;

/**
 * One vote at each of several stations at once (every [M]Utopie station of a
 * phase): each over its board's clusters, or its notes where it has none.
 */
export const voteOpenStationsSchema = z
  .object({
    stationIds: z
      .array(stationId)
      .min(1)
      .max(VOTE_LIMITS.stationsPerBatch)
      .refine((ids) => new Set(ids).size === ids.length, 'stations must be distinct'),
    title: singleLine(z.string().trim().min(1).max(VOTE_LIMITS.titleMaxLength)),
    budget: z.number().int().min(1).max(VOTE_LIMITS.maxBudget).default(VOTE_LIMITS.defaultBudget),
    capPerItem: z.number().int().min(1).max(VOTE_LIMITS.maxCapPerItem).optional(),
  })
  .strict();
export type VoteOpenStations = z.input<typeof voteOpenStationsSchema>;

/** What `vote:openStations` would put on each ballot, asked before starting so the console can show it. */
export const votePreviewStationsSchema = z.object({ stationIds: voteOpenStationsSchema.shape.stationIds }).strict();
export type VotePreviewStations = z.input<typeof votePreviewStationsSchema>;

export const voteSessionRefSchema = z.object({ sessionId }).strict();
export type VoteSessionRef = z.infer<typeof voteSessionRefSchema>;

/**
 * How the facilitator settles a tie at the cut: take every tied item, or the
 * ones picked (none is a choice too: only the items above the tie go).
 */
export const promoteResolutionSchema = z.union([
  z.literal('all_tied'),
  z.object({ pick: z.array(itemId).max(VOTE_LIMITS.itemsPerSession) }).strict(),
]);
export type PromoteResolution = z.infer<typeof promoteResolutionSchema>;

export const votePromoteSchema = z
  .object({
    sessionId,
    count: z.number().int().min(1).max(VOTE_LIMITS.maxPromote),
    /** Only needed when the cut falls inside a tie; without it the server promotes nothing and reports the tie. */
    resolution: promoteResolutionSchema.optional(),
  })
  .strict();
export type VotePromote = z.input<typeof votePromoteSchema>;

export const voteDotSchema = z.object({ sessionId, itemId }).strict();
export type VoteDot = z.infer<typeof voteDotSchema>;

export const voteSyncSchema = z.object({}).strict();

// ---- server → client -------------------------------------------------------------------

export interface VoteSessionsPayload {
  workshopId: string;
  sessions: VoteSessionView[];
}
/** Only to the participant's own sockets. */
export interface VoteMinePayload {
  workshopId: string;
  sessionId: string;
  dots: VoteDots;
}
/** Only to facilitators. */
export interface VoteProgressPayload extends VoteProgress {
  workshopId: string;
  sessionId: string;
}

/** Everything a socket may know right now (answer to `vote:sync`). */
export interface VoteSyncState {
  sessions: VoteSessionView[];
  /** Participants: their own dots per session. */
  mine: Record<string, VoteDots>;
  /** Facilitators: progress per session. */
  progress: Record<string, VoteProgress>;
}

/** Why the server refused a vote command; the client translates each. */
export const VOTE_ERRORS = [
  'budget_exhausted',
  'cap_reached',
  'vote_closed',
  'unknown_item',
  'nothing_to_retract',
  'unknown_session',
  'unknown_station',
  'vote_in_progress',
  'too_many_sessions',
  'not_closed',
  'not_revealed',
  'nothing_to_promote',
  'harbour_full',
  'forbidden',
  'no_items',
  'tie_at_cut',
  'not_in_tie',
] as const;
export type VoteError = (typeof VOTE_ERRORS)[number];

/** Promotion: which items were promoted now, in ranking order. */
export interface VotePromotion {
  promoted: string[];
}

/** The top `count` would cut through items with equal dots: the facilitator decides, never the list order. */
export interface VoteTie {
  /** Dots each tied item holds. */
  dots: number;
  /** How many of the tied items fit into the top `count` (seats taken by earlier promotions subtracted). */
  seats: number;
  /** Items above the tie, not promoted before: they go whatever is chosen. */
  clear: string[];
  /** The tied items not promoted before, in ballot order: the choice. */
  tied: string[];
}

/** What a station's ballot would hold, or why `vote:openStations` would skip it. */
export interface VoteStationPreview {
  stationId: string;
  groups: number;
  looseNotes: number;
  items: number;
  error?: VoteError;
}

/** What `vote:openStations` did at each station. */
export interface VoteBatch {
  opened: Array<{ stationId: string; sessionId: string }>;
  skipped: Array<{ stationId: string; error: VoteError }>;
}

export type VoteAck =
  | {
      ok: true;
      sessionId?: string;
      dots?: VoteDots;
      promotion?: VotePromotion;
      batch?: VoteBatch;
      preview?: VoteStationPreview[];
    }
  | {
      ok: false;
      error: VoteError | 'internal' | 'rate_limited' | 'invalid_payload' | 'unknown_event';
      /** With `tie_at_cut`: what the facilitator has to decide. */
      tie?: VoteTie;
    };

export type VoteSyncAck = (state: VoteSyncState) => void;

// ---- archive ---------------------------------------------------------------------------

/** A session in the workshop archive. Tallies only once revealed; never who voted. */
export const exportedVoteSessionSchema = z.object({
  id: sessionId,
  stationId: z.string().nullable(),
  title: z.string().max(VOTE_LIMITS.titleMaxLength),
  items: z.array(voteItemSchema).max(VOTE_LIMITS.itemsPerSession),
  budget: z.number().int().min(1).max(VOTE_LIMITS.maxBudget),
  capPerItem: z.number().int().min(1).max(VOTE_LIMITS.maxCapPerItem).nullable(),
  status: voteStatusSchema,
  tallies: z.record(z.string().max(64), z.number().int().min(0).max(VOTE_LIMITS.maxDotsPerItem)).nullable(),
  promoted: z.array(z.string().max(64)).max(VOTE_LIMITS.itemsPerSession),
  createdAt: z.number().int(),
  closedAt: z.number().int().nullable(),
  revealedAt: z.number().int().nullable(),
});
export type ExportedVoteSession = z.infer<typeof exportedVoteSessionSchema>;
export const exportedVoteSessionsSchema = z.array(exportedVoteSessionSchema).max(VOTE_LIMITS.sessionsPerWorkshop);
