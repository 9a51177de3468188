import fp from 'fastify-plugin';
import { VoteChannel } from './vote-channel.js';
import { VoteStore } from './vote-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Dot votes: `store.revealed()` and the archive's export/import are for the results. */
    votes: { store: VoteStore; channel: VoteChannel };
  }
}

/** Server-authoritative dot voting over socket.io (see vote-channel.ts). */
export const votesPlugin = fp(
  async (app) => {
    const store = new VoteStore(app.database);
    const channel = new VoteChannel(
      app.io,
      store,
      {
        boardHost: app.boardHost,
        stationBoards: (id) => app.boards.stationBoards(id),
        sessions: app.workshops.sessions,
        questions: {
          list: (workshopId) => app.questions.store.list(workshopId),
          promote: (workshopId, ids) => app.questions.promote(workshopId, ids),
        },
      },
      app.log,
    );
    app.decorate('votes', { store, channel });
    app.addWorkshopSocketFeature((socket, actor) => channel.attach(socket, actor));
  },
  { name: 'votes', dependencies: ['database', 'workshops', 'socket', 'yjs', 'questions'] },
);
