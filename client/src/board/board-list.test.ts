import { describe, expect, it } from 'vitest';
import type { Note } from '@mutopia/shared';
import type { Group } from '@mutopia/shared/board/groups';
import type { VoteSessionView } from '@mutopia/shared/votes/vote-schemas';
import { boardListSections } from './board-list';
import { revealedDots } from './useNoteDots';

const note = (id: string, x: number, y: number, groupId?: string): Note =>
  ({
    id,
    x,
    y,
    w: 200,
    h: 200,
    z: 0,
    text: id,
    color: 'yellow',
    createdAt: 0,
    ...(groupId ? { groupId } : {}),
  }) as Note;
const group = (id: string, x: number, y: number): Group => ({ id, x, y, w: 600, h: 400, title: id }) as Group;

describe('boardListSections', () => {
  it('lists loose notes first, then each group with its notes, in reading order', () => {
    const sections = boardListSections(
      [
        note('b', 500, 0),
        note('a', 0, 0),
        note('g2', 0, 900, 'lower'),
        note('g1', 300, 900, 'lower'),
        note('u', 0, 600, 'upper'),
      ],
      [group('lower', 0, 800), group('upper', 0, 500)],
    );
    expect(sections.map((s) => [s.group?.id ?? null, s.notes.map((n) => n.id)])).toEqual([
      [null, ['a', 'b']],
      ['upper', ['u']],
      ['lower', ['g2', 'g1']],
    ]);
  });

  it('shows a note whose group was deleted as loose, and an empty group as a heading without notes', () => {
    const sections = boardListSections([note('orphan', 0, 0, 'gone')], [group('empty', 0, 0)]);
    expect(sections.map((s) => [s.group?.id ?? null, s.notes.map((n) => n.id)])).toEqual([
      [null, ['orphan']],
      ['empty', []],
    ]);
  });
});

describe('revealedDots', () => {
  it('sums the tallies of revealed votes only', () => {
    const vote = (status: string, tallies: Record<string, number> | null) =>
      ({ id: status, status, tallies, items: [] }) as unknown as VoteSessionView;
    expect([
      ...revealedDots([vote('revealed', { a: 2, b: 1 }), vote('closed', null), vote('revealed', { a: 1 })]),
    ]).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    expect(revealedDots(null).size).toBe(0);
  });
});
