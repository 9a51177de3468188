import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { deleteRoutes } from './delete-routes.js';
import { erasePersonalData } from './erase-participant.js';
import { KeptResultsStore } from './kept-results.js';
import { sweepExpired } from './retention-sweep.js';

const DAY_MS = 24 * 60 * 60 * 1000;

declare module 'fastify' {
  interface FastifyInstance {
    retention: {
      kept: KeptResultsStore;
      sweep: (now?: Date) => string[];
      erasePersonalData: (participantId: string) => void;
    };
  }
}

/**
 * Data lifecycle: deleting workshops by hand, deleting them RETENTION_DAYS
 * after their date (a sweep when the server is ready and then daily), and
 * erasing a removed person's name for good. The
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
    const erase = (participantId: string): void => erasePersonalData(app.database, participantId);
    app.decorate('retention', { kept, sweep, erasePersonalData: erase });
    // The roster's removal deletes the row; erasing again also clears it out of the WAL.
    const onRemoved = (_workshop: unknown, participantId: string): void => erase(participantId);
    app.workshops.sessions.on('participantRemoved', onRemoved);
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
    app.addHook('preClose', async () => {
      clearInterval(timer);
      app.workshops.sessions.off('participantRemoved', onRemoved);
    });
  },
  { name: 'retention', dependencies: ['database', 'workshops', 'yjs', 'socket', 'results', 'series'] },
);
