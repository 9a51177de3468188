import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanOrigin, useLinkOrigin } from '../useLinkOrigin';

import './link-origin.css';

/**
 * Shown while the console runs on a loopback address: links built from it
 * would send phones to themselves. Offers the server's network addresses.
 */
export function LinkOriginNotice() {
  const { t } = useTranslation();
  const { origin, warning, choices } = useLinkOrigin();
  const id = useId();
  if (warning !== 'loopback') return null;
  return (
    <div className="link-origin" role="note" aria-labelledby={`${id}-title`} data-testid="link-origin-warning">
      <p id={`${id}-title`} className="link-origin__title">
        {t('linkOrigin.loopbackTitle')}
      </p>
      {choices.length === 0 ? (
        <p className="link-origin__text">{t('linkOrigin.none')}</p>
      ) : (
        <>
          <p className="link-origin__text">{t('linkOrigin.loopbackText')}</p>
          <label className="field-label link-origin__choice">
            {t('linkOrigin.choose')}
            <select
              className="input select"
              value={origin}
              data-testid="link-origin-choice"
              onChange={(e) => chooseLanOrigin(e.target.value)}
            >
              {choices.map((choice) => (
                <option key={choice} value={choice}>
                  {choice.replace(/^https?:\/\//, '')}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </div>
  );
}
