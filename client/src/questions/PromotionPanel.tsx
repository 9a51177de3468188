import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMOTE_MAX, type Question } from '@mutopia/shared/questions/question-schemas';
import type { Team } from '@mutopia/shared/workshop/definition';
import { GenerateStationsDialog } from './GenerateStationsDialog';
import { moveRank } from './wall-model';

import './promotion.css';
/**
 * The facilitator's choice in rank order: how many questions (N), the ranked
 * list with keyboard-reachable up/down/remove buttons, and station creation.
 */
export function PromotionPanel({
  questions,
  ranked,
  teams,
  target,
  setTarget,
  busy,
  promote,
  generate,
  generated,
}: {
  questions: Question[];
  /** Promoted questions in rank order. */
  ranked: Question[];
  teams: Team[];
  target: number;
  setTarget: (n: number) => void;
  busy: boolean;
  promote: (ids: string[]) => void;
  generate: () => Promise<boolean>;
  /** How many stations the last creation made, for a confirmation line. */
  generated: number | null;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const ids = ranked.map((q) => q.id);
  const teamOf = (q: Question) => teams.find((x) => x.id === q.teamId);

  return (
    <section className="promotion-panel" aria-labelledby={`${id}-heading`} data-testid="promotion-panel">
      <h2 className="panel-title" id={`${id}-heading`}>
        {t('questions.promote.heading')}
      </h2>
      <div className="promotion-panel__target">
        <label className="field-label" htmlFor={`${id}-target`}>
          {t('questions.promote.target')}
        </label>
        <input
          id={`${id}-target`}
          className="input promotion-panel__number"
          type="number"
          min={1}
          max={PROMOTE_MAX}
          value={target}
          data-testid="promotion-target"
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n)) setTarget(Math.min(PROMOTE_MAX, Math.max(1, n)));
          }}
        />
        <span className="promotion-panel__selected" role="status" data-testid="promotion-selected">
          {t('questions.promote.selected', { selected: ranked.length, target })}
        </span>
      </div>
      {ranked.length === 0 ? (
        <p className="promotion-panel__hint">{t('questions.promote.empty')}</p>
      ) : (
        <ol className="promotion-panel__list">
          {ranked.map((q, index) => {
            const rank = index + 1;
            const team = teamOf(q);
            return (
              <li key={q.id} className="promotion-panel__item" style={{ borderLeftColor: team?.color }}>
                <span className="promotion-panel__rank" aria-hidden="true">
                  {rank}
                </span>
                <span className="promotion-panel__text">
                  <span className="promotion-panel__team">{team?.name ?? q.teamId}</span> {q.text}
                </span>
                <span className="promotion-panel__buttons">
                  <button
                    type="button"
                    className="button button--secondary button--compact"
                    aria-label={t('questions.promote.up', { rank })}
                    title={t('questions.promote.up', { rank })}
                    disabled={busy || index === 0}
                    onClick={() => promote(moveRank(ids, index, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--compact"
                    aria-label={t('questions.promote.down', { rank })}
                    title={t('questions.promote.down', { rank })}
                    disabled={busy || index === ranked.length - 1}
                    onClick={() => promote(moveRank(ids, index, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--compact"
                    aria-label={t('questions.promote.removeRank', { rank })}
                    title={t('questions.promote.removeRank', { rank })}
                    disabled={busy}
                    onClick={() => promote(ids.filter((x) => x !== q.id))}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {ranked.length >= target && ranked.length > 0 && (
        <p className="promotion-panel__hint">{t('questions.promote.full', { target })}</p>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={busy || ranked.length === 0}
        data-testid="generate-stations"
        onClick={() => setConfirming(true)}
      >
        {t('questions.promote.generate')}
      </button>
      {generated !== null && (
        <p className="form-ok" role="status" data-testid="generate-done">
          {t('questions.generate.done', { count: generated })}
        </p>
      )}
      {confirming && (
        <GenerateStationsDialog
          questions={questions}
          busy={busy}
          onClose={() => setConfirming(false)}
          onConfirm={() => void generate().then(() => setConfirming(false))}
        />
      )}
    </section>
  );
}
