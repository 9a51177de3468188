import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { CreatedWorkshop, ExportedVoteSession, Question, WorkshopArchive, WorkshopResults } from '@mutopia/shared';
import { PublicationStore } from './publication-store.js';
import { PublishKeys } from './publish-key.js';
import { BoardContentCache } from './board-content-cache.js';
import { buildResults, type RevealedVoteSource } from './results-builder.js';
import { resultsRoutes } from './results-routes.js';
import { exportArchive, importArchive, type ArchiveSources } from './workshop-archive.js';

export interface ResultsService {
  build(workshopId: string): Promise<WorkshopResults | undefined>;
  /** Drops what the results keep in memory of these boards (call when they are deleted). */
  forgetBoards(boardIds: readonly string[]): void;
  /** The public results page's path (`/r/<workshopId>/<key>`), null while not published. The series archive links to it. */
  publicPath(workshopId: string): Promise<string | null>;
  isPublicKey(workshopId: string, key: string): Promise<boolean>;
  publication: PublicationStore;
  exportArchive(workshopId: string): Promise<WorkshopArchive | undefined>;
  /** Creates a new workshop from an archive (POST /api/workshops {archive}). */
  importArchive(archive: WorkshopArchive): Promise<CreatedWorkshop>;
}

declare module 'fastify' {
  interface FastifyInstance {
    results: ResultsService;
  }
}

interface QuestionStoreLike {
  list(workshopId: string): Promise<Question[]>;
  isOpen(workshopId: string): Promise<boolean>;
  replaceAll(workshopId: string, questions: readonly Question[], open: boolean): Promise<Map<string, string>>;
}
interface VoteStoreLike {
  revealed(workshopId: string): Promise<RevealedVoteSource[]>;
  exportSessions(workshopId: string): Promise<ExportedVoteSession[]>;
  importSessions(workshopId: string, sessions: unknown): Promise<Map<string, string>>;
}

/** The question and vote plugins are optional here: a server without them still has results. */
function optionalStores(app: FastifyInstance): { questions?: QuestionStoreLike; votes?: VoteStoreLike } {
  const loose = app as unknown as { questions?: { store: QuestionStoreLike }; votes?: { store: VoteStoreLike } };
  return { questions: loose.questions?.store, votes: loose.votes?.store };
}

/** Results page, exports, the complete archive and publishing under an unguessable link. */
export const resultsPlugin = fp(
  async (app) => {
    const { sessions, store, tokens } = app.workshops;
    const keys = new PublishKeys(tokens);
    const publication = new PublicationStore(app.database);
    // Looked up per call, so the order in which the plugins were registered does not matter.
    const questions = () => optionalStores(app).questions;
    const votes = () => optionalStores(app).votes;
    const definition = async (id: string) => (await sessions.get(id))?.definition;
    const stationBoards = (id: string) => app.boards.stationBoards(id);
    const readBoard: ArchiveSources['readBoard'] = (boardId, read) => app.boardHost.read(boardId, read);
    const boardContents = new BoardContentCache(app.database, readBoard);

    const archiveSources: ArchiveSources = {
      definition,
      stationBoards,
      readBoard,
      storeBoardUpdate: (boardId, update) => app.boardHost.storeUpdate(boardId, update),
      questions: async (id) => ({
        open: (await questions()?.isOpen(id)) ?? true,
        items: (await questions()?.list(id)) ?? [],
      }),
      replaceQuestions: async (id, items, open) =>
        (await questions()?.replaceAll(id, items, open)) ?? new Map(items.map((q) => [q.id, q.id])),
      voteSessions: async (id) => (await votes()?.exportSessions(id)) ?? [],
      importVoteSessions: async (id, exported) => {
        await votes()?.importSessions(id, exported);
      },
      createWorkshop: async (def) => {
        const created = await store.create(def);
        return {
          workshopId: created.workshop.id,
          joinCode: created.workshop.joinCode,
          facilitatorSecret: created.facilitatorSecret,
          cofacilitatorSecret: created.cofacilitatorSecret,
        };
      },
      updateDefinition: async (id, def) => {
        const workshop = await sessions.get(id);
        if (workshop) await sessions.updateDefinition(workshop, def);
      },
    };

    const publicPath = async (workshopId: string): Promise<string | null> => {
      const state = await publication.get(workshopId);
      return state?.published ? `/r/${workshopId}/${keys.keyFor(workshopId, state.version)}` : null;
    };

    app.decorate('results', {
      build: (workshopId) =>
        buildResults(
          {
            definition,
            stationBoards,
            boardContents: (ids) => boardContents.contents(ids),
            questions: async (id) => (await questions()?.list(id)) ?? [],
            revealedVotes: async (id) => (await votes()?.revealed(id)) ?? [],
          },
          workshopId,
        ),
      forgetBoards: (ids) => boardContents.forget(ids),
      publicPath,
      isPublicKey: async (workshopId, key) => {
        const state = await publication.get(workshopId);
        return state?.published === true && keys.matches(workshopId, state.version, key);
      },
      publication,
      exportArchive: (workshopId) => exportArchive(archiveSources, workshopId),
      importArchive: (archive) => importArchive(archiveSources, archive),
    } satisfies ResultsService);
    await app.register(resultsRoutes);
  },
  { name: 'results', dependencies: ['database', 'workshops', 'yjs', 'questions', 'votes'] },
);
