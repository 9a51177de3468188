import type { FastifyInstance } from 'fastify';
import {
  API_PREFIX,
  BOARD_DELETE_KEY_HEADER,
  boardParamsSchema,
  createBoardBodySchema,
  LIMITS,
  type CreatedBoard,
} from '@mutopia/shared';
import { initialBoardState, newBoardId } from '../persistence/board-store.js';
import { boardDeleteKey, deletePlainBoard, isBoardDeleteKey } from '../retention/delete-board.js';
import { HttpError } from './errors.js';

export async function boardRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/boards`,
    { config: { rateLimit: { max: LIMITS.boardCreatesPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const { title } = createBoardBodySchema.parse(request.body);
      const board = await app.boards.create(newBoardId(), title, initialBoardState(title));
      const created: CreatedBoard = { ...board, deleteKey: boardDeleteKey(app, board.id) };
      return reply.status(201).send(created);
    },
  );

  app.get(`${API_PREFIX}/boards/:boardId`, async (request) => {
    const { boardId } = boardParamsSchema.parse(request.params);
    const board = await app.boards.get(boardId);
    if (!board) throw new HttpError(404, 'not_found', 'No board with this id.');
    return board;
  });

  // Only a plain board's creator, with the key from its creation; workshop boards go with their workshop.
  app.delete(`${API_PREFIX}/boards/:boardId`, async (request) => {
    const { boardId } = boardParamsSchema.parse(request.params);
    const access = await app.boards.access(boardId);
    if (!access || access.workshopId !== null) throw new HttpError(404, 'not_found', 'No plain board with this id.');
    const key = request.headers[BOARD_DELETE_KEY_HEADER];
    if (typeof key !== 'string' || !isBoardDeleteKey(app, boardId, key))
      throw new HttpError(403, 'forbidden', 'Only the creator of this board may delete it.');
    await deletePlainBoard(app, boardId);
    return { deleted: true };
  });
}
