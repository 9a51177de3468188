import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import { BoardCanvas } from './BoardCanvas';
import { BoardHeader } from './BoardHeader';
import { KeyboardHelp } from './KeyboardHelp';
import { Toolbar } from './Toolbar';
import { BoardSessionContext, type BoardSession } from './session';
import { useBoardConnection } from './useBoardConnection';
import { useBoardTitle } from './useBoardTitle';
import { useDisplayIdentity } from './useDisplayIdentity';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useLocalPresence } from './useAwareness';

interface BoardViewProps {
  boardId: string;
  restTitle: string | undefined;
  openedOffline: boolean;
}

export function BoardView({ boardId, restTitle, openedOffline }: BoardViewProps) {
  const { t } = useTranslation();
  const session = useBoardConnection(boardId);
  const title = useBoardTitle(session, boardId, restTitle) || t('board.untitled');
  useDocumentTitle(title);

  // Selection and view belong to this board only; the next board starts fresh.
  useEffect(
    () => () => {
      useBoardUi.getState().reset();
      useViewportStore.getState().reset();
    },
    [],
  );

  return (
    <div className="board-page">
      <BoardHeader boardId={boardId} title={title} session={session} />
      {openedOffline && (
        <p className="board-banner" role="note">
          {t('board.offlineOpen')}
        </p>
      )}
      {session ? (
        <BoardSessionContext.Provider value={session}>
          <BoardWorkspace session={session} />
        </BoardSessionContext.Provider>
      ) : (
        <div className="page-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('board.loading')}
        </div>
      )}
    </div>
  );
}

function BoardWorkspace({ session }: { session: BoardSession }) {
  const identity = useDisplayIdentity();
  useLocalPresence(session, identity.name, identity.color);
  useKeyboardShortcuts(session);
  return (
    <div className="board-workspace">
      <BoardCanvas session={session} />
      <Toolbar session={session} />
      <KeyboardHelp />
    </div>
  );
}
