/**
 * Every station's notes for the results: what the solution rooms, expert
 * tables and team spaces wrote, by group, with the team that wrote each note
 * and the dots it got. Approaches that lost a vote are kept here too. The
 * geometry is kept so the results page can draw each board as an image
 * without opening the board itself.
 */
import { z } from 'zod';
import type { Group } from '../board/groups.js';
import { noteColorSchema, type Note } from '../board/note.js';
import { LIMITS } from '../limits.js';
import { CONTENT_LIMITS } from '../board/content-limits.js';
import { stationKindSchema, type StationKind } from '../workshop/definition.js';

const name = z.string().max(200);
const id = z.string().max(64);
const geometry = {
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().nonnegative(),
  h: z.number().finite().nonnegative(),
  color: noteColorSchema,
};

export const resultNoteSchema = z.object({
  id,
  text: z.string().max(LIMITS.noteTextMaxLength),
  /** '' when the note was written outside a team (facilitator, older notes). */
  teamId: id,
  teamName: name,
  teamColor: z.string().max(7),
  /** Dots in revealed votes, all votes of the workshop added up. */
  votes: z.number().int().nonnegative(),
  ...geometry,
});
export type ResultNote = z.infer<typeof resultNoteSchema>;

export const resultNoteGroupSchema = z.object({
  id,
  title: z.string().max(CONTENT_LIMITS.shortText),
  votes: z.number().int().nonnegative(),
  notes: z.array(resultNoteSchema),
  ...geometry,
});
export type ResultNoteGroup = z.infer<typeof resultNoteGroupSchema>;

export const resultBoardSchema = z.object({
  stationId: id,
  stationName: name,
  kind: stationKindSchema,
  /** Most dots first, then top to bottom, left to right. */
  groups: z.array(resultNoteGroupSchema),
  /** Notes in no group, ordered like the groups. */
  loose: z.array(resultNoteSchema),
});
export type ResultBoard = z.infer<typeof resultBoardSchema>;

export interface BoardNotesContext {
  stationId: string;
  stationName: string;
  kind: StationKind;
  team(teamId: string): { name: string; color: string } | undefined;
  /** Dots an item got in revealed votes (0 when none). */
  votes(kind: 'note' | 'group', itemId: string): number;
}

type Placed = { votes: number; x: number; y: number };
/** Reading order on a board: rows of about a note's height, then left to right. */
const byVotesThenPlace = (a: Placed, b: Placed) =>
  b.votes - a.votes || Math.round(a.y / 100) - Math.round(b.y / 100) || a.x - b.x;

/**
 * The notes of one board for the results, from what `readNotes` and
 * `readGroups` read; null when it holds no written note and no named group.
 */
export function boardNotes(
  content: { notes: readonly Note[]; groups: readonly Group[] },
  context: BoardNotesContext,
): ResultBoard | null {
  const { groups } = content;
  const groupIds = new Set(groups.map((g) => g.id));
  const toResult = (note: Note): ResultNote => {
    const team = note.teamId ? context.team(note.teamId) : undefined;
    return {
      id: note.id,
      text: note.text,
      teamId: team ? note.teamId! : '',
      teamName: team?.name ?? '',
      teamColor: team?.color ?? '',
      votes: context.votes('note', note.id),
      x: note.x,
      y: note.y,
      w: note.w,
      h: note.h,
      color: note.color,
    };
  };
  const members = new Map<string, ResultNote[]>();
  const loose: ResultNote[] = [];
  for (const note of content.notes) {
    // An empty note is a note nobody wrote into: no result.
    if (!note.text.trim()) continue;
    // A note whose group was deleted at the same moment keeps a stale id: it is loose.
    const groupId = note.groupId && groupIds.has(note.groupId) ? note.groupId : undefined;
    if (!groupId) loose.push(toResult(note));
    else members.set(groupId, [...(members.get(groupId) ?? []), toResult(note)]);
  }
  const resultGroups: ResultNoteGroup[] = groups
    .map((g) => ({
      id: g.id,
      title: g.title,
      votes: context.votes('group', g.id),
      notes: (members.get(g.id) ?? []).sort(byVotesThenPlace),
      x: g.x,
      y: g.y,
      w: g.w,
      h: g.h,
      color: g.color,
    }))
    .filter((g) => g.notes.length > 0 || g.title.trim())
    .sort(byVotesThenPlace);
  if (resultGroups.length === 0 && loose.length === 0) return null;
  return {
    stationId: context.stationId,
    stationName: context.stationName,
    kind: context.kind,
    groups: resultGroups,
    loose: loose.sort(byVotesThenPlace),
  };
}

/** Adds up the dots of revealed votes per item, keyed `kind:id`. */
export function voteCountsByItem(
  votes: ReadonlyArray<{ items: ReadonlyArray<{ id: string; kind: string; count: number }> }>,
): (kind: string, itemId: string) => number {
  const counts = new Map<string, number>();
  for (const vote of votes) {
    for (const item of vote.items) {
      const key = `${item.kind}:${item.id}`;
      counts.set(key, (counts.get(key) ?? 0) + item.count);
    }
  }
  return (kind, itemId) => counts.get(`${kind}:${itemId}`) ?? 0;
}

/** Number of notes on a board in the results. */
export function boardNoteCount(board: ResultBoard): number {
  return board.loose.length + board.groups.reduce((sum, g) => sum + g.notes.length, 0);
}
