import type { BoardCandidates, Candidate } from './useBoardCandidates';

/**
 * The start dialog's choices: everything on the board (every group and every
 * note outside one; the default), every note on its own, or only the groups.
 * The preview and the vote that starts read the same list.
 */
export type BallotMode = 'board' | 'notes' | 'groups';

export interface BallotEntry {
  candidate: Candidate;
  /** Groups: how many notes they hold. */
  notes?: number;
}

export function ballotEntries(mode: BallotMode, { notes, groups, ballot }: BoardCandidates): BallotEntry[] {
  if (mode === 'notes') return notes.map((candidate) => ({ candidate }));
  const counts = new Map(ballot.groups.map((g) => [g.id, g.notes]));
  const grouped = groups.map((candidate) => ({ candidate, notes: counts.get(candidate.id) ?? 0 }));
  if (mode === 'groups') return grouped;
  const byId = new Map(notes.map((n) => [n.id, n]));
  const loose = ballot.looseNotes.flatMap((id) => {
    const candidate = byId.get(id);
    return candidate ? [{ candidate }] : [];
  });
  return [...grouped, ...loose];
}
