import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { deleteRoutes } from './delete-routes.js';
import { KeptResultsStore } from './kept-results.js';
import { sweepExpired } from './retention-sweep.js';

const DAY_MS = 24 * 60 * 60 * 1000;

declare module 'fastify' {
  interface FastifyInstance {
    retention: { kept: KeptResultsStore; sweep: (now?: Date) => string[] };
  }
}

/**
 * Data lifecycle: deleting workshops by hand, deleting them RETENTION_DAYS
 * after their date (a sweep when the server is ready and then daily). The
 * optional CREATE_SECRET is guarded by `guardCreation`, before any route.
 */
export const retentionPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const kept = new KeptResultsStore(app.database.db);
    const sweep = (now = new Date()): string[] => {
      const deleted = sweepExpired(app, kept, config.RETENTION_DAYS, now);
      if (deleted.length > 0)
        app.log.info({ workshops: deleted }, 'retention: deleted workshops past their retention period');
      return deleted;
    };
    app.decorate('retention', { kept, sweep });
    await app.register(deleteRoutes(kept, config.RETENTION_DAYS));

    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      sweep();
      timer = setInterval(() => {
        try {
          sweep();
        } catch (error) {
          app.log.error({ err: error }, 'retention sweep failed; trying again tomorrow');
        }
      }, DAY_MS);
      timer.unref();
    });
    app.addHook('preClose', async () => clearInterval(timer));
  },
  { name: 'retention', dependencies: ['database', 'workshops', 'yjs', 'socket', 'results', 'series'] },
);
