import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '@mutopia/shared/board/groups';
import { useBoardUi } from '../stores/boardUi';
import { PencilIcon, TrashIcon } from '../ui/icons';
import { deleteGroupKeepingNotes, nudgeGroup } from './group-actions';
import { GroupTitleEditor } from './GroupTitleEditor';
import { dragGroup, resizeGroup } from './note-gestures';
import { useBoardSession } from './session';

const NUDGE = 10;
const NUDGE_FAST = 50;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

interface GroupFrameProps {
  group: Group;
  memberCount: number;
}

/**
 * A named frame drawn below the notes. Only its title bar, buttons and resize
 * corner take the pointer: the inside stays board, so panning, selecting and
 * double-click-to-create work across it.
 */
export const GroupFrame = memo(function GroupFrame({ group, memberCount }: GroupFrameProps) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const active = useBoardUi((s) => s.activeGroupId === group.id);
  const renaming = useBoardUi((s) => s.renamingGroupId === group.id);
  const dropTarget = useBoardUi((s) => s.dropTargetId === group.id);
  const readOnly = session.readOnly;
  const title = group.title.trim() || t('boardContent.groups.untitled');
  const hintId = `group-hint-${group.id}`;

  const activate = () => {
    const ui = useBoardUi.getState();
    ui.clearSelection();
    ui.activateGroup(group.id);
  };

  const onHeadPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (renaming || e.button !== 0) return;
    activate();
    dragGroup(e, session, group.id, () => undefined);
  };

  const onResizeDown = (e: PointerEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.button !== 0) return;
    activate();
    resizeGroup(e, session, group.id);
  };

  const onHeadKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const arrow = ARROWS[e.key];
    if (arrow) {
      e.preventDefault();
      const step = e.shiftKey ? NUDGE_FAST : NUDGE;
      nudgeGroup(session, group.id, arrow[0] * step, arrow[1] * step, e.repeat);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      useBoardUi.getState().startRenaming(group.id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      deleteGroupKeepingNotes(session, group.id);
    }
  };

  const classes = ['group-frame', `note--${group.color}`];
  if (active) classes.push('is-active');
  if (dropTarget) classes.push('is-drop-target');
  if (readOnly) classes.push('is-read-only');

  return (
    <div
      className={classes.join(' ')}
      style={{ transform: `translate(${group.x}px, ${group.y}px)`, width: group.w, height: group.h }}
      data-testid="group"
      data-group-id={group.id}
      data-title={group.title}
    >
      <div
        className="group-frame__head"
        tabIndex={readOnly || renaming ? undefined : 0}
        role={readOnly || renaming ? undefined : 'button'}
        aria-roledescription={readOnly || renaming ? undefined : t('boardContent.groups.roleDescription')}
        aria-label={readOnly || renaming ? undefined : t('boardContent.groups.label', { title, count: memberCount })}
        aria-describedby={readOnly || renaming ? undefined : hintId}
        data-testid="group-head"
        onPointerDown={readOnly ? undefined : onHeadPointerDown}
        onDoubleClick={
          readOnly
            ? undefined
            : (e) => {
                e.stopPropagation();
                useBoardUi.getState().startRenaming(group.id);
              }
        }
        onKeyDown={readOnly ? undefined : onHeadKeyDown}
        onFocus={readOnly ? undefined : (e) => e.target === e.currentTarget && activate()}
      >
        {renaming ? (
          <GroupTitleEditor id={group.id} title={group.title} />
        ) : (
          <>
            <span className="group-frame__title">{title}</span>
            <span className="group-frame__count" aria-hidden="true">
              {memberCount}
            </span>
          </>
        )}
      </div>
      {!readOnly && (
        <>
          <span id={hintId} hidden>
            {t('boardContent.groups.hint')}
          </span>
          {active && !renaming && (
            <div className="group-frame__tools">
              <button
                type="button"
                className="group-frame__tool"
                aria-label={t('boardContent.groups.rename', { title })}
                title={t('boardContent.groups.rename', { title })}
                data-testid="group-rename"
                onPointerDown={(e) => e.stopPropagation()}
                onClick={() => useBoardUi.getState().startRenaming(group.id)}
              >
                <PencilIcon size={18} />
              </button>
              <button
                type="button"
                className="group-frame__tool"
                aria-label={t('boardContent.groups.delete', { title })}
                title={t('boardContent.groups.delete', { title })}
                data-testid="group-delete"
                onPointerDown={(e) => e.stopPropagation()}
                onClick={() => deleteGroupKeepingNotes(session, group.id)}
              >
                <TrashIcon size={18} />
              </button>
            </div>
          )}
          <div
            className="group-frame__resize"
            title={t('boardContent.groups.resize')}
            aria-hidden="true"
            onPointerDown={onResizeDown}
          />
        </>
      )}
    </div>
  );
});
