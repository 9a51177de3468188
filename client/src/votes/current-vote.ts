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
