import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreatedLinks } from '../../stores/workshopAccess';
import { CopyField } from '../components';
import { absoluteUrl, facilitatorPath, joinPath, withFragment } from '../links';
import { useLinkOrigin } from '../useLinkOrigin';
import { useWorkshop } from '../useWorkshop';

import './links-dialog.css';
/** Right after creating a workshop: its three links, shown this once. */
export function CreatedLinksDialog() {
  const { t } = useTranslation();
  const { workshopId } = useWorkshop();
  const links = useCreatedLinks((s) => (s.links?.workshopId === workshopId ? s.links : null));
  const ref = useRef<HTMLDialogElement>(null);
  const { origin } = useLinkOrigin();

  useEffect(() => {
    const dialog = ref.current;
    if (links && dialog && !dialog.open) dialog.showModal();
  }, [links]);

  if (!links) return null;
  const close = () => {
    ref.current?.close();
    useCreatedLinks.getState().dismiss();
  };
  return (
    <dialog
      ref={ref}
      className="links-dialog"
      aria-labelledby="links-dialog-title"
      data-testid="created-links"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="links-dialog-title" className="links-dialog__title">
        {t('links.title')}
      </h2>
      <p className="links-dialog__intro">{t('links.intro')}</p>
      <div className="key-warning" role="note">
        <strong>{t('links.keyWarningTitle')}</strong> {t('links.keyWarning')}
      </div>
      <CopyField
        label={t('links.facilitator')}
        value={absoluteUrl(origin, withFragment(facilitatorPath(workshopId), 'key', links.facilitatorSecret))}
        testId="facilitator-link"
      />
      <CopyField
        label={t('links.cofacilitator')}
        value={absoluteUrl(origin, withFragment(facilitatorPath(workshopId), 'key', links.cofacilitatorSecret))}
        testId="cofacilitator-link"
      />
      <CopyField label={t('links.join')} value={absoluteUrl(origin, joinPath(links.joinCode))} testId="join-link" />
      <div className="links-dialog__actions">
        <button type="button" className="button button--primary" data-testid="created-links-close" onClick={close}>
          {t('links.saved')}
        </button>
      </div>
    </dialog>
  );
}
