import { z } from 'zod';
import { boardIdSchema } from './ids.js';
import type { SessionClientToServerEvents, SessionServerToClientEvents } from './workshop-api.js';
import { sessionCommandSchema } from './workshop/session-commands.js';
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

export type Ack = { ok: true } | { ok: false; error: string };

/** Payload schemas of every client→server event, checked by the server before any handler runs. */
export const clientEventSchemas = {
  'presence:join': presenceJoinSchema,
  'presence:leave': presenceLeaveSchema,
  'session:command': sessionCommandSchema,
  'time:sync': z.object({}).strict(),
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
  /** The whole question wall, on every change and when a socket attaches. */
  'questions:state': (payload: QuestionsState) => void;
}
