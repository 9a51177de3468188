import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { RecentListItem } from '../landing/RecentListItem';
import { BoardIcon } from '../ui/icons';
import { NEW_SERIES_PATH, seriesPath } from './links';
import { useSeriesAccess } from './seriesAccess';

import './series-card.css';
/** Landing page: start a series (seed 004) and reopen the ones this browser holds a token for. */
export function SeriesCard() {
  const { t, i18n } = useTranslation();
  const series = useSeriesAccess((s) => s.series);
  const forget = useSeriesAccess((s) => s.forget);
  const list = Object.values(series)
    .filter((s) => s.token)
    .sort((a, b) => b.lastOpened - a.lastOpened);
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' });
  return (
    <section className="card card--series" aria-labelledby="series-card-heading" data-testid="series-card">
      <h2 id="series-card-heading" className="card__title">
        {t('series.card.heading')}
      </h2>
      <p className="card__text">{t('series.card.text')}</p>
      <Link href={NEW_SERIES_PATH} className="button button--secondary" data-testid="create-series-link">
        {t('series.card.create')}
      </Link>
      {list.length > 0 && (
        <ul className="recent-list series-card__list" data-testid="your-series">
          {list.map((record) => {
            const title = record.title || t('series.card.untitled');
            return (
              <RecentListItem
                key={record.id}
                href={seriesPath(record.id)}
                icon={<BoardIcon size={18} />}
                title={title}
                meta={t('landing.lastOpened', { date: format.format(record.lastOpened) })}
                removeLabel={t('series.card.forget', { title })}
                onRemove={() => forget(record.id)}
                data={{ 'data-testid': 'your-series-item', 'data-series-id': record.id }}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
