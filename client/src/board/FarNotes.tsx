import { memo, type PointerEvent } from 'react';
import type { Note } from '@mutopia/shared';
import { useBoardUi } from '../stores/boardUi';
import { raise } from './actions';
import { firstWords } from './culling';
import { dragNotes } from './note-gestures';
import type { BoardSession } from './session';

import './far-notes.css';

/**
 * Notes seen from far away: a coloured card with the first words and nothing
 * else, no hooks per note, so two thousand of them mount and paint cheaply.
 * A selected or edited note is never drawn here; the canvas draws it in full.
 */
export const FarNotes = memo(function FarNotes({ notes, session }: { notes: readonly Note[]; session: BoardSession }) {
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.stopPropagation();
    const id = e.currentTarget.dataset.noteId;
    if (!id || e.button !== 0 || session.readOnly) return;
    const ui = useBoardUi.getState();
    if (ui.activeGroupId) ui.activateGroup(null);
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      ui.toggle(id);
      return;
    }
    raise(session, [id]);
    // Selecting draws the note in full and so replaces this element: only once the press is over.
    const select = () => useBoardUi.getState().select([id]);
    dragNotes(e, session, [id], select, select);
  };
  return notes.map((note) => (
    <div
      key={note.id}
      className={`note-far note--${note.color}`}
      style={{ transform: `translate(${note.x}px, ${note.y}px)`, width: note.w, height: note.h, zIndex: note.z }}
      aria-hidden="true"
      data-testid="note"
      data-far=""
      data-note-id={note.id}
      data-color={note.color}
      onPointerDown={session.readOnly ? undefined : onPointerDown}
      onDoubleClick={
        session.readOnly
          ? undefined
          : (e) => {
              e.stopPropagation();
              useBoardUi.getState().startEditing(note.id);
            }
      }
    >
      {firstWords(note.text)}
    </div>
  ));
});
