import { z } from 'zod';
import { secretSchema } from './workshop-api.js';

const participantIdSchema = z.string().min(1).max(64);

/**
 * Revoking access (issue 12 §4). Each holder of a token other than the
 * facilitator link can be cut off on its own: the co-facilitator link (by
 * replacing it), one projector, or one person's devices. The server closes
 * what the old tokens opened on every channel at once (HTTP 401, socket.io
 * disconnected, board WebSockets closed with 4401).
 */

/** `POST /api/workshops/:id/cofacilitator-secret` (facilitator link only): the new co-facilitator secret. */
export const rotatedCofacilitatorSecretSchema = z.object({ cofacilitatorSecret: secretSchema });
export type RotatedCofacilitatorSecret = z.infer<typeof rotatedCofacilitatorSecretSchema>;

export const projectorIdSchema = z.string().regex(/^[a-z0-9-]{1,32}$/);

/** `POST /api/workshops/:id/projectors/:projectorId/revoke` */
export const projectorParamsSchema = z.object({ projectorId: projectorIdSchema });

/** `POST /api/workshops/:id/participants/:participantId/revoke` */
export const participantParamsSchema = z.object({ participantId: participantIdSchema });

/**
 * The answer to revoking a person's devices: the person and their notes stay,
 * every device they joined with is signed out, and this token (to hand over as
 * a personal link) lets them in again as the same person.
 */
export const participantRelinkSchema = z.object({ participantId: participantIdSchema, token: z.string() });
export type ParticipantRelink = z.infer<typeof participantRelinkSchema>;
