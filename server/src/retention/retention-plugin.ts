import fp from 'fastify-plugin';
import { NODE_LOCKS, withNodeLock } from '../cluster/node-lock.js';
import type { Config } from '../config.js';
import type { Origin } from '../workshops/workshop-sessions.js';
import { deleteRoutes } from './delete-routes.js';
import { erasePersonalData } from './erase-participant.js';
import { KeptResultsStore } from './kept-results.js';
import { sweepExpired } from './retention-sweep.js';

const DAY_MS = 24 * 60 * 60 * 1000;

declare module 'fastify' {
  interface FastifyInstance {
    retention: {
      kept: KeptResultsStore;
      sweep: (now?: Date) => Promise<string[]>;
      erasePersonalData: (participantId: string) => Promise<void>;
    };
  }
}

/**
 * Data lifecycle: deleting workshops by hand, deleting them RETENTION_DAYS
 * after their date (a sweep when the server is ready and then daily), and
 * erasing a removed person's name for good. The optional CREATE_SECRET is
 * guarded by `guardCreation`, registered before every route.
 */
export const retentionPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const kept = new KeptResultsStore(app.database);
    let closing = false;
    const sweep = async (now = new Date()): Promise<string[]> => {
      // One node of a fleet sweeps at a time; another finding it under way leaves it to that one.
      const outcome = await withNodeLock(app.database, NODE_LOCKS.retentionSweep, 'try', () =>
        sweepExpired(app, kept, config.RETENTION_DAYS, now, () => closing),
      );
      if (outcome === 'skipped') {
        app.log.info('retention: another node is sweeping');
        return [];
      }
      const deleted = outcome;
      if (deleted.length > 0)
        app.log.info({ workshops: deleted }, 'retention: deleted workshops past their retention period');
      return deleted;
    };
    const erase = (participantId: string): Promise<void> => erasePersonalData(app.database, participantId);
    app.decorate('retention', { kept, sweep, erasePersonalData: erase });
    // The roster's removal deletes the row; erasing again also clears it out of the WAL.
    const onRemoved = (_workshop: unknown, participantId: string, origin: Origin): void => {
      // The node that removed the person erases; the row is the same for every node.
      if (origin !== 'here') return;
      erase(participantId).catch((error: unknown) => app.log.error({ err: error }, 'erasing personal data failed'));
    };
    app.workshops.sessions.on('participantRemoved', onRemoved);
    await app.register(deleteRoutes(kept, config.RETENTION_DAYS));

    let timer: NodeJS.Timeout | undefined;
    // A failed sweep must not keep the server from starting on the day of an event.
    const sweepLogged = () =>
      sweep().catch((error: unknown) => app.log.error({ err: error }, 'retention sweep failed; trying again tomorrow'));
    app.addHook('onReady', async () => {
      await sweepLogged();
      timer = setInterval(() => void sweepLogged(), DAY_MS);
      timer.unref();
    });
    app.addHook('preClose', async () => {
      closing = true;
      clearInterval(timer);
      app.workshops.sessions.off('participantRemoved', onRemoved);
    });
  },
  { name: 'retention', dependencies: ['database', 'workshops', 'yjs', 'socket', 'results', 'series'] },
);
