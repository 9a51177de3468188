import { describe, expect, it } from 'vitest';
import { planPromotion, rankByDots } from './promotion.js';
import { votePromoteSchema } from './vote-schemas.js';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('ranking by dots', () => {
  it('puts most dots first, keeps ballot order among equals and leaves out items without dots', () => {
    expect(rankByDots(items, { c: 5, a: 2, e: 2 })).toEqual([
      { id: 'c', dots: 5 },
      { id: 'a', dots: 2 },
      { id: 'e', dots: 2 },
    ]);
  });
});

describe('top N without a tie at the cut', () => {
  it('promotes the first N with dots, never an item nobody voted for', () => {
    expect(planPromotion(items, { c: 5, a: 2, e: 3 }, 2, [])).toEqual({ kind: 'promote', ids: ['c', 'e'] });
    expect(planPromotion(items, { b: 1 }, 3, [])).toEqual({ kind: 'promote', ids: ['b'] });
    expect(planPromotion(items, {}, 2, [])).toEqual({ kind: 'promote', ids: [] });
  });

  it('does not ask about a tie that sits entirely inside the top', () => {
    expect(planPromotion(items, { a: 3, b: 3, c: 1 }, 2, [])).toEqual({ kind: 'promote', ids: ['a', 'b'] });
  });

  it('promotes only what was not promoted before', () => {
    const tallies = { a: 1, b: 4, c: 3 };
    expect(planPromotion(items, tallies, 2, ['b', 'c'])).toEqual({ kind: 'promote', ids: [] });
    expect(planPromotion(items, tallies, 3, ['b', 'c'])).toEqual({ kind: 'promote', ids: ['a'] });
  });
});

describe('a tie at the cut', () => {
  const threeWay = { a: 3, b: 3, c: 3 };

  it('3/3/3 with top 2: nothing is promoted, all three are reported with two seats', () => {
    expect(planPromotion(items, threeWay, 2, [])).toEqual({
      kind: 'tie',
      tie: { dots: 3, seats: 2, clear: [], tied: ['a', 'b', 'c'] },
    });
  });

  it('names the items above the tie that go either way', () => {
    expect(planPromotion(items, { a: 1, b: 4, d: 2, e: 2, c: 2 }, 2, [])).toEqual({
      kind: 'tie',
      tie: { dots: 2, seats: 1, clear: ['b'], tied: ['c', 'd', 'e'] },
    });
  });

  it('takes all tied when the facilitator says so, going over N', () => {
    expect(planPromotion(items, threeWay, 2, [], 'all_tied')).toEqual({ kind: 'promote', ids: ['a', 'b', 'c'] });
  });

  it('takes exactly the picked items plus those above the tie', () => {
    const tallies = { a: 1, b: 4, d: 2, e: 2, c: 2 };
    expect(planPromotion(items, tallies, 2, [], { pick: ['e'] })).toEqual({ kind: 'promote', ids: ['b', 'e'] });
    expect(planPromotion(items, tallies, 2, [], { pick: [] })).toEqual({ kind: 'promote', ids: ['b'] });
    expect(planPromotion(items, tallies, 2, [], { pick: ['e', 'c'] })).toEqual({
      kind: 'promote',
      ids: ['b', 'c', 'e'],
    });
  });

  it('refuses a pick outside the tie instead of promoting it', () => {
    expect(planPromotion(items, threeWay, 2, [], { pick: ['a', 'd'] })).toEqual({
      kind: 'refused',
      error: 'not_in_tie',
    });
  });

  it('ignores a resolution when there is no tie to settle', () => {
    expect(planPromotion(items, { a: 3, b: 2 }, 1, [], 'all_tied')).toEqual({ kind: 'promote', ids: ['a'] });
  });

  it('counts seats an earlier choice filled: no second question, and the next seat asks only about the rest', () => {
    expect(planPromotion(items, threeWay, 1, ['b'])).toEqual({ kind: 'promote', ids: [] });
    expect(planPromotion(items, threeWay, 2, ['b'])).toEqual({
      kind: 'tie',
      tie: { dots: 3, seats: 1, clear: [], tied: ['a', 'c'] },
    });
    expect(planPromotion(items, threeWay, 2, ['a', 'b', 'c'])).toEqual({ kind: 'promote', ids: [] });
  });
});

describe('the promote command', () => {
  it('accepts "all tied" or a pick list as resolution, nothing else', () => {
    const base = { sessionId: 'AAAAAAAAAAAAAAAA', count: 2 };
    expect(votePromoteSchema.safeParse(base).success).toBe(true);
    expect(votePromoteSchema.safeParse({ ...base, resolution: 'all_tied' }).success).toBe(true);
    expect(votePromoteSchema.safeParse({ ...base, resolution: { pick: ['a'] } }).success).toBe(true);
    expect(votePromoteSchema.safeParse({ ...base, resolution: 'first' }).success).toBe(false);
    expect(votePromoteSchema.safeParse({ ...base, resolution: { pick: 'a' } }).success).toBe(false);
  });
});
