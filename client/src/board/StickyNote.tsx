import { memo, type CSSProperties, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@mutopia/shared';
import type { Team } from '@mutopia/shared/workshop/definition';
import { useBoardUi } from '../stores/boardUi';
import { raise } from './actions';
import { dragNotes, resizeNote } from './note-gestures';
import { NoteEditor } from './NoteEditor';
import { useBoardSession } from './session';
import { inkOn } from './team-ink';

import './note-team.css';

interface StickyNoteProps {
  note: Note;
  /** Colour and names of other people who have this note selected. */
  remoteColor?: string | undefined;
  remoteNames?: string | undefined;
  /** Title of the group the note is in, for screen readers. */
  groupTitle?: string | undefined;
  /** The team that wrote the note, when the board is shared by several teams. */
  team?: Team | undefined;
}

const LABEL_CHARS = 160;

export const StickyNote = memo(function StickyNote({
  note,
  remoteColor,
  remoteNames,
  groupTitle,
  team,
}: StickyNoteProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const selected = useBoardUi((s) => s.selected.has(note.id));
  const editing = useBoardUi((s) => s.editingId === note.id);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (editing || e.button !== 0) return;
    const ui = useBoardUi.getState();
    if (ui.activeGroupId) ui.activateGroup(null);
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      ui.toggle(note.id);
      return;
    }
    const wasSelected = ui.selected.has(note.id);
    if (!wasSelected) ui.select([note.id]);
    const ids = wasSelected ? [...ui.selected] : [note.id];
    raise(session, ids);
    // A plain click inside a multi-selection narrows it to this note.
    dragNotes(e, session, ids, () => {
      if (wasSelected && ids.length > 1) useBoardUi.getState().select([note.id]);
    });
  };

  const onResizeDown = (e: PointerEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.button !== 0) return;
    useBoardUi.getState().select([note.id]);
    raise(session, [note.id]);
    resizeNote(e, session, note.id);
  };

  const text = note.text.trim();
  const label = text ? t('note.label', { text: text.slice(0, LABEL_CHARS) }) : t('note.empty');
  const remoteLabel = remoteNames ? t('note.selectedBy', { names: remoteNames }) : '';
  const byTeam = team ? t('boardLayout.byTeam', { team: team.name }) : '';
  const style = {
    transform: `translate(${note.x}px, ${note.y}px)`,
    width: note.w,
    height: note.h,
    zIndex: note.z,
    '--remote-color': remoteColor,
  } as CSSProperties;

  const classes = ['note', `note--${note.color}`];
  if (session.readOnly) classes.push('is-read-only');
  if (selected) classes.push('is-selected');
  if (editing) classes.push('is-editing');
  if (remoteColor) classes.push('is-remote-selected');
  if (team) classes.push('note--signed');

  return (
    <div
      className={classes.join(' ')}
      style={style}
      tabIndex={session.readOnly ? undefined : 0}
      role={session.readOnly ? 'note' : editing ? 'group' : 'button'}
      aria-roledescription={t('note.roleDescription')}
      aria-label={[label, byTeam, remoteLabel].filter(Boolean).join('. ')}
      aria-pressed={editing || session.readOnly ? undefined : selected}
      aria-description={groupTitle ? t('boardContent.groups.inGroup', { title: groupTitle }) : undefined}
      data-in-group={groupTitle ? note.groupId : undefined}
      data-testid="note"
      data-note-id={note.id}
      data-color={note.color}
      data-selected={selected || undefined}
      data-team-id={note.teamId}
      // Read-only: the pointer goes through to the canvas, which only pans and zooms.
      onPointerDown={session.readOnly ? undefined : onPointerDown}
      onDoubleClick={
        session.readOnly
          ? undefined
          : (e) => {
              e.stopPropagation();
              useBoardUi.getState().startEditing(note.id);
            }
      }
      onFocus={(e) => {
        if (e.target === e.currentTarget && useBoardUi.getState().activeGroupId) {
          useBoardUi.getState().activateGroup(null);
        }
        // Tabbing onto a note selects it, so the keyboard can act on it right away.
        if (
          e.target === e.currentTarget &&
          e.currentTarget.matches(':focus-visible') &&
          !useBoardUi.getState().selected.has(note.id)
        ) {
          useBoardUi.getState().select([note.id]);
        }
      }}
    >
      {editing ? <NoteEditor id={note.id} text={note.text} /> : <div className="note__text">{note.text}</div>}
      {team && (
        <span
          className="note__team"
          style={{ background: team.color, color: inkOn(team.color) }}
          data-testid="note-team"
          aria-hidden="true"
        >
          {team.name}
        </span>
      )}
      {remoteNames && (
        <span className="note__remote-tag" aria-hidden="true">
          {remoteNames}
        </span>
      )}
      {!editing && !session.readOnly && (
        <div className="note__resize" title={t('note.resize')} aria-hidden="true" onPointerDown={onResizeDown} />
      )}
    </div>
  );
});
