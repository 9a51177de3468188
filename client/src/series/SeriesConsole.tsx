import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ArrowLeftIcon } from '../ui/icons';
import { Loading, PageMessage } from '../workshop/components';
import { ArchivePanel } from './ArchivePanel';
import { CreatedSeriesDialog } from './CreatedSeriesDialog';
import { PlanPanel } from './PlanPanel';
import { useSeriesAccess } from './seriesAccess';
import { SessionsPanel } from './SessionsPanel';
import { useSeriesView } from './useSeriesView';

import './series.css';
/** The series console: topic plan, sessions and the public archive link. */
export function SeriesConsole({ seriesId, token }: { seriesId: string; token: string }) {
  const { t } = useTranslation();
  const { view, error, setView, reload } = useSeriesView(seriesId, token);
  useDocumentTitle(view ? t('series.console.documentTitle', { title: view.title }) : undefined, !view);

  if (error === 'unauthorized' || error === 'not_found')
    return (
      <PageMessage testId="series-denied" title={t('series.console.deniedTitle')} text={t('series.console.deniedText')}>
        <button
          type="button"
          className="button button--primary"
          onClick={() => useSeriesAccess.getState().update(seriesId, { token: null })}
        >
          {t('series.console.forgetToken')}
        </button>
      </PageMessage>
    );
  if (!view) return <Loading label={error ? t(`errors.${error}`) : t('series.console.loading')} />;

  return (
    <div className="series-page">
      <header className="console-header">
        <Link href="/" className="board-header__back" title={t('board.back')}>
          <ArrowLeftIcon size={18} />
          {/* The name holds the brand people see ("Zurück Mutopia"), as WCAG 2.5.3 asks. */}
          <span className="visually-hidden">{t('board.back')} </span>
          <span className="board-header__brand">{t('app.name')}</span>
        </Link>
        <div className="console-header__title">
          <span className="console-header__eyebrow">{t('series.eyebrow')}</span>
          <h1 data-testid="series-title">{view.title}</h1>
        </div>
        <LanguageSwitch />
      </header>
      <CreatedSeriesDialog seriesId={seriesId} />
      <main className="series-body series-body--console">
        <PlanPanel seriesId={seriesId} token={token} view={view} onView={setView} onSessionCreated={reload} />
        <div className="series-side">
          <SessionsPanel seriesId={seriesId} token={token} view={view} />
          <ArchivePanel
            seriesId={seriesId}
            token={token}
            archivePath={view.archivePath}
            onRenewed={(archivePath) => setView({ ...view, archivePath })}
          />
        </div>
      </main>
    </div>
  );
}
