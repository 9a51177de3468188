import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  VOTE_LIMITS,
  type PromoteResolution,
  type VoteSessionView,
  type VoteTie,
} from '@mutopia/shared/votes/vote-schemas';
import { clampCount } from './clamp-count';
import { ConfirmDeleteVote } from './ConfirmDeleteVote';
import { TieDecisionDialog } from './TieDecisionDialog';
import { VoteBars } from './VoteBars';
import { useTakenForward } from './useTakenForward';
import { useVoteActions, useVoteProgress } from './useVotes';

import './vote-controls.css';
/**
 * The facilitator's side of one vote: how many took part (never for what)
 * while it runs, close and reveal, then the result and "take the top N
 * forward" (ships for notes and clusters, the shortlist for questions). A tie
 * at the cut opens the tie dialog before anything moves.
 */
export function VoteControls({ vote, promoteDefault }: { vote: VoteSessionView; promoteDefault: number }) {
  const { t } = useTranslation();
  const progress = useVoteProgress(vote.id);
  const takenForward = useTakenForward(vote);
  const { send, busy, error, clearError } = useVoteActions();
  const [count, setCount] = useState(promoteDefault);
  const [note, setNote] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [tie, setTie] = useState<{ count: number; tie: VoteTie } | null>(null);
  const questions = vote.items.some((i) => i.kind === 'question');
  const dotsCast = progress?.dotsCast ?? Object.values(vote.tallies ?? {}).reduce((sum, dots) => sum + dots, 0);

  const promote = async (n: number, resolution?: PromoteResolution) => {
    setNote(null);
    const outcome = await send('vote:promote', { sessionId: vote.id, count: n, ...(resolution ? { resolution } : {}) });
    const tied = !outcome.ok && 'tie' in outcome ? outcome.tie : undefined;
    if (tied) {
      // Not a failure: the server waits for the facilitator's choice.
      clearError();
      setTie({ count: n, tie: tied });
      return;
    }
    setTie(null);
    if (!outcome.ok || !outcome.promotion) return;
    const { promoted } = outcome.promotion;
    setNote(
      promoted.length > 0
        ? t('votes.facilitator.promoted', { count: promoted.length })
        : t('votes.facilitator.promotedNone'),
    );
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
        <VoteBars items={vote.items} tallies={vote.tallies} promoted={takenForward} />
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
            onClick={() => void promote(count)}
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
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="vote-delete"
          onClick={() => setConfirmDelete(true)}
        >
          {t('votes.facilitator.delete')}
        </button>
      </div>
      {confirmDelete && (
        <ConfirmDeleteVote
          vote={vote}
          dotsCast={dotsCast}
          busy={busy}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void send('vote:delete', { sessionId: vote.id }).then(() => setConfirmDelete(false))}
        />
      )}
      {tie && (
        <TieDecisionDialog
          top={tie.count}
          cases={[{ sessionId: vote.id, items: vote.items, tie: tie.tie }]}
          busy={busy}
          onCancel={() => setTie(null)}
          onDecide={(resolutions) => void promote(tie.count, resolutions.get(vote.id))}
        />
      )}
    </div>
  );
}
