import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readNotes } from '@mutopia/shared/board/board-doc';
import { readGroups } from '@mutopia/shared/board/groups';
import type { VoteItemRef } from '@mutopia/shared/votes/vote-schemas';

export interface Candidate extends VoteItemRef {
  kind: 'note' | 'group';
  label: string;
}

function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function read(doc: Y.Doc): { notes: Candidate[]; groups: Candidate[] } {
  // Reading order (top to bottom, left to right) is the order people see on the board.
  const notes = readNotes(doc)
    .filter((n) => n.text.trim() !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((n): Candidate => ({ kind: 'note', id: n.id, label: firstLine(n.text) }));
  const groups = readGroups(doc)
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((g): Candidate => ({ kind: 'group', id: g.id, label: firstLine(g.title) }));
  return { notes, groups };
}

/** The notes (with text) and groups of a board, kept current while the caller is mounted. */
export function useBoardCandidates(doc: Y.Doc | null): { notes: Candidate[]; groups: Candidate[] } {
  const [candidates, setCandidates] = useState(() => (doc ? read(doc) : { notes: [], groups: [] }));
  useEffect(() => {
    if (!doc) return;
    const update = () => setCandidates(read(doc));
    update();
    doc.on('update', update);
    return () => doc.off('update', update);
  }, [doc]);
  return candidates;
}
