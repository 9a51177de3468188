import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { Loading, PageMessage } from '../components';
import { facilitatorPath, joinPath } from '../links';
import { useSession, useWorkshopConnection, WorkshopContext } from '../useWorkshop';
import { ParticipantView } from './ParticipantView';
import { usePersonalLink } from './usePersonalLink';

/** `/w/:id`: the participant's screen, for whoever joined this workshop in this browser. */
export function ParticipantPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const record = useWorkshopAccess((s) => s.workshops[workshopId]);
  const linkTaken = usePersonalLink(workshopId);
  const token = linkTaken ? (record?.participant?.token ?? null) : null;
  const connection = useWorkshopConnection(workshopId, token);

  if (!linkTaken) return <Loading />;
  if (!token) {
    return (
      <PageMessage
        testId="participant-no-access"
        title={t('participant.notJoinedTitle')}
        text={t('participant.notJoinedText')}
      >
        {record?.joinCode && (
          <Link
            href={joinPath(record.joinCode)}
            className="button button--primary"
            data-testid="participant-join-again"
          >
            {t('participant.joinNow')}
          </Link>
        )}
        {record?.facilitator && (
          <Link href={facilitatorPath(workshopId)} className="button button--primary">
            {t('participant.toConsole')}
          </Link>
        )}
      </PageMessage>
    );
  }
  if (!connection) return <Loading />;
  return (
    <WorkshopContext.Provider value={connection}>
      <ParticipantGate workshopId={workshopId} />
    </WorkshopContext.Provider>
  );
}

function ParticipantGate({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const connection = useSession((s) => s.connection);
  const view = useSession((s) => s.view);
  const state = useSession((s) => s.state);
  const viewError = useSession((s) => s.viewError);
  const joinCode = useWorkshopAccess((s) => s.workshops[workshopId]?.joinCode ?? null);

  if (viewError === 'workshop_deleted')
    return <PageMessage testId="workshop-deleted" title={t('boardRefusal.workshopDeleted')} />;
  if (connection === 'denied') {
    return (
      <PageMessage
        testId="participant-denied"
        title={t('revocation.revokedScreen.participantTitle')}
        text={t('revocation.revokedScreen.participantText')}
      >
        {joinCode && (
          <Link
            href={joinPath(joinCode)}
            className="button button--primary"
            onClick={() => useWorkshopAccess.getState().update(workshopId, { participant: null })}
          >
            {t('participant.joinNow')}
          </Link>
        )}
      </PageMessage>
    );
  }
  if (!view || !state)
    return <Loading label={viewError === 'network' ? t('errors.network') : t('participant.loading')} />;
  return <ParticipantView />;
}
