import { z } from 'zod';
import type { Ack } from './ack.js';
import { boardIdSchema } from './ids.js';
import type { SessionClientToServerEvents, SessionServerToClientEvents } from './workshop-api.js';
import { rosterEditSchema, type RosterEdit } from './workshop/roster.js';
import { sessionCommandSchema } from './workshop/session-commands.js';
import {
  voteDotSchema,
  voteOpenSchema,
  voteOpenStationsSchema,
  votePreviewStationsSchema,
  votePromoteSchema,
  voteSessionRefSchema,
  voteSyncSchema,
  type VoteAck,
  type VoteDot,
  type VoteMinePayload,
  type VoteOpen,
  type VoteOpenStations,
  type VotePreviewStations,
  type VoteProgressPayload,
  type VotePromote,
  type VoteSessionRef,
  type VoteSessionsPayload,
  type VoteSyncAck,
} from './votes/vote-schemas.js';
import {
  questionEditSchema,
  questionGenerateStationsSchema,
  questionOpenSchema,
  questionPromoteSchema,
  questionRemoveSchema,
  questionSubmitSchema,
  questionSyncSchema,
  type QuestionEdit,
  type QuestionsState,
  type QuestionSubmit,
} from './questions/question-schemas.js';

/** What a socket.io client sends in `auth` when it connects. */
export const socketAuthSchema = z.object({
  protocol: z.number().int(),
  /** A workshop token (facilitator, participant or viewer); plain boards need none. */
  token: z.string().min(1).max(2048).optional(),
});
export type SocketAuth = z.infer<typeof socketAuthSchema>;

export const presenceJoinSchema = z.object({ boardId: boardIdSchema }).strict();
export const presenceLeaveSchema = presenceJoinSchema;
export type PresenceJoin = z.infer<typeof presenceJoinSchema>;

export const presenceCountSchema = z.object({
  boardId: boardIdSchema,
  count: z.number().int().nonnegative(),
});
export type PresenceCount = z.infer<typeof presenceCountSchema>;

export type { Ack } from './ack.js';

/** Payload schemas of every client→server event, checked by the server before any handler runs. */
export const clientEventSchemas = {
  'presence:join': presenceJoinSchema,
  'presence:leave': presenceLeaveSchema,
  'session:command': sessionCommandSchema,
  'roster:edit': rosterEditSchema,
  'time:sync': z.object({}).strict(),
  'vote:open': voteOpenSchema,
  'vote:openStations': voteOpenStationsSchema,
  'vote:previewStations': votePreviewStationsSchema,
  'vote:close': voteSessionRefSchema,
  'vote:reveal': voteSessionRefSchema,
  'vote:promote': votePromoteSchema,
  'vote:delete': voteSessionRefSchema,
  'vote:cast': voteDotSchema,
  'vote:retract': voteDotSchema,
  'vote:sync': voteSyncSchema,
  'question:submit': questionSubmitSchema,
  'question:open': questionOpenSchema,
  'question:promote': questionPromoteSchema,
  'question:edit': questionEditSchema,
  'question:remove': questionRemoveSchema,
  'question:generate-stations': questionGenerateStationsSchema,
  'question:sync': questionSyncSchema,
} as const;
export type ClientEventName = keyof typeof clientEventSchemas;

export interface ClientToServerEvents extends SessionClientToServerEvents {
  'presence:join': (payload: PresenceJoin, ack?: (res: Ack) => void) => void;
  'presence:leave': (payload: PresenceJoin, ack?: (res: Ack) => void) => void;
  /** Move, rename or remove a person (facilitators: anyone; participants: themselves, no removal); ack error is a RosterEditError. */
  'roster:edit': (payload: RosterEdit, ack?: (res: Ack) => void) => void;
  /** Facilitators: open a dot vote; the ack carries the new session's id. */
  'vote:open': (payload: VoteOpen, ack?: (res: VoteAck) => void) => void;
  /** Facilitators: a vote at each listed station over its clusters (or notes); the ack's `batch` says what happened where. */
  'vote:openStations': (payload: VoteOpenStations, ack?: (res: VoteAck) => void) => void;
  /** Facilitators: what `vote:openStations` would put on each ballot (ack `preview`), nothing opened. */
  'vote:previewStations': (payload: VotePreviewStations, ack?: (res: VoteAck) => void) => void;
  'vote:close': (payload: VoteSessionRef, ack?: (res: VoteAck) => void) => void;
  /** Closes the vote too if it is still open. */
  'vote:reveal': (payload: VoteSessionRef, ack?: (res: VoteAck) => void) => void;
  /** After the reveal: the top `count` items become ships (notes, groups) or promoted questions; a tie at the cut needs a `resolution`. */
  'vote:promote': (payload: VotePromote, ack?: (res: VoteAck) => void) => void;
  'vote:delete': (payload: VoteSessionRef, ack?: (res: VoteAck) => void) => void;
  /** Participants: one dot more or less; the ack carries their dots in that session. */
  'vote:cast': (payload: VoteDot, ack?: (res: VoteAck) => void) => void;
  'vote:retract': (payload: VoteDot, ack?: (res: VoteAck) => void) => void;
  /** Everything this socket may know about the workshop's votes right now. */
  'vote:sync': (payload: Record<string, never>, ack: VoteSyncAck) => void;
  /** Question wall: acks carry a QuestionError when refused. */
  'question:submit': (payload: QuestionSubmit, ack?: (res: Ack) => void) => void;
  'question:open': (payload: { open: boolean }, ack?: (res: Ack) => void) => void;
  'question:promote': (payload: { ids: string[] }, ack?: (res: Ack) => void) => void;
  'question:edit': (payload: QuestionEdit, ack?: (res: Ack) => void) => void;
  'question:remove': (payload: { id: string }, ack?: (res: Ack) => void) => void;
  'question:generate-stations': (payload: Record<string, never>, ack?: (res: Ack) => void) => void;
  'question:sync': (payload: Record<string, never>, ack?: (res: Ack) => void) => void;
}

export interface ServerToClientEvents extends SessionServerToClientEvents {
  'presence:count': (payload: PresenceCount) => void;
  /** To the whole workshop: sessions without tallies until they are revealed. */
  'vote:sessions': (payload: VoteSessionsPayload) => void;
  /** To one participant's own sockets: their dots in a session. */
  'vote:mine': (payload: VoteMinePayload) => void;
  /** To facilitators: dots cast and people who voted, not for what. */
  'vote:progress': (payload: VoteProgressPayload) => void;
  /** The whole question wall, on every change and when a socket attaches. */
  'questions:state': (payload: QuestionsState) => void;
}
