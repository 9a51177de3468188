/**
 * REST bodies and socket.io events of running a workshop. Paths are listed in
 * docs/protocol.md; authenticated calls send `Authorization: Bearer <token>`.
 */
import { z } from 'zod';
import { singleLine } from './plain-text.js';
import type { Ack } from './ack.js';
import { boardIdSchema } from './ids.js';
import { LIMITS } from './limits.js';
import { workshopArchiveSchema } from './results/archive-schema.js';
import { localeSchema, teamSchema, workshopDefinitionSchema } from './workshop/definition.js';
import { memberMovesSchema } from './workshop/edit-session.js';
import { roleSchema } from './workshop/roles.js';
import { sessionCommandSchema, type SessionCommand } from './workshop/session-commands.js';
import { sessionStateSchema } from './workshop/session-state.js';
import { templateParamsSchema } from './workshop/templates/template.js';

export const workshopIdSchema = z.string().regex(/^[A-Za-z0-9]{12}$/, 'workshop ids are 12 letters and digits');
/** Short, easy to type from a projector: no 0/O, 1/I/L. */
export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJKMNP-Z2-9]{6}$/, 'join codes are 6 letters and digits');
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);
export const displayNameSchema = singleLine(z.string().trim().min(1).max(LIMITS.displayNameMaxLength));

// ---- Creating and opening a workshop -------------------------------------------------

export const createWorkshopBodySchema = z.union([
  z
    .object({ templateId: singleLine(z.string().min(1).max(64)), locale: localeSchema, params: templateParamsSchema })
    .strict(),
  /** Import of an exported definition. */
  z.object({ definition: workshopDefinitionSchema }).strict(),
  /** Import of a complete archive (GET …/archive): definition, questions, votes and boards. */
  z.object({ archive: workshopArchiveSchema }).strict(),
]);
export type CreateWorkshopBody = z.input<typeof createWorkshopBodySchema>;

/** Returned once, at creation: the secrets are not stored in clear and cannot be shown again. */
export const createdWorkshopSchema = z.object({
  workshopId: workshopIdSchema,
  joinCode: z.string(),
  facilitatorSecret: secretSchema,
  cofacilitatorSecret: secretSchema,
});
export type CreatedWorkshop = z.infer<typeof createdWorkshopSchema>;

/** Trade a facilitator or co-facilitator secret (from the link) for a session token. */
export const facilitatorLoginBodySchema = z.object({ secret: secretSchema }).strict();

export const tokenResponseSchema = z.object({ token: z.string(), role: roleSchema });
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export const rotatedSecretSchema = z.object({ facilitatorSecret: secretSchema });

export const viewerTokenBodySchema = z.object({ projectorId: z.string().regex(/^[a-z0-9-]{1,32}$/) }).strict();

/** Everything a signed-in client needs to draw the workshop. */
export const workshopViewSchema = z.object({
  id: workshopIdSchema,
  joinCode: z.string(),
  definition: workshopDefinitionSchema,
  /** Station id → the id of its board document. */
  boards: z.record(z.string(), boardIdSchema),
  createdAt: z.string(),
});
export type WorkshopView = z.infer<typeof workshopViewSchema>;

/** `memberMoves`: where the members of each team the edit removes go (see memberMovesSchema). */
export const updateDefinitionBodySchema = z
  .object({ definition: workshopDefinitionSchema, memberMoves: memberMovesSchema.default({}) })
  .strict();

// ---- Joining ---------------------------------------------------------------------------

export const joinInfoSchema = z.object({
  workshopId: workshopIdSchema,
  title: z.string(),
  locale: localeSchema,
  teams: z.array(teamSchema),
});
export type JoinInfo = z.infer<typeof joinInfoSchema>;

export const joinBodySchema = z
  .object({
    displayName: displayNameSchema,
    /** Omitted: the server assigns the team with the fewest members (if the workshop has teams). */
    teamId: singleLine(z.string().min(1).max(64)).optional(),
  })
  .strict();
export type JoinBody = z.infer<typeof joinBodySchema>;

export const joinedSchema = z.object({
  token: z.string(),
  workshopId: workshopIdSchema,
  participantId: z.string(),
  teamId: z.string().nullable(),
});
export type Joined = z.infer<typeof joinedSchema>;

// ---- socket.io session events ----------------------------------------------------------

export const rosterEntrySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  teamId: z.string().nullable(),
  online: z.boolean(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const boardStatsSchema = z.object({
  notes: z.number().int().nonnegative(),
  /** ms since epoch of the last edit, null if never edited. */
  lastActivity: z.number().int().nullable(),
});
export type BoardStats = z.infer<typeof boardStatsSchema>;

export const sessionSnapshotSchema = z.object({
  workshopId: workshopIdSchema,
  state: sessionStateSchema,
  /** Server clock when sent, for a first clock-offset estimate. */
  serverNow: z.number().int(),
});
export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;

/** Who this socket is, sent once after connecting with a token. */
export const sessionWelcomeSchema = z.object({
  workshopId: workshopIdSchema,
  role: roleSchema,
  participantId: z.string().nullable(),
  teamId: z.string().nullable(),
  displayName: z.string().nullable(),
  projectorId: z.string().nullable(),
});
export type SessionWelcome = z.infer<typeof sessionWelcomeSchema>;

export { sessionCommandSchema };

export type CommandAck = Ack;
export type TimeAck = (serverNow: number) => void;

export interface SessionClientToServerEvents {
  /** Facilitator or participant command; the ack carries `{ ok: false, error }` with a SessionError or `forbidden`. */
  'session:command': (command: SessionCommand, ack?: (res: CommandAck) => void) => void;
  /** For clock-offset estimation: answered with the server's clock. */
  'time:sync': (payload: Record<string, never>, ack: TimeAck) => void;
}

export interface SessionServerToClientEvents {
  'session:welcome': (payload: SessionWelcome) => void;
  'session:state': (payload: SessionSnapshot) => void;
  /** Facilitators and projectors: who has joined and who is online (projectors show who goes where). */
  'session:roster': (payload: { workshopId: string; participants: RosterEntry[] }) => void;
  /** Facilitators only: notes and last activity per station, every few seconds while it changes. */
  'session:boards': (payload: { workshopId: string; stats: Record<string, BoardStats> }) => void;
  /** The workshop's definition changed (facilitator edited it during the event): fetch it again. */
  'session:definition': (payload: { workshopId: string }) => void;
  /** The workshop was deleted: sent just before the server drops every socket of it, so screens say so instead of "no access". */
  'session:ended': (payload: { workshopId: string; reason: 'deleted' }) => void;
}
