import { useTranslation } from 'react-i18next';
import { BoardRefusalNotice } from './BoardRefusalNotice';
import type { BoardSession } from './session';
import { useSyncState } from './useSyncState';

export function ConnectionIndicator({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const { status, unsyncedChanges } = useSyncState(session);
  const label = t(`connection.${status}`);
  // While online an edit is unconfirmed only for a round trip: not worth a flicker.
  const detail = status !== 'online' && unsyncedChanges > 0 ? t('connection.unsynced', { count: unsyncedChanges }) : '';
  return (
    <>
      <span
        className={`pill pill--connection is-${status}`}
        role="status"
        aria-live="polite"
        data-testid="connection-status"
        data-status={status}
        data-unsynced={unsyncedChanges}
        title={detail ? `${label} – ${detail}` : label}
      >
        <span className="pill__dot" aria-hidden="true" />
        <span className="pill__label">{label}</span>
        {detail && <span className="pill__detail">{detail}</span>}
      </span>
      <BoardRefusalNotice session={session} />
    </>
  );
}
