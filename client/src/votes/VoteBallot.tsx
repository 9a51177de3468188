import { useTranslation } from 'react-i18next';
import { dotsLeft } from '@mutopia/shared/votes/vote-rules';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { useMyDots, useVoteActions } from './useVotes';

import './ballot.css';
/** Short enough for a button's accessible name. */
function shortLabel(label: string): string {
  const line = label.split('\n')[0]!.trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/**
 * A participant's ballot while the vote is open: dots left, the items with
 * + and −. A refused dot says why (the server decides; it is never guessed here).
 */
export function VoteBallot({ vote }: { vote: VoteSessionView }) {
  const { t } = useTranslation();
  const mine = useMyDots(vote.id);
  const left = dotsLeft(vote.budget, mine);
  const { send, error } = useVoteActions();
  const dot = (event: 'vote:cast' | 'vote:retract', itemId: string) => void send(event, { sessionId: vote.id, itemId });
  return (
    <div className="vote-ballot" data-testid="vote-ballot" data-session-id={vote.id}>
      <div className="vote-ballot__status">
        <p className="vote-ballot__left" aria-live="polite" data-testid="vote-left" data-left={left}>
          {left > 0
            ? t('votes.ballot.left', { left, budget: vote.budget })
            : t('votes.ballot.leftNone', { budget: vote.budget })}
        </p>
        {error && (
          <p className="form-error vote-ballot__error" role="alert" data-testid="vote-error">
            {error}
          </p>
        )}
      </div>
      <p className="vote-ballot__hint">
        {vote.capPerItem !== null && <>{t('votes.ballot.rules', { count: vote.capPerItem })} </>}
        {t('votes.ballot.hidden')}
      </p>
      <ul className="vote-ballot__items">
        {vote.items.map((item) => {
          const count = mine[item.id] ?? 0;
          const label = item.label || t('votes.ballot.emptyLabel');
          return (
            <li
              key={item.id}
              className={count > 0 ? 'vote-ballot__item has-dots' : 'vote-ballot__item'}
              data-testid="vote-item"
              data-item-id={item.id}
            >
              <span className="vote-ballot__label">{label}</span>
              <span className="vote-ballot__controls">
                <button
                  type="button"
                  className="vote-ballot__button"
                  aria-label={t('votes.ballot.remove', { label: shortLabel(label) })}
                  title={t('votes.ballot.remove', { label: shortLabel(label) })}
                  disabled={count === 0}
                  data-testid="vote-retract"
                  onClick={() => dot('vote:retract', item.id)}
                >
                  −
                </button>
                <span className="vote-ballot__dots" data-testid="vote-mine" data-count={count}>
                  <span aria-hidden="true">{count > 0 ? '●'.repeat(Math.min(count, 10)) : '○'}</span>
                  <span className="visually-hidden">{t('votes.ballot.mine', { count })}</span>
                </span>
                <button
                  type="button"
                  className="vote-ballot__button vote-ballot__button--add"
                  aria-label={t('votes.ballot.add', { label: shortLabel(label) })}
                  title={t('votes.ballot.add', { label: shortLabel(label) })}
                  data-testid="vote-cast"
                  onClick={() => dot('vote:cast', item.id)}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
