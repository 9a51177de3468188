import type { FastifyInstance } from 'fastify';
import { boardParamsSchema, createBoardBodySchema, LIMITS, API_PREFIX, initBoardMeta } from '@mutopia/shared';
import { customAlphabet } from 'nanoid';
import * as Y from 'yjs';
import { HttpError } from './errors.js';

/** 12 characters of 62 give ~71 bits: board links cannot be guessed. */
export const newBoardId = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 12);

export function initialBoardState(title: string): Uint8Array {
  const doc = new Y.Doc();
  initBoardMeta(doc, title);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

export async function boardRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/boards`,
    { config: { rateLimit: { max: LIMITS.boardCreatesPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const { title } = createBoardBodySchema.parse(request.body);
      const board = app.boards.create(newBoardId(), title, initialBoardState(title));
      return reply.status(201).send(board);
    },
  );

  app.get(`${API_PREFIX}/boards/:boardId`, async (request) => {
    const { boardId } = boardParamsSchema.parse(request.params);
    const board = app.boards.get(boardId);
    if (!board) throw new HttpError(404, 'not_found', 'No board with this id.');
    return board;
  });
}
