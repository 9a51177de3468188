import { describe, expect, it } from 'vitest';
import { wholeBoardBallot } from './whole-board.js';

const note = (id: string, x: number, y: number, groupId?: string, text = id) => ({ id, text, x, y, groupId });

describe('the whole board on the ballot', () => {
  it('4 notes, 2 of them grouped: the group and both loose notes are on the ballot', () => {
    const ballot = wholeBoardBallot(
      [note('n1', 0, 0, 'g1'), note('n2', 200, 0, 'g1'), note('loose-b', 400, 300), note('loose-a', 0, 300)],
      [{ id: 'g1', x: 0, y: 0 }],
    );
    expect(ballot.items).toEqual([
      { kind: 'group', id: 'g1' },
      { kind: 'note', id: 'loose-a' },
      { kind: 'note', id: 'loose-b' },
    ]);
    expect(ballot.groups).toEqual([{ id: 'g1', notes: 2 }]);
    expect(ballot.looseNotes).toEqual(['loose-a', 'loose-b']);
    expect(ballot.leftOff).toBe(0);
  });

  it('votes on every note when nothing is grouped, and on every group when everything is', () => {
    expect(wholeBoardBallot([note('a', 0, 0), note('b', 0, 10)], []).items.map((i) => i.id)).toEqual(['a', 'b']);
    const grouped = wholeBoardBallot(
      [note('a', 0, 0, 'g2'), note('b', 0, 0, 'g1')],
      [
        { id: 'g2', x: 0, y: 500 },
        { id: 'g1', x: 0, y: 0 },
      ],
    );
    expect(grouped.items).toEqual([
      { kind: 'group', id: 'g1' },
      { kind: 'group', id: 'g2' },
    ]);
  });

  it('treats a note whose group was deleted as loose and leaves empty notes out', () => {
    const ballot = wholeBoardBallot([note('orphan', 0, 0, 'gone'), note('blank', 0, 0, undefined, '  ')], []);
    expect(ballot.looseNotes).toEqual(['orphan']);
    expect(wholeBoardBallot([], []).items).toEqual([]);
  });

  it('keeps a group without notes (the team named it) and counts nothing in it', () => {
    expect(wholeBoardBallot([], [{ id: 'g', x: 0, y: 0 }]).groups).toEqual([{ id: 'g', notes: 0 }]);
  });

  it('holds at most 200 items and says how many were left off', () => {
    const many = Array.from({ length: 250 }, (_, i) => note(`n${i}`, 0, i));
    const ballot = wholeBoardBallot(many, []);
    expect(ballot.items).toHaveLength(200);
    expect(ballot.leftOff).toBe(50);
  });
});
