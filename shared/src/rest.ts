import { z } from 'zod';
import { singleLine } from './plain-text.js';
import { boardIdSchema } from './ids.js';
import { LIMITS } from './limits.js';

export const boardTitleSchema = singleLine(z.string().trim().min(1).max(LIMITS.boardTitleMaxLength));

export const createBoardBodySchema = z.object({ title: boardTitleSchema }).strict();
export type CreateBoardBody = z.infer<typeof createBoardBodySchema>;

export const boardMetaSchema = z.object({
  id: boardIdSchema,
  title: z.string(),
  createdAt: z.string(),
});
export type BoardMeta = z.infer<typeof boardMetaSchema>;

/** POST /api/boards answers with the board and, once, the key its creator deletes it with (header BOARD_DELETE_KEY_HEADER). */
export const createdBoardSchema = boardMetaSchema.extend({ deleteKey: z.string().min(1).max(64) });
export type CreatedBoard = z.infer<typeof createdBoardSchema>;
export const BOARD_DELETE_KEY_HEADER = 'x-board-delete-key';

export const boardParamsSchema = z.object({ boardId: boardIdSchema });

export const errorCodeSchema = z.enum([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'payload_too_large',
  'internal',
  /** A programme edit refused because of the running session (see DefinitionEditError). */
  'current_phase_removed',
  'team_removed_in_rotation',
  'unknown_team',
  /** CREATE_SECRET is set and the request did not carry it (x-create-secret). */
  'create_secret_required',
  /** A join refused because the workshop has MAX_PARTICIPANTS_PER_WORKSHOP people already (409). */
  'workshop_full',
  /** A genuine token of a workshop that was deleted (410): nothing to retry. */
  'workshop_deleted',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Every error response has this shape; `message` is English, `code` is what a client translates. */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unreachable']),
  protocol: z.number(),
});
export type Health = z.infer<typeof healthSchema>;
