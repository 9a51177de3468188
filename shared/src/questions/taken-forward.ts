import type { VoteItemKind } from '../votes/vote-schemas.js';
import type { Question } from './question-schemas.js';

/**
 * The items of a vote marked as taken forward ("übernommen"). For questions
 * that is the wall's current selection, not what the vote once promoted: the
 * facilitator may swap a promoted question for another afterwards, and the mark
 * must follow (on the phones, the results page and in the exports). Notes and
 * clusters promoted into ships keep the vote's own record.
 *
 * Ships first in promotion order, then questions by rank.
 */
export function takenForward(
  vote: { items: ReadonlyArray<{ id: string; kind: VoteItemKind }>; promoted: readonly string[] },
  questions: ReadonlyArray<Pick<Question, 'id' | 'promotedRank'>>,
): string[] {
  const onBallot = new Set(vote.items.filter((i) => i.kind === 'question').map((i) => i.id));
  const ships = vote.promoted.filter((id) => !onBallot.has(id));
  const selected = questions
    .filter((q) => q.promotedRank !== null && onBallot.has(q.id))
    .sort((a, b) => (a.promotedRank ?? 0) - (b.promotedRank ?? 0))
    .map((q) => q.id);
  return [...ships, ...selected];
}
