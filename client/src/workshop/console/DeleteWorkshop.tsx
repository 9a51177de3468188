import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { RetentionInfo } from '@mutopia/shared/retention';
import { errorCodeOf } from '../../api/http';
import { deleteWorkshop, fetchRetention, setKeepResults } from '../../api/retention';
import { formatDate } from '../../series/format';
import { useWorkshopAccess } from '../../stores/workshopAccess';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useSession, useWorkshop } from '../useWorkshop';

import './delete-workshop.css';

/**
 * The workshop's data lifecycle in the console: the day it is deleted
 * automatically, whether its results are kept (without names), and deleting
 * it now, after a dialog that names everything that is lost.
 */
export function DeleteWorkshop() {
  const { t, i18n } = useTranslation();
  const { workshopId, token } = useWorkshop();
  const view = useSession((s) => s.view)!;
  const people = useSession((s) => s.roster?.length ?? 0);
  const isFacilitator = useSession((s) => s.welcome?.role === 'facilitator');
  const [info, setInfo] = useState<RetentionInfo | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const headingId = useId();
  const hintId = useId();

  useEffect(() => {
    const abort = new AbortController();
    fetchRetention(workshopId, token, abort.signal).then(setInfo, (cause: unknown) => {
      if (!abort.signal.aborted) setError(t(`errors.${errorCodeOf(cause)}`));
    });
    return () => abort.abort();
  }, [workshopId, token, t]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(t(`errors.${errorCodeOf(cause)}`));
    } finally {
      setBusy(false);
    }
  };

  const remove = () =>
    run(async () => {
      await deleteWorkshop(workshopId, token);
      useWorkshopAccess.getState().forget(workshopId);
      navigate('/');
    });

  const title = view.definition.title;
  const boards = Object.keys(view.boards).length;

  return (
    <section className="panel delete-workshop" aria-labelledby={headingId} data-testid="delete-workshop">
      <h2 id={headingId} className="panel-title">
        {t('retention.heading')}
      </h2>
      {info && (
        <p data-testid="retention-delete-on">
          {info.deleteOn
            ? t('retention.deleteOn', {
                date: formatDate(info.deleteOn, i18n.resolvedLanguage, 'long'),
                days: info.retentionDays,
              })
            : t('retention.keptForever')}
        </p>
      )}
      {info && (
        <div className="delete-workshop__keep">
          <input
            type="checkbox"
            id={`${headingId}-keep`}
            checked={info.keepResults}
            disabled={!isFacilitator || busy}
            aria-describedby={hintId}
            data-testid="retention-keep-results"
            onChange={(e) => {
              const keep = e.target.checked;
              const before = info;
              // Flip at once: a checkbox that waits for the server looks broken.
              setInfo({ ...info, keepResults: keep });
              void run(async () => {
                try {
                  setInfo(await setKeepResults(workshopId, token, keep));
                } catch (cause) {
                  setInfo(before);
                  throw cause;
                }
              });
            }}
          />
          <label htmlFor={`${headingId}-keep`}>{t('retention.keepResults')}</label>
          <p id={hintId} className="delete-workshop__hint">
            {t('retention.keepResultsHint')}
          </p>
        </div>
      )}
      {isFacilitator ? (
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          data-testid="delete-workshop-open"
          onClick={() => setConfirming(true)}
        >
          {busy ? t('retention.deleting') : t('retention.deleteButton')}
        </button>
      ) : (
        <p className="delete-workshop__hint">{t('retention.onlyFacilitator')}</p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('retention.confirmTitle', { title })}
          confirmLabel={t('retention.confirm')}
          testId="delete-workshop-dialog"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void remove();
          }}
        >
          <p>{t('retention.confirmLead')}</p>
          <ul>
            <li>{t('retention.confirmBoards', { count: boards })}</li>
            <li>{t('retention.confirmPeople', { count: people })}</li>
            <li>{t('retention.confirmRest')}</li>
          </ul>
          <p>
            <strong>{t('retention.confirmFinal')}</strong>
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
