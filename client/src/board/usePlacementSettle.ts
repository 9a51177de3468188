import { useEffect } from 'react';
import type * as Y from 'yjs';
import { notesOf, updateNotes, type NotePatch } from '@mutopia/shared';
import { fitMembership } from './group-actions';
import { settleConcurrent } from './note-placement';
import type { BoardSession } from './session';

/**
 * Notes added at the same moment on other phones may have landed where this
 * person's new note is. When their notes arrive (or move), this person's
 * still-unmoved new notes that were made later step aside; the other client
 * runs the same rule for its own notes, so exactly one of each pair moves.
 * Quiet origin: making room is not something anyone wants to undo.
 */
export function usePlacementSettle(session: BoardSession): void {
  useEffect(() => {
    if (session.readOnly) return;
    // Spreads clients that step aside at the same moment over different spots.
    const pick = session.doc.clientID % 3;
    let queued = false;
    const settle = () => {
      queued = false;
      const { byId } = session.notes.getSnapshot();
      for (const [id, at] of session.placed) {
        const note = byId.get(id);
        if (!note || note.x !== at.x || note.y !== at.y) session.placed.delete(id);
      }
      if (session.placed.size === 0) return;
      const moves = settleConcurrent(session.placed, [...byId.values()], { pick });
      if (moves.size === 0) return;
      const patches = new Map<string, NotePatch>();
      for (const [id, p] of moves) {
        const spot = { x: Math.round(p.x), y: Math.round(p.y) };
        patches.set(id, spot);
        session.placed.set(id, spot);
      }
      updateNotes(session.doc, patches, session.quietOrigin);
      fitMembership(session, [...moves.keys()], session.quietOrigin);
    };
    const onChange = (_events: unknown, transaction: Y.Transaction) => {
      if (transaction.local || session.placed.size === 0 || queued) return;
      queued = true;
      // Not inside the observer: the remote transaction is still being applied.
      queueMicrotask(settle);
    };
    const notes = notesOf(session.doc);
    notes.observeDeep(onChange);
    return () => notes.unobserveDeep(onChange);
  }, [session]);
}
