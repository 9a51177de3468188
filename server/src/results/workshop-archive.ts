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
  definition(workshopId: string): WorkshopDefinition | undefined;
  stationBoards(workshopId: string): Record<string, string>;
  readBoard<T>(boardId: string, read: (doc: Y.Doc) => T): T | undefined;
  /** Adds an update the archive worker has checked to a board, without decoding it on this thread when nobody has the board open. */
  storeBoardUpdate(boardId: string, update: Uint8Array): void;
  questions(workshopId: string): { open: boolean; items: Question[] };
  /** Old question id → stored id (ids already used on this server are replaced). */
  replaceQuestions(workshopId: string, questions: readonly Question[], open: boolean): Map<string, string>;
  voteSessions(workshopId: string): ExportedVoteSession[];
  importVoteSessions(workshopId: string, sessions: ExportedVoteSession[]): void;
  createWorkshop(definition: WorkshopDefinition): CreatedWorkshop;
  updateDefinition(workshopId: string, definition: WorkshopDefinition): void;
}

export function exportArchive(sources: ArchiveSources, workshopId: string): WorkshopArchive | undefined {
  const definition = sources.definition(workshopId);
  if (!definition) return undefined;
  const boardIds = sources.stationBoards(workshopId);
  const boards: Record<string, string> = {};
  for (const station of definition.stations) {
    const boardId = boardIds[station.id];
    if (!boardId) continue;
    const state = sources.readBoard(boardId, (doc) => Y.encodeStateAsUpdate(doc));
    if (state) boards[station.id] = Buffer.from(state).toString('base64');
  }
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date().toISOString(),
    definition,
    questions: sources.questions(workshopId),
    votes: sources.voteSessions(workshopId),
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
    const created = sources.createWorkshop(archive.definition);
    const { workshopId } = created;
    const questionIds = sources.replaceQuestions(workshopId, archive.questions.items, archive.questions.open);
    const changed = new Map([...questionIds].filter(([from, to]) => from !== to));
    const remapped = remapQuestionIds(archive, (id) => changed.get(id) ?? id);
    if (changed.size) sources.updateDefinition(workshopId, remapped.definition);
    if (remapped.votes.length) sources.importVoteSessions(workshopId, remapped.votes);
    if (changed.size) boards = await decoder.remap(boards, changed);

    const boardIds = sources.stationBoards(workshopId);
    for (const [stationId, state] of boards) {
      const boardId = boardIds[stationId];
      if (boardId) sources.storeBoardUpdate(boardId, state);
    }
    return created;
  } finally {
    void decoder.close();
  }
}
