import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../workshop/components';
import { absoluteUrl, withFragment } from '../workshop/links';
import { seriesPath } from './links';
import { useCreatedSeries } from './seriesAccess';

import '../workshop/console/links-dialog.css';
/** Right after creating a series: its link, shown this once (only a hash of its key is stored). */
export function CreatedSeriesDialog({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation();
  const created = useCreatedSeries((s) => (s.created?.seriesId === seriesId ? s.created : null));
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (created && dialog && !dialog.open) dialog.showModal();
  }, [created]);

  if (!created) return null;
  const close = () => {
    ref.current?.close();
    useCreatedSeries.getState().dismiss();
  };
  return (
    <dialog
      ref={ref}
      className="links-dialog"
      aria-labelledby="series-link-title"
      data-testid="created-series-link"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="series-link-title" className="links-dialog__title">
        {t('series.link.title')}
      </h2>
      <p className="links-dialog__intro">{t('series.link.intro')}</p>
      <div className="key-warning" role="note">
        <strong>{t('series.link.warningTitle')}</strong> {t('series.link.warning')}
      </div>
      <CopyField
        label={t('series.link.label')}
        value={absoluteUrl(
          window.location.origin,
          withFragment(seriesPath(seriesId), 'key', created.facilitatorSecret),
        )}
        testId="series-link"
      />
      <div className="links-dialog__actions">
        <button type="button" className="button button--primary" data-testid="series-link-close" onClick={close}>
          {t('series.link.saved')}
        </button>
      </div>
    </dialog>
  );
}
