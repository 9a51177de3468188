import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { LandingPage } from '../landing/LandingPage';
import { NotFoundPage } from './NotFoundPage';

// The board pulls in Yjs, sync and presence; the landing page should not wait for them.
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));

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
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </Suspense>
  );
}
