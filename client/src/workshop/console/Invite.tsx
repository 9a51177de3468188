import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/http';
import { exportWorkshop, loginWithSecret, rotateFacilitatorSecret } from '../../api/workshops';
import { useCreatedLinks, useWorkshopAccess } from '../../stores/workshopAccess';
import { CopyField } from '../components';
import { absoluteUrl, facilitatorPath, joinPath, projectorIdFrom, withFragment } from '../links';
import { QrCode } from '../QrCode';
import { useLinkOrigin } from '../useLinkOrigin';
import { useSession, useWorkshop } from '../useWorkshop';
import { CofacilitatorLink } from './CofacilitatorLink';
import { LinkOriginNotice } from './LinkOriginNotice';

import './invite.css';
/** The join link, at an address phones can reach (see useLinkOrigin). */
export function useJoinUrl(): string {
  const joinCode = useSession((s) => s.view!.joinCode);
  return absoluteUrl(useLinkOrigin().origin, joinPath(joinCode));
}

/** The join code and QR code, always at hand in the live view. */
export function JoinCard() {
  const { t } = useTranslation();
  const joinCode = useSession((s) => s.view!.joinCode);
  const joinUrl = useJoinUrl();
  return (
    <section className="panel side-card join-card" aria-labelledby="join-card-heading" data-testid="join-card">
      <h2 id="join-card-heading" className="panel-title">
        {t('console.joinHeading')}
      </h2>
      <LinkOriginNotice />
      <div className="join-card__body">
        <QrCode value={joinUrl} label={t('console.joinQrLabel')} testId="console-join-qr" className="join-card__qr" />
        <div>
          <span className="join-card__code-label">{t('console.joinCode')}</span>
          <span className="join-card__code" data-testid="join-code">
            {joinCode}
          </span>
          <span className="join-card__url">{joinUrl.replace(/^https?:\/\//, '')}</span>
        </div>
      </div>
      <CopyField label={t('console.joinLink')} value={joinUrl} testId="console-join-link" />
    </section>
  );
}

export function InviteTab() {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const { workshopId, token } = connection;
  const view = useSession((s) => s.view!);
  const role = useSession((s) => s.welcome?.role ?? null);
  const rotated = useCreatedLinks((s) => (s.rotated?.workshopId === workshopId ? s.rotated : null));
  const joinUrl = useJoinUrl();
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { origin } = useLinkOrigin();

  const rotate = async () => {
    setBusy(true);
    setError(null);
    try {
      const secret = await rotateFacilitatorSecret(workshopId, token);
      // This browser's token died with the old secret: sign in again with the new one.
      const login = await loginWithSecret(workshopId, secret);
      useCreatedLinks.getState().showRotated(workshopId, secret);
      useWorkshopAccess.getState().update(workshopId, { facilitator: { token: login.token, role: 'facilitator' } });
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
    } finally {
      setBusy(false);
      setConfirmRotate(false);
    }
  };

  const download = async () => {
    setError(null);
    try {
      const { blob, fileName } = await exportWorkshop(workshopId, token);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName ?? `${projectorIdFrom(view.definition.title) || 'workshop'}.mutopia.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
    }
  };

  return (
    <div className="console-page invite-tab" data-testid="invite-tab">
      <section className="panel invite-join" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="panel-title">
          {t('console.inviteHeading')}
        </h2>
        <LinkOriginNotice />
        <div className="invite-join__body">
          <QrCode
            value={joinUrl}
            label={t('console.joinQrLabel')}
            testId="invite-join-qr"
            className="invite-join__qr"
          />
          <div className="invite-join__text">
            <span className="join-card__code-label">{t('console.joinCode')}</span>
            <span className="invite-join__code">{view.joinCode}</span>
            <CopyField label={t('console.joinLink')} value={joinUrl} testId="invite-join-link" />
            <div className="invite-join__actions">
              <button
                type="button"
                className="button button--primary"
                data-testid="print-sheet"
                onClick={() => window.print()}
              >
                {t('console.print')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                data-testid="export-json"
                onClick={() => void download()}
              >
                {t('console.export')}
              </button>
            </div>
            <p className="card__hint">{t('console.printHint', { count: view.definition.stations.length })}</p>
          </div>
        </div>
      </section>
      <section className="panel" aria-labelledby="team-links-heading">
        <h2 id="team-links-heading" className="panel-title">
          {t('console.teamLinksHeading')}
        </h2>
        <CofacilitatorLink />
        {role === 'facilitator' && (
          <div className="rotate-key">
            <h3 className="rotate-key__title">{t('console.rotateHeading')}</h3>
            <p className="card__text">{t('console.rotateText')}</p>
            {rotated && (
              <div className="key-warning" role="note">
                <CopyField
                  label={t('console.newFacilitatorLink')}
                  value={absoluteUrl(
                    origin,
                    withFragment(facilitatorPath(workshopId), 'key', rotated.facilitatorSecret),
                  )}
                  testId="rotated-facilitator-link"
                />
                <p>{t('links.keyWarning')}</p>
              </div>
            )}
            <button
              type="button"
              className={confirmRotate ? 'button button--danger' : 'button button--secondary'}
              disabled={busy}
              data-testid="rotate-facilitator-secret"
              onClick={() => (confirmRotate ? void rotate() : setConfirmRotate(true))}
            >
              {confirmRotate ? t('console.rotateConfirm') : t('console.rotate')}
            </button>
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </section>
    </div>
  );
}

/** Only printed: a page with the big join QR code, then a card for every station's door. */
export function PrintSheet() {
  const { t } = useTranslation();
  const view = useSession((s) => s.view!);
  const joinUrl = useJoinUrl();
  const { definition } = view;
  return (
    <div className="print-sheet" aria-hidden="true">
      <section className="print-page print-page--join">
        <p className="print-page__eyebrow">{definition.title}</p>
        <h1 className="print-page__title">{t('print.joinTitle')}</h1>
        <QrCode value={joinUrl} label={t('console.joinQrLabel')} className="print-page__qr" />
        <p className="print-page__code">{view.joinCode}</p>
        <p className="print-page__url">{joinUrl.replace(/^https?:\/\//, '')}</p>
        <p className="print-page__hint">{t('print.joinHint')}</p>
      </section>
      {definition.stations.map((station) => (
        <section key={station.id} className="print-card">
          <p className="print-card__kind">{t(`kinds.${station.kind}`)}</p>
          <h2 className="print-card__name">{station.name}</h2>
          {station.prompt && <p className="print-card__prompt">{station.prompt}</p>}
          <div className="print-card__join">
            <QrCode value={joinUrl} label={t('console.joinQrLabel')} className="print-card__qr" />
            <span>
              {t('print.cardJoin')} <strong>{view.joinCode}</strong>
            </span>
          </div>
        </section>
      ))}
    </div>
  );
}
