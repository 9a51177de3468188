import fp from 'fastify-plugin';
import { QuestionChannel } from './question-channel.js';
import { QuestionStore } from './question-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    questions: {
      store: QuestionStore;
      /** Ranks the given questions 1…n (others unranked) and tells the workshop; used by the question vote. */
      promote: (
        workshopId: string,
        orderedIds: readonly string[],
      ) => Promise<{ ok: true } | { ok: false; error: string }>;
    };
  }
}

/** The question wall: one question per team, closing, promotion and [M]Utopie station generation. */
export const questionsPlugin = fp(
  async (app) => {
    const { sessions } = app.workshops;
    const store = new QuestionStore(
      app.database,
      async (id) => (await sessions.get(id))?.definition.teams.map((t) => t.id) ?? [],
    );
    const channel = new QuestionChannel(app.io, store, sessions, app.log);
    app.decorate('questions', { store, promote: (workshopId, ids) => channel.promote(workshopId, ids) });
    app.addWorkshopSocketFeature((socket, actor) => channel.attach(socket, actor));
  },
  { name: 'questions', dependencies: ['database', 'workshops', 'socket'] },
);
