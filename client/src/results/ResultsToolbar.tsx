import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESULTS_CSV_TABLES, type Publication, type ResultsCsvTable } from '@mutopia/shared/results/results-schema';
import { errorCodeOf } from '../api/http';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { CopyField } from '../workshop/components';
import { absoluteUrl } from '../workshop/links';
import { downloadResults, fetchPublication, setPublished, type ResultsDownload } from './results-api';
import { saveFile } from './save-file';

import './results-toolbar.css';
const FALLBACK_NAMES: Record<ResultsDownload['kind'], string> = {
  md: 'results.md',
  csv: 'results.csv',
  archive: 'workshop.mutopia-archive.json',
};

/** Facilitators only: publish or withdraw the public page, download the exports, print. Hidden in print. */
export function ResultsToolbar({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [publication, setPublication] = useState<Publication | null>(null);
  const [busy, setBusy] = useState(false);
  const [table, setTable] = useState<ResultsCsvTable>('ships');
  const [error, setError] = useState<string | null>(null);
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetchPublication(workshopId, token).then(
      (p) => !cancelled && setPublication(p),
      (cause: unknown) => !cancelled && setError(t(`errors.${errorCodeOf(cause)}`)),
    );
    return () => {
      cancelled = true;
    };
  }, [workshopId, token, t]);

  const toggle = async (publish: boolean) => {
    setBusy(true);
    setError(null);
    try {
      setPublication(await setPublished(workshopId, token, publish));
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
    } finally {
      setBusy(false);
    }
  };

  const download = async (what: ResultsDownload) => {
    setError(null);
    try {
      const { blob, fileName } = await downloadResults(workshopId, token, what);
      saveFile(blob, fileName ?? FALLBACK_NAMES[what.kind]);
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
    }
  };

  return (
    <section className="results-toolbar no-print" aria-label={t('results.toolbar.label')} data-testid="results-toolbar">
      <div className="results-toolbar__group">
        <h2 className="results-toolbar__heading">{t('results.toolbar.publication')}</h2>
        <p className="results-toolbar__status" data-testid="results-publication-status">
          {publication?.published ? t('results.toolbar.published') : t('results.toolbar.notPublished')}
        </p>
        {publication?.published && publication.path && (
          <CopyField
            label={t('results.toolbar.publicLink')}
            value={absoluteUrl(window.location.origin, publication.path)}
            testId="results-public-link"
          />
        )}
        <div className="results-toolbar__row">
          {publication?.published ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              data-testid="results-withdraw"
              aria-describedby={`${id}-withdraw-hint`}
              onClick={() => setConfirmingWithdraw(true)}
            >
              {t('results.toolbar.withdraw')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !publication}
              data-testid="results-publish"
              onClick={() => void toggle(true)}
            >
              {t('results.toolbar.publish')}
            </button>
          )}
        </div>
        {publication?.published && (
          <p id={`${id}-withdraw-hint`} className="results-toolbar__hint">
            {t('results.toolbar.withdrawHint')}
          </p>
        )}
        {confirmingWithdraw && (
          <ConfirmDialog
            title={t('steps.withdraw.title')}
            confirmLabel={t('steps.withdraw.confirm')}
            onConfirm={() => {
              setConfirmingWithdraw(false);
              void toggle(false);
            }}
            onCancel={() => setConfirmingWithdraw(false)}
            testId="results-withdraw-dialog"
          >
            <p>{t('steps.withdraw.text')}</p>
          </ConfirmDialog>
        )}
      </div>
      <div className="results-toolbar__group">
        <h2 className="results-toolbar__heading">{t('results.toolbar.downloads')}</h2>
        <div className="results-toolbar__row">
          <button
            type="button"
            className="button button--secondary"
            data-testid="results-download-md"
            onClick={() => void download({ kind: 'md' })}
          >
            {t('results.toolbar.markdown')}
          </button>
          <span className="results-toolbar__csv">
            <label className="visually-hidden" htmlFor={`${id}-table`}>
              {t('results.toolbar.csvTable')}
            </label>
            <select
              id={`${id}-table`}
              className="input results-toolbar__select"
              value={table}
              data-testid="results-csv-table"
              onChange={(e) => setTable(e.target.value as ResultsCsvTable)}
            >
              {RESULTS_CSV_TABLES.map((name) => (
                <option key={name} value={name}>
                  {t(`results.toolbar.csvTables.${name}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--secondary"
              data-testid="results-download-csv"
              onClick={() => void download({ kind: 'csv', table })}
            >
              {t('results.toolbar.csv')}
            </button>
          </span>
          <button
            type="button"
            className="button button--secondary"
            data-testid="results-download-archive"
            aria-describedby={`${id}-archive-hint`}
            onClick={() => void download({ kind: 'archive' })}
          >
            {t('results.toolbar.archive')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="results-print"
            onClick={() => window.print()}
          >
            {t('results.toolbar.print')}
          </button>
        </div>
        <p id={`${id}-archive-hint`} className="results-toolbar__hint">
          {t('results.toolbar.archiveHint')}
        </p>
      </div>
      {error && (
        <p className="form-error results-toolbar__error" role="alert" data-testid="results-toolbar-error">
          {error}
        </p>
      )}
    </section>
  );
}
