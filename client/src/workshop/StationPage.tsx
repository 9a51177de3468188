import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { DisplayMenu } from '../app/DisplayMenu';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useStationAsideTab } from '../content/useStationAsideTab';
import { BoardView } from '../board/BoardView';
import { useWorkshopDisplayName } from '../board/useDisplayIdentity';
import { ConnectionIndicator } from '../board/ConnectionIndicator';
import { stationAside, stationMain } from '../content/StationContent';
import { useWorkshopAccess } from '../stores/workshopAccess';
import { ArrowLeftIcon } from '../ui/icons';
import { Loading, PageMessage } from './components';
import { facilitatorPath, participantPath } from './links';
import { Timer } from './Timer';
import { useSession, useWorkshopConnection, WorkshopContext } from './useWorkshop';

import './station-header.css';
import './station-page.css';
/** `/w/:id/station/:stationId`: any station's board, opened from the console (or by a participant). */
export function StationPage({ workshopId, stationId }: { workshopId: string; stationId: string }) {
  const { t } = useTranslation();
  const record = useWorkshopAccess((s) => s.workshops[workshopId]);
  const token = record?.facilitator?.token ?? record?.participant?.token ?? null;
  const connection = useWorkshopConnection(workshopId, token);
  if (!token) {
    return (
      <PageMessage testId="station-no-access" title={t('console.noAccessTitle')} text={t('station.noAccessText')} />
    );
  }
  if (!connection) return <Loading />;
  return (
    <WorkshopContext.Provider value={connection}>
      <StationBoardPage
        workshopId={workshopId}
        stationId={stationId}
        token={token}
        back={record?.facilitator ? facilitatorPath(workshopId) : participantPath(workshopId)}
      />
    </WorkshopContext.Provider>
  );
}

function StationBoardPage({
  workshopId,
  stationId,
  token,
  back,
}: {
  workshopId: string;
  stationId: string;
  token: string;
  back: string;
}) {
  const { t } = useTranslation();
  const view = useSession((s) => s.view);
  const connection = useSession((s) => s.connection);
  const viewError = useSession((s) => s.viewError);
  const welcome = useSession((s) => s.welcome);
  const role = welcome?.role === 'participant' ? 'participant' : 'facilitator';
  const teamId = welcome?.teamId ?? null;
  const displayName = useWorkshopDisplayName(welcome);
  const station = view?.definition.stations.find((s) => s.id === stationId);
  useDocumentTitle(station?.name);
  const asideTab = useStationAsideTab(station);
  if (viewError === 'workshop_deleted')
    return <PageMessage testId="workshop-deleted" title={t('boardRefusal.workshopDeleted')} />;
  if (connection === 'denied') return <PageMessage testId="station-denied" title={t('console.deniedTitle')} />;
  if (!view) return <Loading />;
  const boardId = view.boards[stationId];
  if (!station || !boardId) return <PageMessage testId="station-not-found" title={t('station.notFound')} />;
  return (
    <div className="station-page">
      <BoardView
        key={boardId}
        boardId={boardId}
        restTitle={station.name}
        openedOffline={false}
        token={token}
        embedded
        landmark
        displayName={displayName}
        aside={(session) => stationAside({ station, session, role, teamId })}
        main={(session) => stationMain({ station, session, role, teamId })}
        asideTab={asideTab}
        header={(session) => (
          <header
            className="board-header station-page__header"
            data-testid="station-header"
            data-workshop-id={workshopId}
          >
            <Link href={back} className="board-header__back" aria-label={t('station.back')} title={t('station.back')}>
              <ArrowLeftIcon size={18} />
            </Link>
            <div className="station-page__text">
              <h1 className="board-header__title station-page__name" data-testid="station-name">
                {station.name}
              </h1>
              {station.prompt && <p className="station-page__prompt">{station.prompt}</p>}
            </div>
            <Timer variant="pill" />
            <div className="board-header__status">{session && <ConnectionIndicator session={session} />}</div>
            <LanguageSwitch />
            <DisplayMenu compact />
          </header>
        )}
      />
    </div>
  );
}
