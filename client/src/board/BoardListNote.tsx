import { memo, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteNotes, type Note } from '@mutopia/shared';
import type { Group } from '@mutopia/shared/board/groups';
import { useBoardUi } from '../stores/boardUi';
import { assignSelectionToGroup } from './group-actions';
import { NoteEditor } from './NoteEditor';
import { useBoardSession } from './session';
import { inkOn } from './team-ink';
import { NoteTeamsContext } from './useNoteTeams';

/** Enough of a note's text to tell it apart in a button's name. */
function short(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/**
 * One note in the list view: its text (or its editor), who wrote it, its dots
 * once a vote is revealed, and buttons for what the canvas does with the pointer.
 */
export const BoardListNote = memo(function BoardListNote({
  note,
  groups,
  dots,
}: {
  note: Note;
  groups: readonly Group[];
  dots: number | null;
}) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const editing = useBoardUi((s) => s.editingId === note.id);
  const team = useContext(NoteTeamsContext).get(note.teamId ?? '');
  const name = short(note.text) || t('boardList.emptyNote');
  const groupId = note.groupId !== undefined && groups.some((g) => g.id === note.groupId) ? note.groupId : '';

  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // A new note opens for typing wherever it sorts in; bring it into view.
    if (editing) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [editing]);

  const toggleEditing = () => {
    const ui = useBoardUi.getState();
    if (editing) ui.stopEditing();
    else ui.startEditing(note.id);
  };
  const moveTo = (target: string) => {
    // The canvas's keyboard way to group, on this note alone.
    useBoardUi.getState().select([note.id]);
    assignSelectionToGroup(session, target === '' ? null : target);
    // The note now sorts under another heading (a new element): keep the keyboard on its group field.
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(
          `[data-testid="list-note"][data-note-id="${note.id}"] [data-testid="list-note-group"]`,
        )
        ?.focus(),
    );
  };
  const remove = () => {
    session.undo.stopCapturing();
    deleteNotes(session.doc, [note.id], session.origin);
    // The list item goes with its note: the add button keeps the keyboard in the list.
    document.querySelector<HTMLElement>('[data-testid="list-add-note"]')?.focus();
  };

  return (
    <li ref={item} className="board-list__note" tabIndex={-1} data-note-id={note.id} data-testid="list-note">
      <div className={`board-list__swatch note--${note.color}`} aria-hidden="true" />
      <div className="board-list__body">
        {editing ? (
          <NoteEditor id={note.id} text={note.text} />
        ) : (
          <p className="board-list__text" data-testid="list-note-text">
            {note.text.trim() || t('boardList.emptyNote')}
          </p>
        )}
        <p className="board-list__meta">
          {team && (
            <span
              className="board-list__team"
              style={{ background: team.color, color: inkOn(team.color) }}
              data-testid="list-note-team"
            >
              {t('boardList.byTeam', { team: team.name })}
            </span>
          )}
          {dots !== null && (
            <span className="board-list__dots" data-testid="list-note-dots" data-dots={dots}>
              <span aria-hidden="true">{'●'.repeat(Math.min(dots, 10))} </span>
              {t('boardList.dots', { count: dots })}
            </span>
          )}
        </p>
      </div>
      {!session.readOnly && (
        <div className="board-list__controls">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={editing ? t('boardList.done') : t('boardList.editNote', { text: name })}
            data-testid="list-edit-note"
            // Leaving the editor by Tab lands here; the button must stay put while the editor closes.
            onMouseDown={(e) => e.preventDefault()}
            onClick={toggleEditing}
          >
            {editing ? t('boardList.done') : t('boardList.edit')}
          </button>
          {groups.length > 0 && (
            <select
              className="board-list__group"
              aria-label={t('boardList.moveToNote', { text: name })}
              value={groupId}
              data-testid="list-note-group"
              onChange={(e) => moveTo(e.currentTarget.value)}
            >
              <option value="">{t('boardList.loose')}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title.trim() || t('boardContent.groups.untitled')}
                </option>
              ))}
            </select>
          )}
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('boardList.deleteNote', { text: name })}
            data-testid="list-delete-note"
            onClick={remove}
          >
            {t('boardList.delete')}
          </button>
        </div>
      )}
    </li>
  );
});
