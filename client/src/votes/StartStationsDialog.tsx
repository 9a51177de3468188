import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Station } from '@mutopia/shared/workshop/definition';
import type { VoteStationPreview } from '@mutopia/shared/votes/vote-schemas';
import { sendVoteEvent, voteErrorKey } from './votes-store';
import { useWorkshop } from '../workshop/useWorkshop';
import './vote-decisions.css';

import './vote-dialog.css';
/**
 * Before a vote starts at many stations at once: what each ballot will hold
 * (the server reads the boards, the console has none of them open), and which
 * stations will be skipped.
 */
export function StartStationsDialog({
  stations,
  busy,
  onStart,
  onClose,
}: {
  stations: readonly Station[];
  busy: boolean;
  onStart: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const connection = useWorkshop();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [preview, setPreview] = useState<VoteStationPreview[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stationIds = stations.map((s) => s.id).join(' ');

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    void sendVoteEvent(connection, 'vote:previewStations', { stationIds: stationIds.split(' ') }).then((outcome) => {
      if (!live) return;
      // Stations that will vote first; those skipped after them, each group in station order.
      if (outcome.ok) setPreview([...(outcome.preview ?? [])].sort((a, b) => Number(!!a.error) - Number(!!b.error)));
      else setError(t(voteErrorKey(outcome.error)));
    });
    return () => {
      live = false;
    };
  }, [connection, stationIds, t]);

  const line = (p: VoteStationPreview) => {
    if (p.error === 'no_items') return t('votes.decide.stations.empty');
    if (p.error === 'vote_in_progress') return t('votes.decide.stations.running');
    if (p.error) return t(voteErrorKey(p.error));
    return t('votes.decide.stations.counts', {
      groups: t('votes.decide.stations.groups', { count: p.groups }),
      notes: t('votes.decide.stations.looseNotes', { count: p.looseNotes }),
      items: t('votes.decide.stations.items', { count: p.items }),
    });
  };
  const starting = preview?.filter((p) => !p.error).length ?? 0;

  return (
    <dialog
      ref={ref}
      className="vote-dialog"
      aria-labelledby={`${id}-heading`}
      data-testid="station-votes-start-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="vote-dialog__form">
        <h2 id={`${id}-heading`} className="vote-dialog__title">
          {t('votes.decide.stations.heading')}
        </h2>
        <p>{t('votes.decide.stations.intro')}</p>
        {preview === null && !error && (
          <p className="vote-dialog__summary" role="status">
            {t('votes.decide.stations.loading')}
          </p>
        )}
        {preview && (
          <ul className="station-ballots" aria-label={t('votes.decide.stations.listLabel')}>
            {preview.map((p) => (
              <li
                key={p.stationId}
                className={p.error ? 'station-ballots__row is-skipped' : 'station-ballots__row'}
                data-testid="station-ballot"
                data-items={p.items}
                data-skipped={p.error ? 'true' : 'false'}
              >
                <span className="station-ballots__name">
                  {stations.find((s) => s.id === p.stationId)?.name ?? p.stationId}
                </span>
                <span className="station-ballots__count">{line(p)}</span>
              </li>
            ))}
          </ul>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="vote-dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('votes.facilitator.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || starting === 0}
            data-testid="station-votes-start-confirm"
            onClick={onStart}
          >
            {t('votes.overview.start', { count: starting })}
          </button>
        </div>
      </div>
    </dialog>
  );
}
