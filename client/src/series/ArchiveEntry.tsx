import { useTranslation } from 'react-i18next';
import type { SeriesArchiveEntry } from '@mutopia/shared/series/series-schemas';
import { formatDate } from './format';

interface ArchiveEntryProps {
  entry: SeriesArchiveEntry;
  isNext: boolean;
  upcoming: boolean;
}

/** One date of the public archive: when and where, the topic (or "Thema folgt"), and its results once published. */
export function ArchiveEntryCard({ entry, isNext, upcoming }: ArchiveEntryProps) {
  const { t, i18n } = useTranslation();
  const topic = entry.topic ?? t('series.public.topicOpen');
  const time =
    entry.startTime && entry.endTime
      ? t('series.public.timeRange', { start: entry.startTime, end: entry.endTime })
      : entry.startTime
        ? t('series.public.timeFrom', { start: entry.startTime })
        : null;
  return (
    <div className="archive-entry__card">
      <div className="archive-entry__when">
        <time className="archive-entry__date" dateTime={entry.date ?? undefined}>
          {entry.date ? formatDate(entry.date, i18n.resolvedLanguage, 'long') : t('series.public.noDate')}
        </time>
        {time && (
          <span className="archive-entry__time" data-testid="archive-time">
            {time}
          </span>
        )}
      </div>
      <div className="archive-entry__what">
        <span className={entry.topic ? 'archive-entry__topic' : 'archive-entry__topic is-open'}>{topic}</span>
        {entry.place && (
          <span className="archive-entry__place" data-testid="archive-place">
            {entry.place}
          </span>
        )}
        {/* The link of a past date leads nowhere any more: only coming dates offer it. */}
        {entry.onlineUrl && upcoming && (
          <a
            className="archive-entry__online"
            href={entry.onlineUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="archive-online"
          >
            {t('series.public.online')}
            <span className="visually-hidden">: {topic}</span>
          </a>
        )}
      </div>
      {entry.resultsPath ? (
        <a className="button button--primary button--small archive-entry__link" href={entry.resultsPath}>
          {t('series.public.results')}
          <span className="visually-hidden">: {topic}</span>
        </a>
      ) : (
        <span className="archive-entry__status">
          {isNext ? t('series.public.next') : upcoming ? t('series.public.planned') : t('series.public.pending')}
        </span>
      )}
    </div>
  );
}
