import { useTranslation } from 'react-i18next';
import { useConnectivity } from './useConnectivity';
import './offline-banner.css';

/**
 * What the line says beside "Offline": views where people edit boards say
 * their edits are kept and how many wait; the console that commands are
 * refused; a projector only that it is reconnecting.
 */
export type OfflineBannerVariant = 'edits' | 'commands' | 'short';

/** The line every view shows while the server cannot be reached, and until it has every edit made meanwhile. */
export function OfflineBanner({ variant = 'edits' }: { variant?: OfflineBannerVariant }) {
  const { t } = useTranslation();
  const { line, unconfirmed } = useConnectivity();
  // The live region stays mounted so screen readers announce the line when it appears.
  return (
    <div className="offline-banner__region" role="status" aria-live="polite">
      {line !== 'hidden' && (
        <div
          className={`offline-banner offline-banner--${line}`}
          data-testid="offline-line"
          data-state={line}
          data-unconfirmed={unconfirmed}
        >
          <span className="offline-banner__dot" aria-hidden="true" />
          <p className="offline-banner__text">
            {line === 'offline' ? (
              <>
                <strong>{t('offline.label')}</strong> — {variant === 'edits' && t('offline.edits')}
                {variant === 'commands' && t('offline.commands')}
                {variant === 'short' && t('offline.reconnecting')}
                {variant === 'edits' && (
                  <span className="offline-banner__count" data-testid="offline-unconfirmed">
                    {' '}
                    {unconfirmed > 0 ? t('offline.unconfirmed', { count: unconfirmed }) : t('offline.allConfirmed')}
                  </span>
                )}
              </>
            ) : (
              <>
                <strong>{t('offline.backLabel')}</strong> —{' '}
                <span className="offline-banner__count" data-testid="offline-unconfirmed">
                  {t('offline.sending', { count: unconfirmed })}
                </span>
              </>
            )}
          </p>
        </div>
      )}
    </div>
  );
}
