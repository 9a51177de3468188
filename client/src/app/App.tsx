import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { LandingPage } from '../landing/LandingPage';
import { OfflineBanner } from '../ui/OfflineBanner';
import { NotFoundPage } from './NotFoundPage';
import { DisplayMenu } from './DisplayMenu';
import { SiteFooter } from './SiteFooter';
import { STATEMENT_PATH } from './statement-path';
import { useApplyDisplay } from './useApplyDisplay';

// The board pulls in Yjs, sync and presence; the landing page should not wait for them.
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));
// Each workshop view is its own chunk: a phone scanning the join QR code loads only the join form.
const JoinPage = lazy(() => import('../workshop/join/JoinPage').then((m) => ({ default: m.JoinPage })));
const FacilitatorPage = lazy(() =>
  import('../workshop/console/FacilitatorPage').then((m) => ({ default: m.FacilitatorPage })),
);
const ParticipantPage = lazy(() =>
  import('../workshop/participant/ParticipantPage').then((m) => ({ default: m.ParticipantPage })),
);
const ProjectorPage = lazy(() =>
  import('../workshop/projector/ProjectorPage').then((m) => ({ default: m.ProjectorPage })),
);
// Series: the console and the public archive are their own chunks, like the workshop views.
const CreateSeriesPage = lazy(() =>
  import('../series/CreateSeriesPage').then((m) => ({ default: m.CreateSeriesPage })),
);
const SeriesPage = lazy(() => import('../series/SeriesPage').then((m) => ({ default: m.SeriesPage })));
const ArchivePage = lazy(() => import('../series/ArchivePage').then((m) => ({ default: m.ArchivePage })));
const StationPage = lazy(() => import('../workshop/StationPage').then((m) => ({ default: m.StationPage })));
// Results: the public page is opened by people who never joined, so it loads nothing else of the workshop.
const ResultsPage = lazy(() => import('../results/ResultsPage').then((m) => ({ default: m.ResultsPage })));
const PublicResultsPage = lazy(() =>
  import('../results/PublicResultsPage').then((m) => ({ default: m.PublicResultsPage })),
);
const StatementPage = lazy(() => import('./StatementPage').then((m) => ({ default: m.StatementPage })));

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
