import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { BoardStore } from '../persistence/board-store.js';
import { openStore } from './open-store.js';
import type { StoreDb } from './store-db.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: StoreDb;
    boards: BoardStore;
  }
}

export const databasePlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const database = await openStore(config);
    app.decorate('database', database);
    app.decorate('boards', new BoardStore(database));
    app.log.info({ store: database.dialect, where: database.describe }, 'database open');
    // onClose runs after every preClose hook, so the Yjs host has flushed by now.
    app.addHook('onClose', async () => {
      await database.close();
    });
  },
  { name: 'database' },
);
