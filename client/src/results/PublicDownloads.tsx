import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_PREFIX } from '@mutopia/shared/protocol';
import { RESULTS_CSV_TABLES, type ResultsCsvTable } from '@mutopia/shared/results/results-schema';

import './results-toolbar.css';

/** The public page's downloads: plain links to the published exports (the link's key is their key), and print for a PDF. */
export function PublicDownloads({ workshopId, linkKey }: { workshopId: string; linkKey: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [table, setTable] = useState<ResultsCsvTable>('notes');
  const base = `${API_PREFIX}/public/results/${encodeURIComponent(workshopId)}/${encodeURIComponent(linkKey)}`;
  return (
    <section className="results-toolbar no-print" aria-labelledby={`${id}-heading`} data-testid="public-downloads">
      <div className="results-toolbar__group">
        <h2 id={`${id}-heading`} className="results-toolbar__heading">
          {t('results.public.downloads')}
        </h2>
        <div className="results-toolbar__row">
          <a className="button button--secondary" href={`${base}.md`} download data-testid="public-download-md">
            {t('results.toolbar.markdown')}
          </a>
          <span className="results-toolbar__csv">
            <label className="visually-hidden" htmlFor={`${id}-table`}>
              {t('results.toolbar.csvTable')}
            </label>
            <select
              id={`${id}-table`}
              className="input results-toolbar__select"
              value={table}
              data-testid="public-csv-table"
              onChange={(e) => setTable(e.target.value as ResultsCsvTable)}
            >
              {RESULTS_CSV_TABLES.map((name) => (
                <option key={name} value={name}>
                  {t(`results.toolbar.csvTables.${name}`)}
                </option>
              ))}
            </select>
            <a
              className="button button--secondary"
              href={`${base}.csv?table=${table}`}
              download
              data-testid="public-download-csv"
            >
              {t('results.toolbar.csv')}
            </a>
          </span>
          <button
            type="button"
            className="button button--secondary"
            data-testid="public-download-pdf"
            onClick={() => window.print()}
          >
            {t('results.public.pdf')}
          </button>
        </div>
      </div>
    </section>
  );
}
