import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { LandingPage } from '../landing/LandingPage';
import { NotFoundPage } from './NotFoundPage';

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
const StationPage = lazy(() => import('../workshop/StationPage').then((m) => ({ default: m.StationPage })));

function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </div>
  );
}

export function App() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path="/" component={LandingPage} />
        <Route path="/b/:boardId">{(params) => <BoardPage key={params.boardId} boardId={params.boardId} />}</Route>
        <Route path="/j/:code">{(params) => <JoinPage key={params.code} code={params.code} />}</Route>
        <Route path="/w/:id/facilitate">{(params) => <FacilitatorPage key={params.id} workshopId={params.id} />}</Route>
        <Route path="/w/:id/projector/:projectorId">
          {(params) => (
            <ProjectorPage
              key={`${params.id}/${params.projectorId}`}
              workshopId={params.id}
              projectorId={params.projectorId}
            />
          )}
        </Route>
        <Route path="/w/:id/station/:stationId">
          {(params) => (
            <StationPage key={`${params.id}/${params.stationId}`} workshopId={params.id} stationId={params.stationId} />
          )}
        </Route>
        <Route path="/w/:id">{(params) => <ParticipantPage key={params.id} workshopId={params.id} />}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Suspense>
  );
}
