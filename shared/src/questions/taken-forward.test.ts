import { describe, expect, it } from 'vitest';
import { takenForward } from './taken-forward.js';

const ballot = (ids: string[], kind: 'question' | 'note' | 'group' = 'question') => ids.map((id) => ({ id, kind }));

describe('what a vote marks as taken forward', () => {
  it('follows the question wall when the facilitator swaps a promoted question for another', () => {
    const vote = { items: ballot(['q1', 'q2', 'q3']), promoted: ['q1', 'q2'] };
    const wall = [
      { id: 'q1', promotedRank: 1 },
      { id: 'q2', promotedRank: null },
      { id: 'q3', promotedRank: 2 },
    ];
    expect(takenForward(vote, wall)).toEqual(['q1', 'q3']);
  });

  it('lists questions in the order of their rank on the wall', () => {
    const vote = { items: ballot(['q1', 'q2']), promoted: ['q1', 'q2'] };
    expect(
      takenForward(vote, [
        { id: 'q1', promotedRank: 2 },
        { id: 'q2', promotedRank: 1 },
      ]),
    ).toEqual(['q2', 'q1']);
  });

  it('marks no question that is not on this ballot, and none once the selection is cleared', () => {
    const vote = { items: ballot(['q1']), promoted: ['q1'] };
    expect(
      takenForward(vote, [
        { id: 'q1', promotedRank: null },
        { id: 'q9', promotedRank: 1 },
      ]),
    ).toEqual([]);
  });

  it("keeps a station vote's own record of what went into the harbour", () => {
    const vote = { items: [...ballot(['n1', 'n2'], 'note'), ...ballot(['g1'], 'group')], promoted: ['g1', 'n2'] };
    expect(takenForward(vote, [{ id: 'n2', promotedRank: 1 }])).toEqual(['g1', 'n2']);
  });
});
