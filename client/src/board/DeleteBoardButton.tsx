import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { deletePlainBoard } from '../api/board-delete';
import { useBoardDeleteKeys } from '../stores/boardDeleteKeys';
import { useRecentBoards } from '../stores/recentBoards';
import './delete-board.css';

/** "Board löschen" for the browser that created this plain board; nothing for anyone else. */
export function DeleteBoardButton({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const key = useBoardDeleteKeys((s) => s.keys[boardId]);
  const forgetKey = useBoardDeleteKeys((s) => s.forget);
  const forgetRecent = useRecentBoards((s) => s.forget);
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!key) return null;

  async function remove(deleteKey: string) {
    // The browser's own dialog: focus, keyboard and screen reader come with it; Cancel is the default.
    if (!window.confirm(t('boardDelete.confirm'))) return;
    setBusy(true);
    setFailed(false);
    try {
      await deletePlainBoard(boardId, deleteKey);
      forgetKey(boardId);
      forgetRecent(boardId);
      navigate('/');
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small delete-board"
        data-testid="delete-board"
        disabled={busy}
        onClick={() => void remove(key)}
      >
        {t('boardDelete.button')}
      </button>
      {failed && (
        <span className="delete-board__error" role="alert">
          {t('boardDelete.failed')}
        </span>
      )}
    </>
  );
}
