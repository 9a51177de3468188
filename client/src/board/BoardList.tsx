import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createGroup, type Group } from '@mutopia/shared/board/groups';
import { useBoardUi } from '../stores/boardUi';
import { addNoteAtCenter } from './actions';
import { boardListSections } from './board-list';
import { BoardListNote } from './BoardListNote';
import { deleteGroupKeepingNotes } from './group-actions';
import { frameAt } from './group-math';
import { GroupTitleEditor } from './GroupTitleEditor';
import type { BoardSession } from './session';
import { useGroups } from './useGroups';
import { useNoteDots } from './useNoteDots';
import { useNotes } from './useNotes';
import { boundingRect } from './viewport-math';
import { useRemoteNoteAnnouncements } from './useRemoteNoteAnnouncements';

import './board-list.css';

/**
 * The board as a structured list, for the keyboard and screen readers (and
 * anyone on a small screen): groups as headings, notes as list items. It
 * reads and writes the same document through the same actions as the canvas.
 */
export function BoardList({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const notes = useNotes(session);
  const groups = useGroups(session);
  const sections = useMemo(() => boardListSections(notes.byId.values(), groups.list), [notes, groups]);
  const dots = useNoteDots();
  useRemoteNoteAnnouncements(session);
  const headingId = useId();

  const addNote = () => {
    useBoardUi.getState().clearSelection();
    addNoteAtCenter(session);
  };
  const addGroup = () => {
    useBoardUi.getState().clearSelection();
    addGroupBeside(session);
  };

  return (
    <section className="board-list" aria-labelledby={headingId} data-testid="board-list">
      <div className="board-list__top">
        <h2 id={headingId} className="board-list__heading">
          {t('boardList.heading')}
        </h2>
        <p className="board-list__intro">{t('boardList.intro')}</p>
        <div className="board-list__actions">
          <button type="button" className="button button--primary" data-testid="list-add-note" onClick={addNote}>
            {t('boardList.addNote')}
          </button>
          <button type="button" className="button button--secondary" data-testid="list-add-group" onClick={addGroup}>
            {t('boardList.addGroup')}
          </button>
        </div>
      </div>
      {sections.map(({ group, notes: members }) => (
        <ListSection key={group?.id ?? 'loose'} session={session} group={group} count={members.length}>
          {members.length === 0 ? (
            <p className="board-list__empty">{t('boardList.emptySection')}</p>
          ) : (
            <ul className="board-list__notes">
              {members.map((note) => (
                <BoardListNote key={note.id} note={note} groups={groups.list} dots={dots.get(note.id) ?? null} />
              ))}
            </ul>
          )}
        </ListSection>
      ))}
    </section>
  );
}

/** Space between the board's content and a group added from the list. */
const BESIDE = 120;

/**
 * A new, empty group to the right of everything on the board: the list has no
 * spot in view to put it, and a frame over existing notes would swallow them.
 */
function addGroupBeside(session: BoardSession): void {
  const bounds = boundingRect([...session.notes.getSnapshot().byId.values(), ...session.groups.getSnapshot().list]);
  const probe = frameAt({ x: 0, y: 0 });
  const at = bounds ? { x: bounds.x + bounds.w + BESIDE + probe.w / 2, y: bounds.y + probe.h / 2 } : { x: 0, y: 0 };
  session.undo.stopCapturing();
  const id = createGroup(session.doc, { title: '', ...frameAt(at) }, session.origin);
  if (id) useBoardUi.getState().startRenaming(id);
}

function ListSection({
  session,
  group,
  count,
  children,
}: {
  session: BoardSession;
  group: Group | null;
  count: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const renaming = useBoardUi((s) => group !== null && s.renamingGroupId === group.id);
  const title = group ? group.title.trim() || t('boardContent.groups.untitled') : t('boardList.loose');
  return (
    <section
      className="board-list__section"
      aria-labelledby={headingId}
      data-testid="list-section"
      data-group-id={group?.id}
    >
      <div className="board-list__section-head">
        {group && renaming ? (
          <>
            <h3 id={headingId} className="visually-hidden">
              {title}
            </h3>
            <GroupTitleEditor id={group.id} title={group.title} />
          </>
        ) : (
          <h3 id={headingId} className="board-list__title" tabIndex={-1} data-testid="group-head">
            {title} <span className="board-list__count">({t('boardList.noteCount', { count })})</span>
          </h3>
        )}
        {group && !renaming && (
          <span className="board-list__group-actions">
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('boardList.renameGroup', { title })}
              data-testid="list-rename-group"
              onClick={() => useBoardUi.getState().startRenaming(group.id)}
            >
              {t('boardList.edit')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('boardList.deleteGroup', { title })}
              data-testid="list-delete-group"
              onClick={() => deleteGroupKeepingNotes(session, group.id)}
            >
              {t('boardList.delete')}
            </button>
          </span>
        )}
      </div>
      {children}
    </section>
  );
}
