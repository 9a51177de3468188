import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesArchive } from '@mutopia/shared/series/series-schemas';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Wordmark } from '../app/Wordmark';
import { errorCodeOf, type ApiErrorCode } from '../api/http';
import { Loading, PageMessage } from '../workshop/components';
import { ArchiveEntryCard } from './ArchiveEntry';
import { fetchArchive } from './series-api';
import { todayIso } from './TopicPlanEditor';

import './archive.css';
/** `/a/:seriesId/:key`: the public archive of a series, read-only, by date, with links to published results. */
export function ArchivePage({ seriesId, archiveKey }: { seriesId: string; archiveKey: string }) {
  const { t } = useTranslation();
  const [archive, setArchive] = useState<SeriesArchive | null>(null);
  const [error, setError] = useState<ApiErrorCode | 'unknown' | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    fetchArchive(seriesId, archiveKey, abort.signal).then(setArchive, (cause: unknown) => {
      if (!abort.signal.aborted) setError(errorCodeOf(cause));
    });
    return () => abort.abort();
  }, [seriesId, archiveKey]);

  if (error === 'not_found' || error === 'bad_request')
    return (
      <PageMessage
        testId="archive-not-found"
        title={t('series.public.notFoundTitle')}
        text={t('series.public.notFoundText')}
      />
    );
  if (!archive) return <Loading label={error ? t(`errors.${error}`) : undefined} />;
  return <ArchiveView archive={archive} />;
}

function ArchiveView({ archive }: { archive: SeriesArchive }) {
  const { t } = useTranslation();
  useDocumentTitle(archive.title);
  const today = todayIso();
  const next = archive.entries.find((e) => e.date !== null && e.date >= today);
  const yearOf = (i: number) => archive.entries[i]?.date?.slice(0, 4);
  const manyYears = new Set(archive.entries.map((_, i) => yearOf(i))).size > 1;

  return (
    <div className="archive-page">
      <header className="archive-page__header">
        <Wordmark />
        <LanguageSwitch />
      </header>
      <main className="archive-page__main" lang={archive.locale}>
        <p className="archive-page__eyebrow">{t('series.public.eyebrow')}</p>
        <h1 className="archive-page__title" data-testid="archive-title">
          {archive.title}
        </h1>
        <p className="archive-page__intro">{t('series.public.intro')}</p>
        {archive.entries.length === 0 && <p className="card__text">{t('series.public.empty')}</p>}
        <ol className="archive-list" data-testid="archive-list">
          {archive.entries.map((entry, index) => {
            const yearHeading =
              manyYears && (index === 0 || yearOf(index) !== yearOf(index - 1)) ? yearOf(index) : null;
            const upcoming = entry.date !== null && entry.date >= today;
            const isNext = entry === next;
            return (
              <li
                key={`${entry.date}-${index}`}
                className={isNext ? 'archive-entry is-next' : 'archive-entry'}
                data-testid="archive-entry"
              >
                {yearHeading && <h2 className="archive-entry__year">{yearHeading}</h2>}
                <ArchiveEntryCard entry={entry} isNext={isNext} upcoming={upcoming} />
              </li>
            );
          })}
        </ol>
      </main>
    </div>
  );
}
