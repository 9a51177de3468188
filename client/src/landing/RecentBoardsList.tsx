import { useTranslation } from 'react-i18next';
import { useRecentBoards } from '../stores/recentBoards';
import { BoardIcon } from '../ui/icons';
import { RecentListItem } from './RecentListItem';

export function RecentBoardsList() {
  const { t, i18n } = useTranslation();
  const boards = useRecentBoards((s) => s.boards);
  const forget = useRecentBoards((s) => s.forget);
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="card card--recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="card__title">
        {t('landing.recentHeading')}
      </h2>
      {boards.length === 0 ? (
        <p className="card__text card__text--muted">{t('landing.recentEmpty')}</p>
      ) : (
        <ul className="recent-list" data-testid="recent-boards">
          {boards.map((board) => {
            const title = board.title || t('board.untitled');
            return (
              <RecentListItem
                key={board.id}
                href={`/b/${board.id}`}
                icon={<BoardIcon size={18} />}
                title={title}
                meta={t('landing.lastOpened', { date: format.format(board.lastOpened) })}
                removeLabel={t('landing.remove', { title })}
                onRemove={() => forget(board.id)}
                data={{ 'data-testid': 'recent-board', 'data-board-id': board.id }}
              />
            );
          })}
        </ul>
      )}
      <p className="card__hint">{t('landing.recentHint')}</p>
    </section>
  );
}
