import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { revocationRoutes } from './revocation-routes.js';
import { serverInfoRoutes } from './server-info-routes.js';
import { loadSigningKey, TokenIssuer } from './tokens.js';
import { workshopRoutes } from './workshop-routes.js';
import { WorkshopSessions } from './workshop-sessions.js';
import { WorkshopStore } from './workshop-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    workshops: { store: WorkshopStore; sessions: WorkshopSessions; tokens: TokenIssuer };
  }
}

/** Workshops: storage, the live session state, tokens, and their REST routes. */
export const workshopsPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const store = new WorkshopStore(app.database, app.boards);
    const tokens = new TokenIssuer(loadSigningKey(config.DATA_DIR, config.TOKEN_SECRET));
    app.decorate('workshops', { store, sessions: new WorkshopSessions(store), tokens });
    await app.register(workshopRoutes, { config });
    await app.register(revocationRoutes);
    await app.register(serverInfoRoutes(config));
  },
  { name: 'workshops', dependencies: ['database'] },
);
