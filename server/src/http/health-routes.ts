import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION, type Health } from '@mutopia/shared';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    let database: Health['database'] = 'ok';
    try {
      app.database.sqlite.prepare('SELECT 1').get();
    } catch {
      database = 'unreachable';
    }
    const health: Health = { status: database === 'ok' ? 'ok' : 'degraded', database, protocol: PROTOCOL_VERSION };
    return reply.status(database === 'ok' ? 200 : 503).send(health);
  });
}
