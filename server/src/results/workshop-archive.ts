import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  remapQuestionIds,
  type CreatedWorkshop,
  type ExportedVoteSession,
  type Question,
  type WorkshopArchive,
  type WorkshopDefinition,
} from '@mutopia/shared';
import * as Y from 'yjs';
import { ArchiveDecoder } from './archive-decoder.js';

/** What the archive reads from and writes to; the plugin wires these to the stores and the board host. */
export interface ArchiveSources {
  definition(workshopId: string): Promise<WorkshopDefinition | undefined>;
  stationBoards(workshopId: string): Promise<Record<string, string>>;
  readBoard<T>(boardId: string, read: (doc: Y.Doc) => T): Promise<T | undefined>;
  /** Adds an update the archive worker has checked to a board, without decoding it on this thread when nobody has the board open. */
  storeBoardUpdate(boardId: string, update: Uint8Array): Promise<void>;
  questions(workshopId: string): Promise<{ open: boolean; items: Question[] }>;
  /** Old question id → stored id (ids already used on this server are replaced). */
  replaceQuestions(workshopId: string, questions: readonly Question[], open: boolean): Promise<Map<string, string>>;
  voteSessions(workshopId: string): Promise<ExportedVoteSession[]>;
  importVoteSessions(workshopId: string, sessions: ExportedVoteSession[]): Promise<void>;
  createWorkshop(definition: WorkshopDefinition): Promise<CreatedWorkshop>;
  updateDefinition(workshopId: string, definition: WorkshopDefinition): Promise<void>;
}

export async function exportArchive(sources: ArchiveSources, workshopId: string): Promise<WorkshopArchive | undefined> {
  const definition = await sources.definition(workshopId);
  if (!definition) return undefined;
  const boardIds = await sources.stationBoards(workshopId);
  const boards: Record<string, string> = {};
  for (const station of definition.stations) {
    const boardId = boardIds[station.id];
    if (!boardId) continue;
    const state = await sources.readBoard(boardId, (doc) => Y.encodeStateAsUpdate(doc));
    if (state) boards[station.id] = Buffer.from(state).toString('base64');
  }
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date().toISOString(),
    definition,
    questions: await sources.questions(workshopId),
    votes: await sources.voteSessions(workshopId),
    boards,
  };
}

/**
 * Creates a new workshop from an archive: the same definition, questions,
 * votes and board contents. Ids that are unique across the server (questions,
 * vote sessions, boards) are new; references to questions follow them. The
 * boards are checked and decoded in a worker first, so a broken board refuses
 * the import before anything is created and the event loop stays free.
 */
export async function importArchive(sources: ArchiveSources, archive: WorkshopArchive): Promise<CreatedWorkshop> {
  const decoder = new ArchiveDecoder();
  try {
    let boards = await decoder.check(archive.boards);
    const created = await sources.createWorkshop(archive.definition);
    const { workshopId } = created;
    const questionIds = await sources.replaceQuestions(workshopId, archive.questions.items, archive.questions.open);
    const changed = new Map([...questionIds].filter(([from, to]) => from !== to));
    const remapped = remapQuestionIds(archive, (id) => changed.get(id) ?? id);
    if (changed.size) await sources.updateDefinition(workshopId, remapped.definition);
    if (remapped.votes.length) await sources.importVoteSessions(workshopId, remapped.votes);
    if (changed.size) boards = await decoder.remap(boards, changed);

    const boardIds = await sources.stationBoards(workshopId);
    for (const [stationId, state] of boards) {
      const boardId = boardIds[stationId];
      if (boardId) await sources.storeBoardUpdate(boardId, state);
    }
    return created;
  } finally {
    void decoder.close();
  }
}
