import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/http';
import { CopyField } from '../workshop/components';
import { absoluteUrl } from '../workshop/links';
import { renewArchiveLink } from './series-api';

import './archive.css';
/** The public archive's link: copy it, open it, or replace it (the old one stops working). */
export function ArchivePanel({
  seriesId,
  token,
  archivePath,
  onRenewed,
}: {
  seriesId: string;
  token: string;
  archivePath: string;
  onRenewed: (archivePath: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function renew() {
    if (!window.confirm(t('series.archive.renewConfirm'))) return;
    setBusy(true);
    setError(null);
    try {
      onRenewed(await renewArchiveLink(seriesId, token));
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="series-archive">
      <h2 id={`${id}-title`} className="panel-title">
        {t('series.archive.heading')}
      </h2>
      <p className="card__text">{t('series.archive.intro')}</p>
      <CopyField
        label={t('series.archive.link')}
        value={absoluteUrl(window.location.origin, archivePath)}
        testId="archive-link"
      />
      <div className="workshop-form__actions">
        <a className="button button--secondary button--small" href={archivePath} target="_blank" rel="noreferrer">
          {t('series.archive.open')}
        </a>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          data-testid="archive-renew"
          onClick={() => void renew()}
        >
          {t('series.archive.renew')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
