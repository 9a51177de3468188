import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION, type Health } from '@mutopia/shared';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    let database: Health['database'] = 'ok';
    try {
      await app.database.ping();
    } catch {
      database = 'unreachable';
    }
    const health: Health = { status: database === 'ok' ? 'ok' : 'degraded', database, protocol: PROTOCOL_VERSION };
    return reply.status(database === 'ok' ? 200 : 503).send(health);
  });
}
