import { describe, expect, it } from 'vitest';
import { GROUP_PADDING, GROUP_TITLE_BAND } from './group-math';
import { tidyBoard, tidyGroup, type TidyNote } from './tidy-grid';
import type { Rect } from './viewport-math';

const note = (id: string, x: number, y: number, groupId?: string): TidyNote => ({ id, x, y, w: 180, h: 180, groupId });

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function inside(r: Rect, frame: Rect): boolean {
  return r.x >= frame.x && r.y >= frame.y && r.x + r.w <= frame.x + frame.w && r.y + r.h <= frame.y + frame.h;
}

/** A pile like phones leave it: notes scattered on top of each other. */
function pile(n: number, groupId?: string, at = { x: 0, y: 0 }): TidyNote[] {
  return Array.from({ length: n }, (_, i) => note(`n${i}`, at.x + ((i * 37) % 90), at.y + ((i * 53) % 70), groupId));
}

function placed(notes: readonly TidyNote[], positions: ReadonlyMap<string, { x: number; y: number }>): Rect[] {
  return notes.map((n) => ({ ...n, ...(positions.get(n.id) ?? {}) }));
}

describe('Aufräumen: a board', () => {
  it('lays a pile of loose notes out on a grid with no overlap, starting where the pile was', () => {
    const notes = pile(12);
    const { positions, frames } = tidyBoard(notes, []);
    const after = placed(notes, positions);
    expect(after.every((a, i) => after.every((b, j) => i === j || !overlap(a, b)))).toBe(true);
    expect(Math.min(...after.map((r) => r.x))).toBe(0);
    expect(Math.min(...after.map((r) => r.y))).toBe(0);
    expect(frames.size).toBe(0);
    // A landscape block: more columns than rows.
    const columns = new Set(after.map((r) => r.x)).size;
    const rows = new Set(after.map((r) => r.y)).size;
    expect(columns).toBeGreaterThan(rows);
  });

  it('keeps the reading order of notes that were already in rows', () => {
    const notes = [note('c', 900, 0), note('a', 0, 10), note('b', 400, -10), note('d', 0, 400)];
    const { positions } = tidyBoard(notes, []);
    const order = [...notes].sort((p, q) => {
      const a = positions.get(p.id)!;
      const b = positions.get(q.id)!;
      return a.y - b.y || a.x - b.x;
    });
    expect(order.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps loose notes out of every frame, and each group’s notes inside its own', () => {
    const frame = { id: 'g', x: 300, y: -100, w: 600, h: 420 };
    const members = pile(5, 'g', { x: 350, y: 0 }).map((n) => ({ ...n, id: `m-${n.id}` }));
    const loose = pile(20);
    const { positions, frames } = tidyBoard([...loose, ...members], [frame]);
    const grownFrame = { ...frame, h: frames.get('g')?.h ?? frame.h };
    for (const r of placed(loose, positions)) expect(overlap(r, grownFrame)).toBe(false);
    for (const r of placed(members, positions)) expect(inside(r, grownFrame)).toBe(true);
  });

  it('treats notes of a deleted group as loose', () => {
    const notes = [note('a', 0, 0, 'gone'), note('b', 10, 10, 'gone')];
    const { positions } = tidyBoard(notes, []);
    const after = placed(notes, positions);
    expect(overlap(after[0]!, after[1]!)).toBe(false);
  });
});

describe('Aufräumen: a group', () => {
  it('puts its members on a grid below the title, inside the frame', () => {
    const frame = { id: 'g', x: 0, y: 0, w: 640, h: 500 };
    const members = pile(4, 'g', { x: 40, y: 80 });
    const { positions, frames } = tidyGroup(frame, members);
    const after = placed(members, positions);
    for (const r of after) {
      expect(inside(r, frame)).toBe(true);
      expect(r.y).toBeGreaterThanOrEqual(GROUP_TITLE_BAND);
      expect(r.x).toBeGreaterThanOrEqual(GROUP_PADDING);
    }
    expect(after.every((a, i) => after.every((b, j) => i === j || !overlap(a, b)))).toBe(true);
    expect(frames.size).toBe(0);
  });

  it('grows the frame downwards when its members do not fit, so none falls out', () => {
    const frame = { id: 'g', x: 100, y: 100, w: 640, h: 300 };
    const members = pile(10, 'g', { x: 120, y: 180 });
    const { positions, frames } = tidyGroup(frame, members);
    const grown = frames.get('g');
    expect(grown?.h).toBeGreaterThan(300);
    const bigger = { ...frame, h: grown!.h };
    for (const r of placed(members, positions)) expect(inside(r, bigger)).toBe(true);
  });
});
