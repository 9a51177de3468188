/**
 * What "vote on the whole board" puts on the ballot: every group and every
 * note outside a group. A team that clustered half its notes still gets to
 * vote on the other half; the loose ones are often the boldest approaches.
 */
import { VOTE_LIMITS } from './vote-schemas.js';

export interface BoardNoteInput {
  id: string;
  text: string;
  x: number;
  y: number;
  groupId?: string | undefined;
}

export interface BoardGroupInput {
  id: string;
  x: number;
  y: number;
}

export interface WholeBoardBallot {
  /** Groups in reading order, each with how many notes it holds. */
  groups: Array<{ id: string; notes: number }>;
  /** Notes outside any group, in reading order. */
  looseNotes: string[];
  /** The ballot: groups first, then loose notes, at most as many as a vote holds. */
  items: Array<{ kind: 'note' | 'group'; id: string }>;
  /** Items beyond the limit of a vote, left off the ballot. */
  leftOff: number;
}

/** Top to bottom, then left to right: the order people read a board in. */
export function byReadingOrder(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return a.y - b.y || a.x - b.x;
}

/**
 * Empty notes are left out (nothing to vote for). A note whose group no longer
 * exists counts as loose, as the board shows it.
 */
export function wholeBoardBallot(
  notes: readonly BoardNoteInput[],
  groups: readonly BoardGroupInput[],
): WholeBoardBallot {
  const groupIds = new Set(groups.map((g) => g.id));
  const counts = new Map<string, number>();
  const loose: BoardNoteInput[] = [];
  for (const note of notes) {
    if (note.text.trim() === '') continue;
    if (note.groupId !== undefined && groupIds.has(note.groupId)) {
      counts.set(note.groupId, (counts.get(note.groupId) ?? 0) + 1);
    } else loose.push(note);
  }
  const orderedGroups = [...groups].sort(byReadingOrder).map((g) => ({ id: g.id, notes: counts.get(g.id) ?? 0 }));
  const looseNotes = loose.sort(byReadingOrder).map((n) => n.id);
  const all = [
    ...orderedGroups.map((g) => ({ kind: 'group' as const, id: g.id })),
    ...looseNotes.map((id) => ({ kind: 'note' as const, id })),
  ];
  return {
    groups: orderedGroups,
    looseNotes,
    items: all.slice(0, VOTE_LIMITS.itemsPerSession),
    leftOff: Math.max(0, all.length - VOTE_LIMITS.itemsPerSession),
  };
}
