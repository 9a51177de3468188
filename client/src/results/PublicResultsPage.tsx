import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopResults } from '@mutopia/shared/results/results-schema';
import { errorCodeOf, type ApiErrorCode } from '../api/http';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Wordmark } from '../app/Wordmark';
import { i18next } from '../i18n/i18n';
import { Loading, PageMessage } from '../workshop/components';
import { PublicDownloads } from './PublicDownloads';
import { fetchPublicResults } from './results-api';
import { ResultsView } from './ResultsView';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; results: WorkshopResults }
  | { state: 'failed'; code: ApiErrorCode | 'unknown' };

/** Where i18n keeps the reader's language (see i18n.ts). */
const LANGUAGE_KEY = 'mutopia-language';

/**
 * Shows the page in the workshop's language without making it the reader's
 * language elsewhere in the app: i18next stores every change, so the stored
 * choice is put back afterwards.
 */
function showInLanguage(locale: string): void {
  let previous: string | null = null;
  try {
    previous = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage blocked: nothing to put back.
  }
  void i18next.changeLanguage(locale).then(() => {
    try {
      if (previous === null) localStorage.removeItem(LANGUAGE_KEY);
      else localStorage.setItem(LANGUAGE_KEY, previous);
    } catch {
      // As above.
    }
  });
}

/**
 * `/r/:workshopId/:key`: the published results, read-only and without signing
 * in. Shown in the workshop's language; the reader can switch.
 */
export function PublicResultsPage({ workshopId, linkKey }: { workshopId: string; linkKey: string }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    fetchPublicResults(workshopId, linkKey, abort.signal).then(
      (results) => {
        if (i18next.resolvedLanguage !== results.workshop.locale) showInLanguage(results.workshop.locale);
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
      <main>
        <ResultsView
          results={load.results}
          eyebrow={t('results.public.eyebrow')}
          toolbar={<PublicDownloads workshopId={workshopId} linkKey={linkKey} />}
        />
      </main>
    </div>
  );
}
