import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX, boardParamsSchema } from '@mutopia/shared';
import type { BoardTicket } from '@mutopia/shared/access';
import { HttpError } from '../http/errors.js';
import { authenticate, bearerToken, isDeletedWorkshopToken, workshopDeletedError } from '../workshops/authenticate.js';
import type { BoardTickets } from './board-tickets.js';

/**
 * Limited per token rather than per address: a whole venue shares one address,
 * and a person reconnecting two boards with backoff asks for at most ~50 a minute.
 */
const TICKET_LIMIT = {
  config: {
    rateLimit: {
      max: 120,
      timeWindow: 60_000,
      keyGenerator: (request: { headers: { authorization?: string | undefined }; ip: string }) => {
        const token = bearerToken(request.headers.authorization);
        return token ? createHash('sha256').update(token).digest('base64url') : request.ip;
      },
    },
  },
};

/** `POST /api/boards/:boardId/ticket`: trades a workshop token for a ticket that opens the board's WebSocket once. */
export function ticketRoutes(tickets: BoardTickets) {
  return async (app: FastifyInstance): Promise<void> => {
    const { tokens, sessions } = app.workshops;
    app.post(`${API_PREFIX}/boards/:boardId/ticket`, TICKET_LIMIT, async (request) => {
      const { boardId } = boardParamsSchema.parse(request.params);
      const access = await app.boards.access(boardId);
      if (!access) {
        // The board went with its workshop: say so to a member of that workshop, not "no such board".
        const token = bearerToken(request.headers.authorization);
        if (await isDeletedWorkshopToken(tokens, sessions, token)) throw workshopDeletedError();
        throw new HttpError(404, 'not_found', 'No board with this id.');
      }
      if (access.workshopId === null)
        throw new HttpError(400, 'bad_request', 'This board is open to anyone with its link.');
      const actor = await authenticate(tokens, sessions, bearerToken(request.headers.authorization));
      if (!actor || actor.workshopId !== access.workshopId)
        throw new HttpError(401, 'unauthorized', 'A valid token for this workshop is required.');
      const ticket: BoardTicket = tickets.issue(boardId, { actor });
      return ticket;
    });
  };
}
