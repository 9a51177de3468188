import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  LIMITS,
  readShips,
  remapQuestionIds,
  setShipRefs,
  type CreatedWorkshop,
  type ExportedVoteSession,
  type Question,
  type WorkshopArchive,
  type WorkshopDefinition,
} from '@mutopia/shared';
import * as Y from 'yjs';
import { HttpError } from '../http/errors.js';
import { inspectUpdate } from '../yjs/update-guard.js';

/** What the archive reads from and writes to; the plugin wires these to the stores and the board host. */
export interface ArchiveSources {
  definition(workshopId: string): WorkshopDefinition | undefined;
  stationBoards(workshopId: string): Record<string, string>;
  readBoard<T>(boardId: string, read: (doc: Y.Doc) => T): T | undefined;
  editBoard<T>(boardId: string, edit: (doc: Y.Doc) => T): T | undefined;
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

/** Decodes every board first, so a broken board refuses the import before anything is created. */
function decodeBoards(archive: WorkshopArchive): Map<string, Uint8Array> {
  const decoded = new Map<string, Uint8Array>();
  let structs = 0;
  for (const [stationId, base64] of Object.entries(archive.boards)) {
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    const probe = new Y.Doc();
    try {
      // Counts are checked against the bytes before Yjs sizes anything from them.
      structs += inspectUpdate(bytes).structs;
      if (structs > LIMITS.archiveMaxStructs) {
        throw new HttpError(413, 'payload_too_large', 'The archive holds more board content than a workshop can.');
      }
      Y.applyUpdate(probe, bytes);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'bad_request', `The board of station ${stationId} in the archive is damaged.`);
    } finally {
      probe.destroy();
    }
    decoded.set(stationId, bytes);
  }
  return decoded;
}

/**
 * Creates a new workshop from an archive: the same definition, questions,
 * votes and board contents. Ids that are unique across the server (questions,
 * vote sessions, boards) are new; references to questions follow them.
 */
export function importArchive(sources: ArchiveSources, archive: WorkshopArchive): CreatedWorkshop {
  const boards = decodeBoards(archive);
  const created = sources.createWorkshop(archive.definition);
  const { workshopId } = created;
  const questionIds = sources.replaceQuestions(workshopId, archive.questions.items, archive.questions.open);
  const changed = new Map([...questionIds].filter(([from, to]) => from !== to));
  const remapped = remapQuestionIds(archive, (id) => changed.get(id) ?? id);
  if (changed.size) sources.updateDefinition(workshopId, remapped.definition);
  if (remapped.votes.length) sources.importVoteSessions(workshopId, remapped.votes);

  const boardIds = sources.stationBoards(workshopId);
  for (const [stationId, state] of boards) {
    const boardId = boardIds[stationId];
    if (!boardId) continue;
    sources.editBoard(boardId, (doc) => {
      Y.applyUpdate(doc, state);
      if (!changed.size) return;
      for (const ship of readShips(doc)) {
        const to = changed.get(ship.questionId);
        if (to) setShipRefs(doc, ship.id, { questionId: to });
      }
    });
  }
  return created;
}
