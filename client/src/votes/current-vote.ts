import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';

/**
 * The vote to show for a board (stationId) or the workshop-wide one (null): the
 * open one if there is one, else the latest; null when there is none.
 */
export function currentVote(
  sessions: readonly VoteSessionView[] | null,
  stationId: string | null,
): VoteSessionView | null {
  let latest: VoteSessionView | null = null;
  for (const s of sessions ?? []) {
    if (s.stationId !== stationId) continue;
    if (s.status === 'open') return s;
    if (!latest || s.createdAt >= latest.createdAt) latest = s;
  }
  return latest;
}

/** How a participant's screen offers a vote: in front of everything, or behind a small button. */
export type VotePresence = 'front' | 'onRequest';

/**
 * A vote belongs to its phase. While it runs it is in front wherever the
 * workshop is (people must be able to vote); once it has ended, only during the
 * phase it belongs to. After that its result is history: on request, not in the way.
 */
export function votePresence(
  vote: Pick<VoteSessionView, 'status' | 'phaseIndex'>,
  phaseIndex: number | null,
): VotePresence {
  if (vote.status === 'open') return 'front';
  return vote.phaseIndex === phaseIndex ? 'front' : 'onRequest';
}
