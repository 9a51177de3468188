import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useRecentBoards } from '../stores/recentBoards';
import { BoardIcon, CloseIcon } from '../ui/icons';

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
              <li key={board.id} className="recent-list__item" data-testid="recent-board" data-board-id={board.id}>
                <Link href={`/b/${board.id}`} className="recent-list__link">
                  <span className="recent-list__icon">
                    <BoardIcon size={18} />
                  </span>
                  <span className="recent-list__text">
                    <span className="recent-list__title">{title}</span>
                    <span className="recent-list__meta">
                      {t('landing.lastOpened', { date: format.format(board.lastOpened) })}
                    </span>
                  </span>
                </Link>
                <button
                  type="button"
                  className="icon-button icon-button--quiet"
                  aria-label={t('landing.remove', { title })}
                  title={t('landing.remove', { title })}
                  onClick={() => forget(board.id)}
                >
                  <CloseIcon size={16} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p className="card__hint">{t('landing.recentHint')}</p>
    </section>
  );
}
