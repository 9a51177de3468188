import fp from 'fastify-plugin';
import { seriesRoutes } from './series-routes.js';
import { SeriesStore } from './series-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    series: { store: SeriesStore };
  }
}

/** Workshop series (seed 004): topic plan, sessions made from a template, ships carried on, public archive. */
export const seriesPlugin = fp(
  async (app) => {
    app.decorate('series', { store: new SeriesStore(app.database) });
    await app.register(seriesRoutes);
  },
  { name: 'series', dependencies: ['database', 'workshops', 'yjs'] },
);
