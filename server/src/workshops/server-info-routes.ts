import type { FastifyInstance } from 'fastify';
import { API_PREFIX, canFacilitate } from '@mutopia/shared';
import type { ServerInfo } from '@mutopia/shared/access';
import type { Config } from '../config.js';
import { HttpError } from '../http/errors.js';
import { lanOrigins } from '../lan-origins.js';
import { authenticate, bearerToken } from './authenticate.js';

/**
 * `GET /api/server-info`: where this server can be reached, so a console opened
 * on `localhost` can print links that work on phones. For facilitators and
 * projectors (which show the join link); participants have no use for it.
 */
export function serverInfoRoutes(config: Pick<Config, 'PUBLIC_ORIGIN' | 'HOST' | 'PORT'>) {
  return async (app: FastifyInstance): Promise<void> => {
    const { tokens, sessions } = app.workshops;
    app.get(`${API_PREFIX}/server-info`, async (request) => {
      const actor = await authenticate(tokens, sessions, bearerToken(request.headers.authorization));
      if (!actor) throw new HttpError(401, 'unauthorized', 'A valid workshop token is required.');
      if (!canFacilitate(actor.role) && actor.role !== 'viewer')
        throw new HttpError(403, 'forbidden', 'Your role may not do this.');
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.PORT;
      const info: ServerInfo = {
        publicOrigin: config.PUBLIC_ORIGIN ? new URL(config.PUBLIC_ORIGIN).origin : null,
        lanOrigins: config.PUBLIC_ORIGIN ? [] : lanOrigins(port, config.HOST),
      };
      return info;
    });
  };
}
