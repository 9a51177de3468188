import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { errorCodeOf } from '../../api/http';
import { loginWithSecret } from '../../api/workshops';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { Loading, PageMessage } from '../components';
import { participantPath } from '../links';
import { useFragmentCredential } from '../useFragmentCredential';
import { useSession, useWorkshopConnection, WorkshopContext } from '../useWorkshop';
import { Console } from './Console';

type KeyExchange = { state: 'none' } | { state: 'pending' } | { state: 'failed'; code: string };

/**
 * `/w/:id/facilitate#key=…`: trades the key from the link for a token (kept
 * per workshop in this browser), then runs the console. Without a key, the
 * token remembered from an earlier visit is used.
 */
export function FacilitatorPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const key = useFragmentCredential('key');
  const access = useWorkshopAccess((s) => s.workshops[workshopId]);
  const token = access?.facilitator?.token ?? null;
  const [exchange, setExchange] = useState<KeyExchange>(key ? { state: 'pending' } : { state: 'none' });

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    loginWithSecret(workshopId, key).then(
      (login) => {
        if (cancelled) return;
        const role = login.role === 'cofacilitator' ? 'cofacilitator' : 'facilitator';
        useWorkshopAccess.getState().update(workshopId, { facilitator: { token: login.token, role } });
        setExchange({ state: 'none' });
      },
      (error: unknown) => {
        if (!cancelled) setExchange({ state: 'failed', code: errorCodeOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, workshopId]);

  if (exchange.state === 'pending') return <Loading label={t('console.signingIn')} />;
  if (exchange.state === 'failed') {
    const network = exchange.code === 'network';
    return (
      <PageMessage
        testId="facilitator-key-invalid"
        title={network ? t('errors.network') : t('console.keyInvalidTitle')}
        text={network ? undefined : t('console.keyInvalidText')}
      />
    );
  }
  if (!token) {
    return (
      <PageMessage testId="facilitator-no-access" title={t('console.noAccessTitle')} text={t('console.noAccessText')}>
        {access?.participant && (
          <Link href={participantPath(workshopId)} className="button button--primary">
            {t('console.toParticipantView')}
          </Link>
        )}
      </PageMessage>
    );
  }
  return <ConnectedConsole workshopId={workshopId} token={token} />;
}

function ConnectedConsole({ workshopId, token }: { workshopId: string; token: string }) {
  const connection = useWorkshopConnection(workshopId, token);
  if (!connection) return <Loading />;
  return (
    <WorkshopContext.Provider value={connection}>
      <ConsoleGate workshopId={workshopId} />
    </WorkshopContext.Provider>
  );
}

/** Waits for the workshop and for the server to confirm a facilitating role. */
function ConsoleGate({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const connection = useSession((s) => s.connection);
  const view = useSession((s) => s.view);
  const welcome = useSession((s) => s.welcome);
  const viewError = useSession((s) => s.viewError);

  if (viewError === 'workshop_deleted')
    return <PageMessage testId="workshop-deleted" title={t('boardRefusal.workshopDeleted')} />;
  const denied =
    connection === 'denied' || (welcome !== null && welcome.role !== 'facilitator' && welcome.role !== 'cofacilitator');
  if (denied) {
    return (
      <PageMessage testId="facilitator-denied" title={t('console.deniedTitle')} text={t('console.deniedText')}>
        <button
          type="button"
          className="button button--primary"
          onClick={() => useWorkshopAccess.getState().update(workshopId, { facilitator: null })}
        >
          {t('console.forgetToken')}
        </button>
      </PageMessage>
    );
  }
  if (!view) return <Loading label={viewError === 'network' ? t('errors.network') : t('console.loading')} />;
  return <Console />;
}
