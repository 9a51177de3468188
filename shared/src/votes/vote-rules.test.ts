import { describe, expect, it } from 'vitest';
import {
  canCast,
  canRunVotes,
  castRefusal,
  closeRefusal,
  dotsLeft,
  progressFor,
  promoteRefusal,
  retractRefusal,
  talliesFor,
  type BallotRules,
} from './vote-rules.js';
import { voteOpenSchema, voteOpenStationsSchema, type VoteDots } from './vote-schemas.js';

const open: BallotRules = { status: 'open', budget: 3, capPerItem: null, itemIds: ['a', 'b', 'c'] };

/** Casts dots one by one as the server would, returning the dots held and the refusals. */
function castAll(rules: BallotRules, itemIds: string[]): { mine: VoteDots; refusals: (string | null)[] } {
  const mine: VoteDots = {};
  const refusals = itemIds.map((itemId) => {
    const refusal = castRefusal(rules, mine, itemId);
    if (!refusal) mine[itemId] = (mine[itemId] ?? 0) + 1;
    return refusal;
  });
  return { mine, refusals };
}

describe('casting dots', () => {
  it('accepts dots up to the budget and refuses the next one', () => {
    const { mine, refusals } = castAll(open, ['a', 'b', 'a', 'c', 'b']);
    expect(refusals).toEqual([null, null, null, 'budget_exhausted', 'budget_exhausted']);
    expect(mine).toEqual({ a: 2, b: 1 });
    expect(dotsLeft(3, mine)).toBe(0);
  });

  it('lets all dots go on one item when there is no cap', () => {
    expect(castAll(open, ['c', 'c', 'c']).mine).toEqual({ c: 3 });
  });

  it('refuses a dot over the cap per item but still accepts dots on other items', () => {
    const capped = { ...open, budget: 5, capPerItem: 2 };
    const { mine, refusals } = castAll(capped, ['a', 'a', 'a', 'b', 'b', 'b', 'c']);
    expect(refusals).toEqual([null, null, 'cap_reached', null, null, 'cap_reached', null]);
    expect(mine).toEqual({ a: 2, b: 2, c: 1 });
  });

  it('reports the exhausted budget before the cap, because taking a dot back is what helps', () => {
    expect(castRefusal({ ...open, budget: 2, capPerItem: 2 }, { a: 2 }, 'a')).toBe('budget_exhausted');
  });

  it('refuses items that are not on the ballot', () => {
    expect(castRefusal(open, {}, 'zzz')).toBe('unknown_item');
  });

  it('refuses every dot once the vote is closed or revealed', () => {
    expect(castRefusal({ ...open, status: 'closed' }, {}, 'a')).toBe('vote_closed');
    expect(castRefusal({ ...open, status: 'revealed' }, {}, 'a')).toBe('vote_closed');
  });
});

describe('taking dots back', () => {
  it('is allowed from an item that holds one of mine while the vote is open', () => {
    expect(retractRefusal(open, { a: 1 }, 'a')).toBeNull();
    expect(retractRefusal(open, { a: 1 }, 'b')).toBe('nothing_to_retract');
    expect(retractRefusal(open, { a: 0 }, 'a')).toBe('nothing_to_retract');
  });

  it('frees budget for another item', () => {
    const full: VoteDots = { a: 3 };
    expect(castRefusal(open, full, 'b')).toBe('budget_exhausted');
    expect(castRefusal(open, { a: 2 }, 'b')).toBeNull();
  });

  it('is refused after the close', () => {
    expect(retractRefusal({ ...open, status: 'closed' }, { a: 1 }, 'a')).toBe('vote_closed');
    expect(retractRefusal({ ...open, status: 'revealed' }, { a: 1 }, 'a')).toBe('vote_closed');
  });
});

describe('who may do and see what', () => {
  const tallies = { a: 4, b: 1 };

  it('only participants cast; only facilitators run votes', () => {
    expect(canCast('participant')).toBe(true);
    for (const role of ['viewer', 'facilitator', 'cofacilitator'] as const) expect(canCast(role)).toBe(false);
    expect(canRunVotes('facilitator')).toBe(true);
    expect(canRunVotes('cofacilitator')).toBe(true);
    expect(canRunVotes('participant')).toBe(false);
    expect(canRunVotes('viewer')).toBe(false);
  });

  it('hides tallies from every role until the reveal, the facilitator included', () => {
    for (const role of ['participant', 'viewer', 'facilitator', 'cofacilitator'] as const) {
      expect(talliesFor(role, 'open', tallies)).toBeNull();
      expect(talliesFor(role, 'closed', tallies)).toBeNull();
      expect(talliesFor(role, 'revealed', tallies)).toEqual(tallies);
    }
  });

  it('shows progress to facilitators and projectors, never to participants', () => {
    const progress = { dotsCast: 7, voters: 3 };
    expect(progressFor('facilitator', progress)).toEqual(progress);
    expect(progressFor('cofacilitator', progress)).toEqual(progress);
    expect(progressFor('viewer', progress)).toEqual(progress);
    expect(progressFor('participant', progress)).toBeNull();
  });

  it('closes only open votes and promotes only revealed ones', () => {
    expect(closeRefusal('open')).toBeNull();
    expect(closeRefusal('closed')).toBe('vote_closed');
    expect(promoteRefusal('open')).toBe('not_revealed');
    expect(promoteRefusal('closed')).toBe('not_revealed');
    expect(promoteRefusal('revealed')).toBeNull();
  });
});

describe('opening a vote', () => {
  it('defaults the budget to 3 and refuses duplicate or too many items', () => {
    const parsed = voteOpenSchema.parse({ stationId: 'room-1', title: 'Ansätze', items: [{ kind: 'note', id: 'n1' }] });
    expect(parsed.budget).toBe(3);
    const twice = [
      { kind: 'note', id: 'n1' },
      { kind: 'group', id: 'n1' },
    ];
    expect(voteOpenSchema.safeParse({ stationId: null, title: 'x', items: twice }).success).toBe(false);
    const many = Array.from({ length: 201 }, (_, i) => ({ kind: 'note', id: `n${i}` }));
    expect(voteOpenSchema.safeParse({ stationId: null, title: 'x', items: many }).success).toBe(false);
    expect(voteOpenSchema.safeParse({ stationId: null, title: 'x', items: [], budget: 3 }).success).toBe(false);
    expect(
      voteOpenSchema.safeParse({ stationId: null, title: 'x', items: [{ kind: 'note', id: 'a' }], budget: 21 }).success,
    ).toBe(false);
  });
});

describe('a vote at every station', () => {
  it('takes distinct stations, at most 60, with the usual budget', () => {
    const parsed = voteOpenStationsSchema.parse({ stationIds: ['mutopia-1-pippi'], title: 'Ansätze' });
    expect(parsed.budget).toBe(3);
    expect(voteOpenStationsSchema.safeParse({ stationIds: ['a', 'a'], title: 'x' }).success).toBe(false);
    expect(voteOpenStationsSchema.safeParse({ stationIds: [], title: 'x' }).success).toBe(false);
    const many = Array.from({ length: 61 }, (_, i) => `s-${i}`);
    expect(voteOpenStationsSchema.safeParse({ stationIds: many, title: 'x' }).success).toBe(false);
  });
});
