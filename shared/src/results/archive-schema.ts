/**
 * The complete archive of a workshop (`GET …/archive`): everything needed to
 * create an equal workshop elsewhere with `POST /api/workshops {archive}`.
 * Boards travel as their full Yjs state, so notes, groups, personas, insights
 * and ships come back exactly, edit history included. Vote sessions carry
 * tallies, never who voted. Participants and session state are not archived:
 * an imported workshop starts fresh.
 */
import { z } from 'zod';
import { questionSchema, type Question } from '../questions/question-schemas.js';
import { exportedVoteSessionsSchema, type ExportedVoteSession } from '../votes/vote-schemas.js';
import { workshopDefinitionSchema, type WorkshopDefinition } from '../workshop/definition.js';

export const ARCHIVE_FORMAT = 'mutopia.workshop-archive';
export const ARCHIVE_VERSION = 1;
/** Largest archive the import accepts (the request body), and the largest single board in it. */
export const ARCHIVE_MAX_BYTES = 32 * 1024 * 1024;
export const ARCHIVE_BOARD_MAX_BASE64 = 8 * 1024 * 1024;

const base64 = z
  .string()
  .max(ARCHIVE_BOARD_MAX_BASE64)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'boards are base64');

export const workshopArchiveSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    version: z.literal(ARCHIVE_VERSION),
    exportedAt: z.iso.datetime(),
    definition: workshopDefinitionSchema,
    questions: z.object({
      open: z.boolean(),
      items: z.array(questionSchema).max(300),
    }),
    votes: exportedVoteSessionsSchema,
    /** Station id → the board's Yjs state (`Y.encodeStateAsUpdate`) in base64. */
    boards: z.record(z.string().max(64), base64),
  })
  .superRefine((archive, ctx) => {
    const stations = new Set(archive.definition.stations.map((s) => s.id));
    const teams = new Set(archive.definition.teams.map((t) => t.id));
    for (const stationId of Object.keys(archive.boards)) {
      if (!stations.has(stationId))
        ctx.addIssue({ code: 'custom', path: ['boards', stationId], message: `unknown station ${stationId}` });
    }
    archive.questions.items.forEach((q, i) => {
      if (!teams.has(q.teamId))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', 'items', i, 'teamId'],
          message: `unknown team ${q.teamId}`,
        });
    });
    archive.votes.forEach((v, i) => {
      if (v.stationId !== null && !stations.has(v.stationId))
        ctx.addIssue({ code: 'custom', path: ['votes', i, 'stationId'], message: `unknown station ${v.stationId}` });
    });
  });
export type WorkshopArchive = z.infer<typeof workshopArchiveSchema>;

/** True for something that claims to be an archive (so an importer can tell it from a bare definition). */
export function looksLikeArchive(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { format?: unknown }).format === ARCHIVE_FORMAT;
}

/**
 * Question ids are unique across the server, so an imported workshop gets new
 * ones; everything that points at a question (an [M]Utopie station, a vote
 * item, a vote's promotion) follows. Ships in the harbour board point at
 * questions too: the importer rewrites those in the document.
 */
export function remapQuestionIds(
  archive: Pick<WorkshopArchive, 'definition' | 'questions' | 'votes'>,
  newId: (oldId: string) => string,
): {
  definition: WorkshopDefinition;
  questions: Question[];
  votes: ExportedVoteSession[];
  ids: Map<string, string>;
} {
  const ids = new Map(archive.questions.items.map((q) => [q.id, newId(q.id)]));
  const map = (id: string) => ids.get(id) ?? id;
  const definition: WorkshopDefinition = {
    ...archive.definition,
    stations: archive.definition.stations.map((s) =>
      s.questionId !== undefined ? { ...s, questionId: map(s.questionId) } : s,
    ),
  };
  const questions = archive.questions.items.map((q) => ({ ...q, id: map(q.id) }));
  const votes = archive.votes.map((v) => {
    const mapItem = (itemId: string) =>
      v.items.some((i) => i.id === itemId && i.kind === 'question') ? map(itemId) : itemId;
    return {
      ...v,
      items: v.items.map((i) => (i.kind === 'question' ? { ...i, id: map(i.id) } : i)),
      tallies: v.tallies && Object.fromEntries(Object.entries(v.tallies).map(([id, n]) => [mapItem(id), n])),
      promoted: v.promoted.map(mapItem),
    };
  });
  return { definition, questions, votes, ids };
}
