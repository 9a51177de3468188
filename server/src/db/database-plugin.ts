import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { BoardStore } from '../persistence/board-store.js';
import { checkpoint, openDatabase, type Database_ } from './database.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database_;
    boards: BoardStore;
  }
}

export const databasePlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const database = openDatabase(config.DATA_DIR, config.DB_SYNCHRONOUS);
    app.decorate('database', database);
    app.decorate('boards', new BoardStore(database.db));
    app.log.info({ file: database.file }, 'database open');
    // onClose runs after every preClose hook, so the Yjs host has flushed by now.
    app.addHook('onClose', async () => {
      checkpoint(database.sqlite);
      database.sqlite.close();
    });
  },
  { name: 'database' },
);
