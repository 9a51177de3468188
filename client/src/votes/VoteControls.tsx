import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VOTE_LIMITS, type VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { clampCount } from './clamp-count';
import { VoteBars } from './VoteBars';
import { useVoteActions, useVoteProgress } from './useVotes';

/**
 * The facilitator's side of one vote: how many took part (never for what)
 * while it runs, close and reveal, then the result and "take the top N
 * forward" (ships for notes and clusters, the shortlist for questions).
 */
export function VoteControls({ vote, promoteDefault }: { vote: VoteSessionView; promoteDefault: number }) {
  const { t } = useTranslation();
  const progress = useVoteProgress(vote.id);
  const { send, busy, error } = useVoteActions();
  const [count, setCount] = useState(promoteDefault);
  const [note, setNote] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const questions = vote.items.some((i) => i.kind === 'question');
  const labelOf = (id: string) => (vote.items.find((i) => i.id === id)?.label ?? id).split('\n')[0]!.trim();

  const promote = async () => {
    setNote(null);
    const outcome = await send('vote:promote', { sessionId: vote.id, count });
    if (!outcome.ok || !outcome.promotion) return;
    const { promoted, tiedAtCut } = outcome.promotion;
    const done =
      promoted.length > 0
        ? t('votes.facilitator.promoted', { count: promoted.length })
        : t('votes.facilitator.promotedNone');
    const tie =
      tiedAtCut.length > 0 ? ` ${t('votes.facilitator.tie', { labels: tiedAtCut.map(labelOf).join(', ') })}` : '';
    setNote(done + tie);
  };

  return (
    <div className="vote-controls" data-testid="vote-controls" data-status={vote.status}>
      <p className="vote-controls__summary">
        {t('votes.facilitator.summary', { count: vote.items.length, budget: vote.budget })}
        {vote.capPerItem !== null && ` ${t('votes.ballot.rules', { count: vote.capPerItem })}`}
      </p>
      {vote.status !== 'revealed' && (
        <p className="vote-controls__progress" aria-live="polite" data-testid="vote-progress">
          {progress && progress.dotsCast > 0
            ? t('votes.facilitator.progress', { dots: progress.dotsCast, people: progress.voters })
            : t('votes.facilitator.progressNone')}
        </p>
      )}
      {vote.status === 'revealed' && vote.tallies && (
        <VoteBars items={vote.items} tallies={vote.tallies} promoted={vote.promoted} />
      )}
      <div className="vote-controls__actions">
        {vote.status === 'open' && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            data-testid="vote-close"
            onClick={() => void send('vote:close', { sessionId: vote.id })}
          >
            {t('votes.facilitator.close')}
          </button>
        )}
        {vote.status !== 'revealed' && (
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy}
            data-testid="vote-reveal"
            onClick={() => void send('vote:reveal', { sessionId: vote.id })}
          >
            {vote.status === 'open' ? t('votes.facilitator.closeAndReveal') : t('votes.facilitator.reveal')}
          </button>
        )}
      </div>
      {vote.status === 'revealed' && (
        <div className="vote-controls__promote">
          <label className="field-label vote-controls__count">
            {t('votes.facilitator.promoteCount')}
            <input
              className="input input--small"
              type="number"
              min={1}
              max={VOTE_LIMITS.maxPromote}
              value={count}
              data-testid="vote-promote-count"
              onChange={(e) => setCount(clampCount(e.target.valueAsNumber, VOTE_LIMITS.maxPromote))}
            />
          </label>
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy}
            data-testid="vote-promote"
            onClick={() => void promote()}
          >
            {questions
              ? t('votes.facilitator.promoteQuestions', { count })
              : t('votes.facilitator.promoteShips', { count })}
          </button>
        </div>
      )}
      {note && (
        <p className="vote-controls__note" role="status" data-testid="vote-promote-result">
          {note}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="vote-control-error">
          {error}
        </p>
      )}
      <div className="vote-controls__delete">
        {confirmDelete ? (
          <>
            <button
              type="button"
              className="button button--small vote-controls__danger"
              disabled={busy}
              data-testid="vote-delete-confirm"
              onClick={() => void send('vote:delete', { sessionId: vote.id }).then(() => setConfirmDelete(false))}
            >
              {t('votes.facilitator.confirmDelete')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setConfirmDelete(false)}
            >
              {t('votes.facilitator.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="vote-delete"
            onClick={() => setConfirmDelete(true)}
          >
            {t('votes.facilitator.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
