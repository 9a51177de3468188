import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/http';
import { rotateCofacilitatorSecret } from '../../api/revocation';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CopyField } from '../components';
import { absoluteUrl, facilitatorPath, withFragment } from '../links';
import { useLinkOrigin } from '../useLinkOrigin';
import { useSession, useWorkshop } from '../useWorkshop';

/**
 * The co-facilitator link as this browser knows it, and (for the holder of the
 * facilitator link) replacing it: everyone signed in with the old one is cut off.
 */
export function CofacilitatorLink() {
  const { t } = useTranslation();
  const { workshopId, token } = useWorkshop();
  const role = useSession((s) => s.welcome?.role ?? null);
  const secret = useWorkshopAccess((s) => s.workshops[workshopId]?.cofacilitatorSecret ?? null);
  const { origin } = useLinkOrigin();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const replace = async () => {
    setAsking(false);
    setBusy(true);
    setMessage(null);
    try {
      const next = await rotateCofacilitatorSecret(workshopId, token);
      useWorkshopAccess.getState().update(workshopId, { cofacilitatorSecret: next });
      setMessage({ text: t('revocation.cofacilitator.replaced'), error: false });
    } catch (cause) {
      setMessage({ text: t(`errors.${errorCodeOf(cause)}`), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cofacilitator-link">
      {secret ? (
        <CopyField
          label={t('console.cofacilitatorLink')}
          value={absoluteUrl(origin, withFragment(facilitatorPath(workshopId), 'key', secret))}
          testId="invite-cofacilitator-link"
        />
      ) : (
        <p className="card__text card__text--muted">{t('console.cofacilitatorUnknown')}</p>
      )}
      {role === 'facilitator' && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          data-testid="replace-cofacilitator-link"
          onClick={() => setAsking(true)}
        >
          {t('revocation.cofacilitator.replace')}
        </button>
      )}
      <p className={message?.error ? 'form-error' : 'card__hint'} role="status" data-testid="cofacilitator-message">
        {message?.text}
      </p>
      {asking && (
        <ConfirmDialog
          title={t('revocation.cofacilitator.confirmTitle')}
          confirmLabel={t('revocation.cofacilitator.confirm')}
          testId="replace-cofacilitator-dialog"
          onConfirm={() => void replace()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('revocation.cofacilitator.confirmText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
