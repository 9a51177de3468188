import type { FastifyInstance } from 'fastify';
import { boardParamsSchema, createBoardBodySchema, LIMITS, API_PREFIX } from '@mutopia/shared';
import { initialBoardState, newBoardId } from '../persistence/board-store.js';
import { HttpError } from './errors.js';

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
