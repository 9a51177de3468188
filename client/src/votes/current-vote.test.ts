import { describe, expect, it } from 'vitest';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { currentVote, votePresence } from './current-vote';

function session(
  id: string,
  stationId: string | null,
  status: VoteSessionView['status'],
  createdAt: number,
  phaseIndex: number | null = 0,
) {
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
    phaseIndex,
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

describe('how a phone offers a vote', () => {
  it('puts a running vote in front, also after the phase has moved on', () => {
    expect(votePresence(session('v', null, 'open', 1, 2), 2)).toBe('front');
    expect(votePresence(session('v', null, 'open', 1, 2), 3)).toBe('front');
  });

  it('keeps an ended vote in front during its own phase', () => {
    expect(votePresence(session('v', null, 'revealed', 1, 2), 2)).toBe('front');
    expect(votePresence(session('v', null, 'closed', 1, 2), 2)).toBe('front');
  });

  it('offers an ended vote of another phase only on request', () => {
    expect(votePresence(session('v', null, 'revealed', 1, 2), 3)).toBe('onRequest');
    expect(votePresence(session('v', null, 'closed', 1, 2), 3)).toBe('onRequest');
    // Going back to an earlier phase does not bring a later phase's result back either.
    expect(votePresence(session('v', null, 'revealed', 1, 2), 1)).toBe('onRequest');
  });

  it('treats a vote from before the start (or from an archive) as another phase once the workshop runs', () => {
    expect(votePresence(session('v', null, 'revealed', 1, null), null)).toBe('front');
    expect(votePresence(session('v', null, 'revealed', 1, null), 0)).toBe('onRequest');
  });
});
