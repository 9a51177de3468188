import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { Loading, PageMessage } from '../components';
import { useFragmentCredential } from '../useFragmentCredential';
import { useSession, useWorkshopConnection, WorkshopContext } from '../useWorkshop';
import { ProjectorView } from './ProjectorView';

/** `/w/:id/projector/:projectorId#token=…`: a read-only screen that shows what the facilitator picks for it. */
export function ProjectorPage({ workshopId, projectorId }: { workshopId: string; projectorId: string }) {
  const { t } = useTranslation();
  const fromLink = useFragmentCredential('token');
  const stored = useWorkshopAccess((s) => s.workshops[workshopId]?.projectors[projectorId] ?? null);
  const token = fromLink ?? stored;

  useEffect(() => {
    if (fromLink) useWorkshopAccess.getState().setProjector(workshopId, projectorId, fromLink);
  }, [fromLink, workshopId, projectorId]);

  const connection = useWorkshopConnection(workshopId, token);
  if (!token) {
    return (
      <PageMessage
        testId="projector-no-access"
        title={t('projector.noAccessTitle')}
        text={t('projector.noAccessText')}
      />
    );
  }
  if (!connection) return <Loading />;
  return (
    <WorkshopContext.Provider value={connection}>
      <ProjectorGate projectorId={projectorId} />
    </WorkshopContext.Provider>
  );
}

function ProjectorGate({ projectorId }: { projectorId: string }) {
  const { t } = useTranslation();
  const connection = useSession((s) => s.connection);
  const view = useSession((s) => s.view);
  const state = useSession((s) => s.state);
  const viewError = useSession((s) => s.viewError);
  if (viewError === 'workshop_deleted')
    return <PageMessage testId="workshop-deleted" title={t('boardRefusal.workshopDeleted')} />;
  if (connection === 'denied') {
    return (
      <PageMessage
        testId="projector-denied"
        title={t('revocation.revokedScreen.projectorTitle')}
        text={t('revocation.revokedScreen.projectorText')}
      />
    );
  }
  if (!view || !state) return <Loading label={t('projector.loading')} />;
  return <ProjectorView projectorId={projectorId} />;
}
