import { describe, expect, it } from 'vitest';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { currentVote } from './current-vote';

function session(id: string, stationId: string | null, status: VoteSessionView['status'], createdAt: number) {
  return {
    id,
    stationId,
    title: id,
    items: [],
    budget: 3,
    capPerItem: null,
    status,
    tallies: null,
    promoted: [],
    createdAt,
    closedAt: null,
    revealedAt: null,
  } satisfies VoteSessionView;
}

describe('the vote a board shows', () => {
  const sessions = [
    session('old-revealed', 'room-1', 'revealed', 1),
    session('running', 'room-1', 'open', 2),
    session('newer-closed', 'room-1', 'closed', 3),
    session('elsewhere', 'room-2', 'revealed', 4),
    session('questions', null, 'revealed', 5),
  ];

  it('is the open vote of that board when there is one, even if a newer one is closed', () => {
    expect(currentVote(sessions, 'room-1')?.id).toBe('running');
  });

  it('is otherwise the latest vote of that board, and workshop-wide votes are their own scope', () => {
    expect(currentVote(sessions, 'room-2')?.id).toBe('elsewhere');
    expect(currentVote(sessions, null)?.id).toBe('questions');
    expect(currentVote(sessions.slice(0, 1).concat(sessions.slice(2)), 'room-1')?.id).toBe('newer-closed');
  });

  it('is nothing for a board without votes or before the sessions arrived', () => {
    expect(currentVote(sessions, 'room-3')).toBeNull();
    expect(currentVote(null, 'room-1')).toBeNull();
  });
});
