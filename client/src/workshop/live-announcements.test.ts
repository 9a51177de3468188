import { describe, expect, it } from 'vitest';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import type { Summon } from '@mutopia/shared/workshop/session-state';
import { summonsMe, timerMessage, voteMessages } from './live-announcements';

const min = (m: number, s = 0) => (m * 60 + s) * 1000;

describe('timerMessage', () => {
  it('speaks at 5 minutes, 1 minute and the end, and on no other second', () => {
    const said: string[] = [];
    for (let left = min(12); left >= 0; left -= 1000) {
      const message = timerMessage(left + 1000, left);
      if (message) said.push(`${message.key}:${message.values?.['count'] ?? ''}:${message.politeness}`);
    }
    expect(said).toEqual(['minutesLeft:5:polite', 'minutesLeft:1:polite', 'timeUp::assertive']);
  });

  it('does not speak for a countdown set below a milestone, a pause or time added', () => {
    expect(timerMessage(min(3), min(3))).toBeNull();
    expect(timerMessage(min(0, 50), min(4))).toBeNull();
    expect(timerMessage(min(0), min(0))).toBeNull();
  });
});

describe('summonsMe', () => {
  const summon = (target: Summon['target']): Summon => ({ target, toStationId: null, at: 0 });
  it('reaches everyone, the team or the station named', () => {
    expect(summonsMe(summon({ kind: 'all' }), null, null)).toBe(true);
    expect(summonsMe(summon({ kind: 'team', teamId: 't1' }), 't1', null)).toBe(true);
    expect(summonsMe(summon({ kind: 'team', teamId: 't1' }), 't2', null)).toBe(false);
    expect(summonsMe(summon({ kind: 'station', stationId: 's1' }), 't2', 's1')).toBe(true);
    expect(summonsMe(summon({ kind: 'station', stationId: 's1' }), 't2', 's2')).toBe(false);
  });
});

describe('voteMessages', () => {
  const vote = (id: string, status: string, stationId: string | null = null) =>
    ({ id, title: `Vote ${id}`, status, stationId, items: [], tallies: null }) as unknown as VoteSessionView;

  it('says when a vote of mine opens, closes and is revealed', () => {
    expect(voteMessages([], [vote('a', 'open')], null).map((m) => m.key)).toEqual(['voteOpened']);
    expect(voteMessages([vote('a', 'open')], [vote('a', 'closed')], null).map((m) => m.key)).toEqual(['voteClosed']);
    expect(voteMessages([vote('a', 'closed')], [vote('a', 'revealed')], null).map((m) => m.key)).toEqual([
      'voteRevealed',
    ]);
  });

  it('stays silent on the first list, unchanged votes and other stations', () => {
    expect(voteMessages(null, [vote('a', 'open')], null)).toEqual([]);
    expect(voteMessages([vote('a', 'open')], [vote('a', 'open')], null)).toEqual([]);
    expect(voteMessages([], [vote('b', 'open', 's2')], 's1')).toEqual([]);
    expect(voteMessages([], [vote('b', 'open', 's1')], 's1')).toHaveLength(1);
  });
});
