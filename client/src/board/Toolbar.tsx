import { useTranslation } from 'react-i18next';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import {
  FitIcon,
  GroupIcon,
  KeyboardIcon,
  PlusNoteIcon,
  RedoIcon,
  TrashIcon,
  UndoIcon,
  ZoomInIcon,
  ZoomOutIcon,
} from '../ui/icons';
import { addNoteAtCenter, deleteSelection, fitView, redo, undo, zoomIn, zoomOut } from './actions';
import { IconButton } from '../ui/IconButton';
import { ColorPalette } from './ColorPalette';
import { ExportPngButton } from './ExportPngButton';
import { createGroupFromSelection } from './group-actions';
import { GroupMenu } from './GroupMenu';
import { TidyButton } from './TidyButton';
import type { BoardSession } from './session';
import { useUndoState } from './useUndoState';
import { MAX_SCALE, MIN_SCALE } from './viewport-math';

export function Toolbar({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const { canUndo, canRedo } = useUndoState(session);
  const hasSelection = useBoardUi((s) => s.selected.size > 0);
  const helpOpen = useBoardUi((s) => s.helpOpen);
  const scale = useViewportStore((s) => s.viewport.scale);
  const percent = Math.round(scale * 100);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="toolbar">
      <button
        type="button"
        className="toolbar__button toolbar__button--primary"
        aria-label={t('toolbar.addNoteLabel')}
        title={t('toolbar.addNoteLabel')}
        data-testid="add-note"
        onClick={() => addNoteAtCenter(session)}
      >
        <PlusNoteIcon />
        <span className="toolbar__text">{t('toolbar.addNote')}</span>
      </button>
      <button
        type="button"
        className="toolbar__button"
        aria-label={t('boardContent.groups.createLabel')}
        title={t('boardContent.groups.createLabel')}
        data-testid="add-group"
        onClick={() => createGroupFromSelection(session)}
      >
        <GroupIcon />
        <span className="toolbar__text">{t('boardContent.groups.create')}</span>
      </button>
      <GroupMenu session={session} />
      <TidyButton session={session} />
      <span className="toolbar__divider" aria-hidden="true" />
      <ColorPalette session={session} />
      <IconButton
        label={t('toolbar.delete')}
        testId="delete-selection"
        disabled={!hasSelection}
        onClick={() => deleteSelection(session)}
      >
        <TrashIcon />
      </IconButton>
      <span className="toolbar__divider" aria-hidden="true" />
      <IconButton label={t('toolbar.undo')} testId="undo" disabled={!canUndo} onClick={() => undo(session)}>
        <UndoIcon />
      </IconButton>
      <IconButton label={t('toolbar.redo')} testId="redo" disabled={!canRedo} onClick={() => redo(session)}>
        <RedoIcon />
      </IconButton>
      <span className="toolbar__divider" aria-hidden="true" />
      <IconButton label={t('toolbar.zoomOut')} testId="zoom-out" disabled={scale <= MIN_SCALE + 1e-6} onClick={zoomOut}>
        <ZoomOutIcon />
      </IconButton>
      <output
        className="toolbar__zoom"
        aria-live="off"
        data-testid="zoom-level"
        aria-label={t('toolbar.zoomLevel', { percent })}
      >
        {percent} %
      </output>
      <IconButton label={t('toolbar.zoomIn')} testId="zoom-in" disabled={scale >= MAX_SCALE - 1e-6} onClick={zoomIn}>
        <ZoomInIcon />
      </IconButton>
      <IconButton label={t('toolbar.zoomFit')} testId="zoom-fit" onClick={() => fitView(session)}>
        <FitIcon />
      </IconButton>
      <span className="toolbar__divider" aria-hidden="true" />
      <ExportPngButton session={session} />
      <span className="toolbar__divider" aria-hidden="true" />
      <button
        type="button"
        className="toolbar__button"
        aria-label={t('toolbar.help')}
        title={t('toolbar.help')}
        aria-expanded={helpOpen}
        aria-controls="keyboard-help"
        data-testid="help-toggle"
        onClick={() => useBoardUi.getState().setHelpOpen(!helpOpen)}
      >
        <KeyboardIcon />
      </button>
    </div>
  );
}
