import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopResults } from '@mutopia/shared/results/results-schema';
import { errorCodeOf, type ApiErrorCode } from '../api/http';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Wordmark } from '../app/Wordmark';
import { i18next } from '../i18n/i18n';
import { Loading, PageMessage } from '../workshop/components';
import { fetchPublicResults } from './results-api';
import { ResultsView } from './ResultsView';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; results: WorkshopResults }
  | { state: 'failed'; code: ApiErrorCode | 'unknown' };

/** Where i18n keeps an explicit language choice (see i18n.ts). */
const LANGUAGE_KEY = 'mutopia-language';

/**
 * `/r/:workshopId/:key`: the published results, read-only and without signing
 * in. Shown in the workshop's language unless the reader has chosen one.
 */
export function PublicResultsPage({ workshopId, linkKey }: { workshopId: string; linkKey: string }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    fetchPublicResults(workshopId, linkKey, abort.signal).then(
      (results) => {
        let chosen: string | null = null;
        try {
          chosen = localStorage.getItem(LANGUAGE_KEY);
        } catch {
          // Storage blocked: follow the workshop.
        }
        if (!chosen && i18next.resolvedLanguage !== results.workshop.locale) {
          // i18next stores the change as if the reader had chosen it; it was the workshop's, so forget it again.
          void i18next.changeLanguage(results.workshop.locale).then(() => {
            try {
              localStorage.removeItem(LANGUAGE_KEY);
            } catch {
              // Nothing was stored then either.
            }
          });
        }
        setLoad({ state: 'ready', results });
      },
      (cause: unknown) => {
        if (!abort.signal.aborted) setLoad({ state: 'failed', code: errorCodeOf(cause) });
      },
    );
    return () => abort.abort();
  }, [workshopId, linkKey]);

  const title = load.state === 'ready' ? load.results.workshop.title : undefined;
  useDocumentTitle(title ? t('results.documentTitle', { title }) : t('results.title'));

  if (load.state === 'loading') return <Loading label={t('results.loading')} />;
  if (load.state === 'failed') {
    const gone = load.code === 'not_found' || load.code === 'bad_request';
    return (
      <PageMessage
        testId="public-results-gone"
        title={gone ? t('results.public.goneTitle') : t('results.loadFailed')}
        text={gone ? t('results.public.goneText') : t(`errors.${load.code}`)}
      />
    );
  }
  return (
    <div className="results-page results-page--public">
      <header className="results-bar no-print">
        <Wordmark compact />
        <LanguageSwitch />
      </header>
      <ResultsView results={load.results} eyebrow={t('results.public.eyebrow')} />
    </div>
  );
}
