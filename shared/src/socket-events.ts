import { z } from 'zod';
import { boardIdSchema } from './ids.js';
import type { SessionClientToServerEvents, SessionServerToClientEvents } from './workshop-api.js';
import { sessionCommandSchema } from './workshop/session-commands.js';

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
} as const;
export type ClientEventName = keyof typeof clientEventSchemas;

export interface ClientToServerEvents extends SessionClientToServerEvents {
  'presence:join': (payload: PresenceJoin, ack?: (res: Ack) => void) => void;
  'presence:leave': (payload: PresenceJoin, ack?: (res: Ack) => void) => void;
}

export interface ServerToClientEvents extends SessionServerToClientEvents {
  'presence:count': (payload: PresenceCount) => void;
}
