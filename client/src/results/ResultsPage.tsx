import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { WorkshopResults } from '@mutopia/shared/results/results-schema';
import { errorCodeOf, type ApiErrorCode } from '../api/http';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useWorkshopAccess } from '../stores/workshopAccess';
import { ArrowLeftIcon } from '../ui/icons';
import { Loading, PageMessage } from '../workshop/components';
import { facilitatorPath, stationPath } from '../workshop/links';
import { fetchResults } from './results-api';
import { ResultsToolbar } from './ResultsToolbar';
import { ResultsView } from './ResultsView';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; results: WorkshopResults }
  | { state: 'failed'; code: ApiErrorCode | 'unknown' };

/** `/w/:id/results`: the results page for facilitators, with publishing, exports and printing. */
export function ResultsPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const token = useWorkshopAccess((s) => s.workshops[workshopId]?.facilitator?.token ?? null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    setLoad({ state: 'loading' });
    fetchResults(workshopId, token, abort.signal).then(
      (results) => setLoad({ state: 'ready', results }),
      (cause: unknown) => {
        if (!abort.signal.aborted) setLoad({ state: 'failed', code: errorCodeOf(cause) });
      },
    );
    return () => abort.abort();
  }, [workshopId, token, attempt]);

  const title = load.state === 'ready' ? load.results.workshop.title : undefined;
  useDocumentTitle(title ? t('results.documentTitle', { title }) : t('results.title'));

  const backLink = (
    <Link href={facilitatorPath(workshopId)} className="button button--primary">
      {t('results.backToConsole')}
    </Link>
  );
  if (!token || (load.state === 'failed' && (load.code === 'unauthorized' || load.code === 'forbidden'))) {
    return (
      <PageMessage testId="results-no-access" title={t('results.noAccessTitle')} text={t('results.noAccessText')}>
        {backLink}
      </PageMessage>
    );
  }
  if (load.state === 'failed') {
    return (
      <PageMessage testId="results-failed" title={t('results.loadFailed')} text={t(`errors.${load.code}`)}>
        <button type="button" className="button button--primary" onClick={retry}>
          {t('results.retry')}
        </button>
      </PageMessage>
    );
  }
  if (load.state === 'loading') return <Loading label={t('results.loading')} />;

  const { results } = load;
  return (
    <div className="results-page">
      <header className="results-bar no-print">
        <Link href={facilitatorPath(workshopId)} className="board-header__back" data-testid="results-back">
          <ArrowLeftIcon size={18} />
          <span>{t('results.backToConsole')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main>
        <ResultsView
          results={results}
          eyebrow={t('results.title')}
          toolbar={<ResultsToolbar workshopId={workshopId} token={token} />}
          after={
            results.stations.length > 0 && (
              <section
                className="results-section no-print"
                aria-labelledby="results-boards"
                data-testid="results-boards"
              >
                <h2 id="results-boards" className="results-section__title">
                  {t('results.sections.boards')}
                </h2>
                <p className="result-muted">{t('results.boards.intro')}</p>
                <ul className="result-boards">
                  {results.stations.map((s) => (
                    <li key={s.id}>
                      <Link
                        href={stationPath(workshopId, s.id)}
                        aria-label={t('results.boards.open', { station: s.name })}
                      >
                        {s.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            )
          }
        />
      </main>
    </div>
  );
}
