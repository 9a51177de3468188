import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/http';
import { revokeProjector } from '../../api/revocation';
import { createViewerToken } from '../../api/workshops';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useWorkshop } from '../useWorkshop';

import './projector-access.css';

type Asking = 'revoke' | 'relink' | null;

/**
 * A projector card's access: sign its screens out, or replace its link (sign
 * out, then a fresh viewer token kept in this browser). Both ask first, since
 * they take a screen off the wall.
 */
export function ProjectorAccess({ projectorId, revoked }: { projectorId: string; revoked: boolean }) {
  const { t } = useTranslation();
  const { workshopId, token } = useWorkshop();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const act = async (what: 'revoke' | 'relink') => {
    setAsking(null);
    setBusy(true);
    setError(null);
    try {
      await revokeProjector(workshopId, token, projectorId);
      // An empty token keeps the projector listed here, known to have no valid link.
      const next = what === 'relink' ? await createViewerToken(workshopId, token, projectorId) : '';
      useWorkshopAccess.getState().setProjector(workshopId, projectorId, next);
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="projector-access">
      {revoked && (
        <p className="projector-access__note" role="status" data-testid={`projector-revoked-${projectorId}`}>
          {t('revocation.projector.revoked')}
        </p>
      )}
      <div className="projector-access__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          data-testid={`projector-relink-${projectorId}`}
          onClick={() => setAsking('relink')}
        >
          {t('revocation.projector.relink')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small projector-access__revoke"
          disabled={busy}
          data-testid={`projector-revoke-${projectorId}`}
          onClick={() => setAsking('revoke')}
        >
          {t('revocation.projector.revoke')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={t(`revocation.projector.${asking}Title`, { id: projectorId })}
          confirmLabel={t(`revocation.projector.${asking}Confirm`)}
          testId={`projector-${asking}-dialog`}
          onConfirm={() => void act(asking)}
          onCancel={() => setAsking(null)}
        >
          <p>{t(`revocation.projector.${asking}Text`)}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
