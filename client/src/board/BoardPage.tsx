import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardIdSchema, type BoardMeta } from '@mutopia/shared';
import { ApiError, fetchBoard } from '../api/http';
import { NotFoundPage } from '../app/NotFoundPage';
import { useRecentBoards } from '../stores/recentBoards';
import { BoardView } from './BoardView';

type Lookup =
  | { state: 'loading' }
  | { state: 'found'; meta: BoardMeta }
  /** The server could not be asked: open from the local copy and sync later. */
  | { state: 'unreachable' }
  | { state: 'missing' };

export function BoardPage({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const valid = boardIdSchema.safeParse(boardId).success;
  const [lookup, setLookup] = useState<Lookup>({ state: valid ? 'loading' : 'missing' });
  const remember = useRecentBoards((s) => s.remember);

  useEffect(() => {
    if (!valid) return;
    const controller = new AbortController();
    fetchBoard(boardId, controller.signal).then(
      (meta) => {
        remember(meta.id, meta.title);
        setLookup({ state: 'found', meta });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === 'not_found') {
          setLookup({ state: 'missing' });
        } else {
          remember(boardId, '');
          setLookup({ state: 'unreachable' });
        }
      },
    );
    return () => controller.abort();
  }, [boardId, valid, remember]);

  switch (lookup.state) {
    case 'missing':
      return <NotFoundPage kind="board" />;
    case 'loading':
      return (
        <div className="page-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('board.loading')}
        </div>
      );
    default:
      return (
        <BoardView
          boardId={boardId}
          restTitle={lookup.state === 'found' ? lookup.meta.title : undefined}
          openedOffline={lookup.state === 'unreachable'}
        />
      );
  }
}
