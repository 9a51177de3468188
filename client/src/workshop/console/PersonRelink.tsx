import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '@mutopia/shared/workshop-api';
import { errorCodeOf } from '../../api/http';
import { revokeParticipantDevices } from '../../api/revocation';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CopyField } from '../components';
import { absoluteUrl, personalLinkPath } from '../links';
import { QrCode } from '../QrCode';
import { useLinkOrigin } from '../useLinkOrigin';
import { useWorkshop } from '../useWorkshop';

import './links-dialog.css';
import './person-relink.css';

/**
 * Signs a person out on every device after asking, then shows the personal
 * link (with QR code) with which they carry on as the same person. The link is
 * shown once and not kept: it is as good as the person's own phone.
 */
export function PersonRelink({
  person,
  onDone,
  onError,
}: {
  person: RosterEntry;
  onDone: () => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { workshopId, token } = useWorkshop();
  const [link, setLink] = useState<string | null>(null);
  const { origin } = useLinkOrigin();
  const name = person.displayName;

  const confirm = async () => {
    try {
      const relink = await revokeParticipantDevices(workshopId, token, person.id);
      setLink(absoluteUrl(origin, personalLinkPath(workshopId, relink.participantId, relink.token)));
    } catch (cause) {
      onError(t(`errors.${errorCodeOf(cause)}`));
      onDone();
    }
  };

  if (link) return <PersonalLinkDialog name={name} link={link} onClose={onDone} />;
  return (
    <ConfirmDialog
      title={t('revocation.person.confirmTitle', { name })}
      confirmLabel={t('revocation.person.confirm')}
      testId="roster-relink-dialog"
      onCancel={onDone}
      onConfirm={() => void confirm()}
    >
      <p>{t('revocation.person.confirmText', { name })}</p>
    </ConfirmDialog>
  );
}

function PersonalLinkDialog({ name, link, onClose }: { name: string; link: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="links-dialog"
      aria-labelledby={titleId}
      data-testid="roster-personal-link"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="links-dialog__title">
        {t('revocation.person.linkTitle', { name })}
      </h2>
      <p className="links-dialog__intro">{t('revocation.person.linkText', { name })}</p>
      <div className="person-relink">
        <QrCode value={link} label={t('revocation.person.qrLabel', { name })} className="person-relink__qr" />
        <CopyField label={t('revocation.person.linkLabel')} value={link} testId="roster-personal-link-value" />
      </div>
      <div className="links-dialog__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="roster-personal-link-close"
          onClick={onClose}
        >
          {t('revocation.person.close')}
        </button>
      </div>
    </dialog>
  );
}
