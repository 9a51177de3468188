import { useTranslation } from 'react-i18next';
import type { VoteDots, VoteItem } from '@mutopia/shared/votes/vote-schemas';

import './vote-bars.css';
export interface VoteBarsProps {
  items: readonly VoteItem[];
  tallies: VoteDots;
  /** Item ids taken forward (ships, promoted questions): marked in the chart. */
  promoted?: readonly string[];
  /** Larger type for a projector. */
  large?: boolean;
  testId?: string;
}

/**
 * Tallies as horizontal bars, most dots first (equal counts keep the ballot's
 * order, as promotion does). Each row reads as "label, n dots" to a screen
 * reader; the bar itself is decoration.
 */
export function VoteBars({ items, tallies, promoted = [], large = false, testId = 'vote-bars' }: VoteBarsProps) {
  const { t } = useTranslation();
  const rows = items
    .map((item, index) => ({ item, index, count: tallies[item.id] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.index - b.index);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const taken = new Set(promoted);
  return (
    <figure className={large ? 'vote-bars vote-bars--large' : 'vote-bars'} data-testid={testId}>
      <ol className="vote-bars__list">
        {rows.map(({ item, count }) => (
          <li
            key={item.id}
            className={taken.has(item.id) ? 'vote-bars__row is-promoted' : 'vote-bars__row'}
            data-testid="vote-bar"
            data-item-id={item.id}
            data-count={count}
          >
            <span className="vote-bars__label">
              {item.label || t('votes.ballot.emptyLabel')}
              {taken.has(item.id) && <span className="vote-bars__badge">{t('votes.bars.promoted')}</span>}
            </span>
            <span className="vote-bars__track" aria-hidden="true">
              <span className="vote-bars__bar" style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span className="vote-bars__count">{t('votes.bars.dots', { count })}</span>
          </li>
        ))}
      </ol>
      <figcaption className="vote-bars__total">{t('votes.bars.total', { count: total })}</figcaption>
    </figure>
  );
}
