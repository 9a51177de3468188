import { useContext, useMemo, useSyncExternalStore } from 'react';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { votesStore } from '../votes/votes-store';
import { WorkshopContext } from '../workshop/workshop-context';

const noSubscription = () => () => {};
const noSessions = () => null;

/** Dots per note from the votes revealed so far (summed over them), as the results count them. */
export function revealedDots(sessions: readonly VoteSessionView[] | null): Map<string, number> {
  const dots = new Map<string, number>();
  for (const session of sessions ?? []) {
    if (session.status !== 'revealed' || !session.tallies) continue;
    for (const [id, count] of Object.entries(session.tallies)) dots.set(id, (dots.get(id) ?? 0) + count);
  }
  return dots;
}

/** Empty outside a workshop (a plain board has no votes). */
export function useNoteDots(): Map<string, number> {
  const workshop = useContext(WorkshopContext);
  const store = workshop ? votesStore(workshop) : null;
  const sessions = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    store ? () => store.getState().sessions : noSessions,
  );
  return useMemo(() => revealedDots(sessions), [sessions]);
}
