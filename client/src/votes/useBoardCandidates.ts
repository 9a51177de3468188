import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readNotes } from '@mutopia/shared/board/board-doc';
import { readGroups } from '@mutopia/shared/board/groups';
import type { VoteItemRef } from '@mutopia/shared/votes/vote-schemas';
import { byReadingOrder, wholeBoardBallot, type WholeBoardBallot } from '@mutopia/shared/votes/whole-board';

export interface Candidate extends VoteItemRef {
  kind: 'note' | 'group';
  label: string;
}

export interface BoardCandidates {
  notes: Candidate[];
  groups: Candidate[];
  /** "Everything on the board": every group and every note outside a group. */
  ballot: WholeBoardBallot;
}

function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function read(doc: Y.Doc): BoardCandidates {
  const rawNotes = readNotes(doc);
  const rawGroups = readGroups(doc);
  // Reading order (top to bottom, left to right) is the order people see on the board.
  const notes = rawNotes
    .filter((n) => n.text.trim() !== '')
    .sort(byReadingOrder)
    .map((n): Candidate => ({ kind: 'note', id: n.id, label: firstLine(n.text) }));
  const groups = [...rawGroups]
    .sort(byReadingOrder)
    .map((g): Candidate => ({ kind: 'group', id: g.id, label: firstLine(g.title) }));
  return { notes, groups, ballot: wholeBoardBallot(rawNotes, rawGroups) };
}

const EMPTY: BoardCandidates = { notes: [], groups: [], ballot: wholeBoardBallot([], []) };

/** The notes (with text) and groups of a board, kept current while the caller is mounted. */
export function useBoardCandidates(doc: Y.Doc | null): BoardCandidates {
  const [candidates, setCandidates] = useState(() => (doc ? read(doc) : EMPTY));
  useEffect(() => {
    if (!doc) return;
    const update = () => setCandidates(read(doc));
    update();
    doc.on('update', update);
    return () => doc.off('update', update);
  }, [doc]);
  return candidates;
}
