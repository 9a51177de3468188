import type { Summon } from '@mutopia/shared/workshop/session-state';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import type { Politeness } from '../stores/announcements';

/** An i18n key under `live.` with its values, and how urgently a screen reader should say it. */
export interface LiveMessage {
  key: 'minutesLeft' | 'timeUp' | 'summoned' | 'summonedTo' | 'voteOpened' | 'voteClosed' | 'voteRevealed';
  values?: Record<string, string | number>;
  politeness: Politeness;
}

const MINUTE = 60_000;
/** Minutes left at which a running countdown is said, besides its end. */
const MILESTONES = [5, 1];

/**
 * What a running countdown says as it goes from `beforeMs` to `afterMs` left:
 * "Noch 5 Minuten", "Noch 1 Minute" and, interrupting, "Die Zeit ist um" when
 * it crosses them; nothing on the other ticks, and nothing for a countdown
 * that was set to less (it starts below the milestone, it never crosses it).
 */
export function timerMessage(beforeMs: number, afterMs: number): LiveMessage | null {
  if (afterMs >= beforeMs) return null;
  if (beforeMs > 0 && afterMs <= 0) return { key: 'timeUp', politeness: 'assertive' };
  for (const minutes of MILESTONES) {
    const at = minutes * MINUTE;
    if (beforeMs > at && afterMs <= at) return { key: 'minutesLeft', values: { count: minutes }, politeness: 'polite' };
  }
  return null;
}

/** Whether a summons is meant for this person: everyone, their team or the station they are at. */
export function summonsMe(summon: Summon, teamId: string | null, stationId: string | null): boolean {
  const target = summon.target;
  if (target.kind === 'all') return true;
  if (target.kind === 'team') return target.teamId === teamId;
  return target.stationId === stationId;
}

/**
 * Votes that opened, closed or were revealed between two lists, for the votes
 * this person takes part in (workshop-wide or at their station).
 */
export function voteMessages(
  before: readonly VoteSessionView[] | null,
  after: readonly VoteSessionView[] | null,
  stationId: string | null,
): LiveMessage[] {
  // The first list after opening the page is how things are, not news.
  if (before === null || after === null) return [];
  const old = new Map(before.map((v) => [v.id, v.status]));
  const out: LiveMessage[] = [];
  for (const vote of after) {
    if (vote.stationId !== null && vote.stationId !== stationId) continue;
    const was = old.get(vote.id);
    if (was === vote.status) continue;
    const values = { title: vote.title };
    if (vote.status === 'open') out.push({ key: 'voteOpened', values, politeness: 'polite' });
    else if (vote.status === 'closed' && was === 'open') out.push({ key: 'voteClosed', values, politeness: 'polite' });
    else if (vote.status === 'revealed') out.push({ key: 'voteRevealed', values, politeness: 'polite' });
  }
  return out;
}
