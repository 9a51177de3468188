import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromoteResolution, VoteItem, VoteTie } from '@mutopia/shared/votes/vote-schemas';
import './vote-decisions.css';

import './vote-dialog.css';
/** One vote whose top N cut through a tie. */
export interface TieCase {
  sessionId: string;
  /** The station's name where several votes are decided at once. */
  heading?: string;
  items: readonly VoteItem[];
  tie: VoteTie;
}

const firstLine = (label: string) => label.split('\n')[0]!.trim();

/**
 * Shown before anything is promoted when the cut at N falls inside a tie: the
 * facilitator takes every tied item or picks, per vote, instead of the list
 * order deciding unseen.
 */
export function TieDecisionDialog({
  top,
  cases,
  busy,
  onDecide,
  onCancel,
}: {
  top: number;
  cases: readonly TieCase[];
  busy: boolean;
  onDecide: (resolutions: ReadonlyMap<string, PromoteResolution>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [picked, setPicked] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const pickedIn = (sessionId: string) => picked.get(sessionId) ?? new Set<string>();
  const setPick = (sessionId: string, next: ReadonlySet<string>) =>
    setPicked((all) => new Map(all).set(sessionId, next));
  const toggle = (sessionId: string, itemId: string, on: boolean) => {
    const next = new Set(pickedIn(sessionId));
    if (on) next.add(itemId);
    else next.delete(itemId);
    setPick(sessionId, next);
  };
  const labelOf = (c: TieCase, itemId: string) =>
    firstLine(c.items.find((i) => i.id === itemId)?.label ?? '') || t('votes.ballot.emptyLabel');

  const takeAll = () => onDecide(new Map(cases.map((c) => [c.sessionId, 'all_tied' as const])));
  const takePicked = () =>
    onDecide(
      new Map(cases.map((c) => [c.sessionId, { pick: c.tie.tied.filter((i) => pickedIn(c.sessionId).has(i)) }])),
    );

  return (
    <dialog
      ref={ref}
      className="vote-dialog tie-dialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-intro`}
      data-testid="tie-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <div className="vote-dialog__form">
        <h2 id={`${id}-heading`} className="vote-dialog__title">
          {t('votes.decide.tie.heading')}
        </h2>
        <p id={`${id}-intro`}>{t('votes.decide.tie.intro', { top })}</p>
        <div className="tie-dialog__cases">
          {cases.map((c) => {
            const mine = pickedIn(c.sessionId);
            return (
              <fieldset key={c.sessionId} className="tie-case" data-testid="tie-case" data-session-id={c.sessionId}>
                <legend className="tie-case__legend">
                  {c.heading ?? t('votes.decide.tie.tied', { count: c.tie.dots })}
                </legend>
                {c.tie.clear.length > 0 && (
                  <p className="tie-case__clear">
                    {t('votes.decide.tie.clear', { labels: c.tie.clear.map((i) => labelOf(c, i)).join(', ') })}
                  </p>
                )}
                <p className="tie-case__rule">
                  {c.heading !== undefined && `${t('votes.decide.tie.tied', { count: c.tie.dots })} · `}
                  {t('votes.decide.tie.seats', { count: c.tie.seats })}
                </p>
                <ul className="tie-case__items">
                  {c.tie.tied.map((itemId) => (
                    <li key={itemId}>
                      <label className="vote-dialog__choice">
                        <input
                          type="checkbox"
                          checked={mine.has(itemId)}
                          data-testid="tie-pick"
                          data-item-id={itemId}
                          onChange={(e) => toggle(c.sessionId, itemId, e.target.checked)}
                        />
                        {labelOf(c, itemId)}
                      </label>
                    </li>
                  ))}
                </ul>
                <div className="tie-case__footer">
                  <span className="tie-case__count" aria-live="polite">
                    {t('votes.decide.tie.picked', { picked: mine.size, tied: c.tie.tied.length })}
                  </span>
                  <button
                    type="button"
                    className="button button--secondary button--compact"
                    data-testid="tie-select-all"
                    onClick={() => setPick(c.sessionId, new Set(c.tie.tied))}
                  >
                    {t('votes.decide.tie.selectAll')}
                  </button>
                </div>
              </fieldset>
            );
          })}
        </div>
        <p className="tie-dialog__hint">{t('votes.decide.tie.noneHint')}</p>
        <div className="vote-dialog__actions tie-dialog__actions">
          <button type="button" className="button button--secondary" data-testid="tie-cancel" onClick={onCancel}>
            {t('votes.facilitator.cancel')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            data-testid="tie-take-picked"
            onClick={takePicked}
          >
            {t('votes.decide.tie.takePicked')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            data-testid="tie-take-all"
            onClick={takeAll}
          >
            {cases.length > 1 ? t('votes.decide.tie.takeAllEverywhere') : t('votes.decide.tie.takeAll')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
