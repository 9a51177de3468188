import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { loadAllTexts } from '../i18n/i18n';
import { OfflineBanner } from '../ui/OfflineBanner';
import { NotFoundPage } from './NotFoundPage';
import { DisplayMenu } from './DisplayMenu';
import { SiteFooter } from './SiteFooter';
import { STATEMENT_PATH } from './statement-path';
import { useApplyDisplay } from './useApplyDisplay';

/**
 * A page other than the board: lazy, and rendered only once all German texts
 * are loaded (the entry carries only the board's, see i18n.ts).
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadAllTexts()]);
    return { default: component };
  });
}

// The landing page is a chunk of its own too: a board link (the common way in) must not load its cards and forms.
const LandingPage = page(() => import('../landing/LandingPage').then((m) => m.LandingPage));
// The board pulls in Yjs, sync and presence; the landing page should not wait for them.
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));
// Each workshop view is its own chunk: a phone scanning the join QR code loads only the join form.
const JoinPage = page(() => import('../workshop/join/JoinPage').then((m) => m.JoinPage));
const FacilitatorPage = page(() => import('../workshop/console/FacilitatorPage').then((m) => m.FacilitatorPage));
const ParticipantPage = page(() => import('../workshop/participant/ParticipantPage').then((m) => m.ParticipantPage));
const ProjectorPage = page(() => import('../workshop/projector/ProjectorPage').then((m) => m.ProjectorPage));
// Series: the console and the public archive are their own chunks, like the workshop views.
const CreateSeriesPage = page(() => import('../series/CreateSeriesPage').then((m) => m.CreateSeriesPage));
const SeriesPage = page(() => import('../series/SeriesPage').then((m) => m.SeriesPage));
const ArchivePage = page(() => import('../series/ArchivePage').then((m) => m.ArchivePage));
const StationPage = page(() => import('../workshop/StationPage').then((m) => m.StationPage));
// Results: the public page is opened by people who never joined, so it loads nothing else of the workshop.
const ResultsPage = page(() => import('../results/ResultsPage').then((m) => m.ResultsPage));
const PublicResultsPage = page(() => import('../results/PublicResultsPage').then((m) => m.PublicResultsPage));
const StatementPage = page(() => import('./StatementPage').then((m) => m.StatementPage));

function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </div>
  );
}

/**
 * Views that fill the screen (board, participant, station, projector) have no
 * room for a footer: the display menu with the statement link sits in their
 * header instead, or, on the projector, in a corner.
 */
function PageChrome() {
  const [path] = useLocation();
  if (/^\/w\/[^/]+\/projector\//.test(path))
    return (
      <div className="display-corner no-print">
        <DisplayMenu compact placement="above" />
      </div>
    );
  if (/^\/b\/|^\/w\/[^/]+\/station\/|^\/w\/[^/]+\/?$/.test(path)) return null;
  return <SiteFooter />;
}

export function App() {
  useApplyDisplay();
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path="/" component={LandingPage} />
        <Route path={STATEMENT_PATH} component={StatementPage} />
        <Route path="/b/:boardId">
          {(params) => (
            <>
              <BoardPage key={params.boardId} boardId={params.boardId} />
              <OfflineBanner />
            </>
          )}
        </Route>
        <Route path="/j/:code">{(params) => <JoinPage key={params.code} code={params.code} />}</Route>
        <Route path="/w/:id/facilitate">
          {(params) => (
            <>
              <FacilitatorPage key={params.id} workshopId={params.id} />
              <OfflineBanner variant="commands" />
            </>
          )}
        </Route>
        <Route path="/w/:id/projector/:projectorId">
          {(params) => (
            <>
              <ProjectorPage
                key={`${params.id}/${params.projectorId}`}
                workshopId={params.id}
                projectorId={params.projectorId}
              />
              <OfflineBanner variant="short" />
            </>
          )}
        </Route>
        <Route path="/w/:id/station/:stationId">
          {(params) => (
            <>
              <StationPage
                key={`${params.id}/${params.stationId}`}
                workshopId={params.id}
                stationId={params.stationId}
              />
              <OfflineBanner />
            </>
          )}
        </Route>
        <Route path="/s/new" component={CreateSeriesPage} />
        <Route path="/s/:id">{(params) => <SeriesPage key={params.id} seriesId={params.id} />}</Route>
        <Route path="/a/:seriesId/:key">
          {(params) => (
            <ArchivePage key={`${params.seriesId}/${params.key}`} seriesId={params.seriesId} archiveKey={params.key} />
          )}
        </Route>
        <Route path="/w/:id/results">{(params) => <ResultsPage key={params.id} workshopId={params.id} />}</Route>
        <Route path="/r/:workshopId/:key">
          {(params) => (
            <PublicResultsPage
              key={`${params.workshopId}/${params.key}`}
              workshopId={params.workshopId}
              linkKey={params.key}
            />
          )}
        </Route>
        <Route path="/w/:id">
          {(params) => (
            <>
              <ParticipantPage key={params.id} workshopId={params.id} />
              <OfflineBanner />
            </>
          )}
        </Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
      <PageChrome />
    </Suspense>
  );
}
