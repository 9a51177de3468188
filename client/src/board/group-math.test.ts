import { describe, expect, it } from 'vitest';
import {
  frameAround,
  frameAt,
  GROUP_PADDING,
  GROUP_TITLE_BAND,
  groupAt,
  membershipChanges,
  placeBeside,
  placeInFrame,
} from './group-math';
import type { Rect } from './viewport-math';

function encloses(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

describe('group geometry', () => {
  it('fits a frame around notes with room for the title above them', () => {
    const notes = [
      { x: 100, y: 100, w: 180, h: 180 },
      { x: 400, y: 300, w: 180, h: 180 },
    ];
    const frame = frameAround(notes)!;
    for (const n of notes) expect(encloses(frame, n)).toBe(true);
    expect(frame.x).toBe(100 - GROUP_PADDING);
    expect(frame.y).toBe(100 - GROUP_TITLE_BAND);
    expect(frame.x + frame.w).toBe(580 + GROUP_PADDING);
    expect(frameAround([])).toBeNull();
  });

  it('keeps a frame around one small note at the minimum size, still enclosing it below the title', () => {
    const note = { x: 0, y: 0, w: 60, h: 60 };
    const frame = frameAround([note])!;
    expect(frame.w).toBe(200);
    expect(frame.h).toBe(200);
    expect(encloses(frame, note)).toBe(true);
    expect(note.y - frame.y).toBeGreaterThanOrEqual(GROUP_TITLE_BAND);
  });

  it('centres a default frame on a point', () => {
    expect(frameAt({ x: 0, y: 0 })).toEqual({ x: -300, y: -210, w: 600, h: 420 });
  });

  it('finds the smallest frame under a point, and none outside all frames', () => {
    const groups = [
      { id: 'big', x: 0, y: 0, w: 1000, h: 1000 },
      { id: 'small', x: 100, y: 100, w: 300, h: 300 },
    ];
    expect(groupAt(groups, { x: 200, y: 200 })).toBe('small');
    expect(groupAt(groups, { x: 800, y: 800 })).toBe('big');
    expect(groupAt(groups, { x: -5, y: 0 })).toBeNull();
  });

  it('decides membership of dropped notes by their centre', () => {
    const groups = [{ id: 'g', x: 0, y: 0, w: 400, h: 400 }];
    const result = membershipChanges(groups, [
      { id: 'inside', x: 300, y: 300, w: 180, h: 180 }, // centre 390,390: in
      { id: 'mostlyOut', x: 350, y: 0, w: 180, h: 180, groupId: 'g' }, // centre 440: out
    ]);
    expect(result).toEqual(
      new Map([
        ['inside', 'g'],
        ['mostlyOut', null],
      ]),
    );
  });

  it('changes nothing where the picture and the groups agree', () => {
    const groups = [{ id: 'g', x: 0, y: 0, w: 400, h: 400 }];
    const notes = [
      { id: 'member', x: 100, y: 100, w: 100, h: 100, groupId: 'g' },
      { id: 'loose', x: 600, y: 600, w: 100, h: 100 },
      // Its group was deleted and it lies in no frame: already as good as ungrouped.
      { id: 'stale', x: 900, y: 0, w: 100, h: 100, groupId: 'gone' },
    ];
    expect(membershipChanges(groups, notes).size).toBe(0);
  });

  it('a frame never encloses a non-member: a note created, nudged or moved by someone into it joins it', () => {
    const frame = { id: 'g', x: 0, y: 0, w: 600, h: 420 };
    // A note created at a point inside the frame, one nudged one step over its edge, one whose stale group is elsewhere.
    const created = { id: 'created', x: 200, y: 150, w: 180, h: 180 };
    const nudged = { id: 'nudged', x: 510, y: 100, w: 180, h: 180 }; // centre x 600: on the edge, inside
    const stale = { id: 'stale', x: 50, y: 100, w: 180, h: 180, groupId: 'gone' };
    expect(membershipChanges([frame], [created, nudged, stale])).toEqual(
      new Map([
        ['created', 'g'],
        ['nudged', 'g'],
        ['stale', 'g'],
      ]),
    );
    // One more step right and it has left.
    expect(membershipChanges([frame], [{ ...nudged, x: 520, groupId: 'g' }])).toEqual(new Map([['nudged', null]]));
  });

  it('after a resize, notes the frame now covers join and members left outside leave', () => {
    const notes = [
      { id: 'a', x: 40, y: 80, w: 180, h: 180, groupId: 'g' },
      { id: 'b', x: 700, y: 80, w: 180, h: 180 },
    ];
    const grown = { id: 'g', x: 0, y: 0, w: 1000, h: 400 };
    expect(membershipChanges([grown], notes)).toEqual(new Map([['b', 'g']]));
    const shrunk = { id: 'g', x: 0, y: 0, w: 200, h: 200 }; // a's centre 130,170 still in; b out
    expect(membershipChanges([shrunk], [notes[0]!, { ...notes[1]!, groupId: 'g' }])).toEqual(new Map([['b', null]]));
  });

  it('a note inside a small frame inside a big one belongs to the small one', () => {
    const groups = [
      { id: 'big', x: 0, y: 0, w: 1000, h: 1000 },
      { id: 'small', x: 100, y: 100, w: 300, h: 300 },
    ];
    const note = { id: 'n', x: 150, y: 150, w: 100, h: 100, groupId: 'big' };
    expect(membershipChanges(groups, [note])).toEqual(new Map([['n', 'small']]));
  });

  it('a frame fitted around notes covers each of them, so they are its members and nothing moves out', () => {
    const notes = [
      { id: 'a', x: -300, y: 40, w: 180, h: 180 },
      { id: 'b', x: 500, y: 900, w: 240, h: 120 },
      { id: 'c', x: 20, y: 20, w: 60, h: 60 },
    ];
    const frame = { id: 'g', ...frameAround(notes)! };
    for (const n of notes) expect(encloses(frame, n)).toBe(true);
    const members = notes.map((n) => ({ ...n, groupId: 'g' }));
    expect(membershipChanges([frame], members).size).toBe(0);
  });

  it('places joining notes on a grid inside the frame without covering notes already there', () => {
    const frame = { x: 0, y: 0, w: 500, h: 400 };
    const existing = [{ x: GROUP_PADDING, y: GROUP_TITLE_BAND, w: 180, h: 180 }];
    const { positions, height } = placeInFrame(frame, existing, [
      { id: 'a', w: 180, h: 180 },
      { id: 'b', w: 180, h: 180 },
    ]);
    const a = { ...positions.get('a')!, w: 180, h: 180 };
    const b = { ...positions.get('b')!, w: 180, h: 180 };
    // Two columns fit in 500 px: the first cell is taken, so a goes right of it and b to the next row.
    expect(a).toMatchObject({ x: GROUP_PADDING + 200, y: GROUP_TITLE_BAND });
    expect(b).toMatchObject({ x: GROUP_PADDING, y: GROUP_TITLE_BAND + 200 });
    const grown = { ...frame, h: height };
    expect(encloses(grown, a) && encloses(grown, b)).toBe(true);
    expect(height).toBeGreaterThan(frame.h);
  });

  it('leaves the frame height alone when the notes fit', () => {
    const { height } = placeInFrame({ x: 0, y: 0, w: 800, h: 800 }, [], [{ id: 'a', w: 100, h: 100 }]);
    expect(height).toBe(800);
  });

  it('places leaving notes beside the frame, clear of it', () => {
    const frame = { x: 0, y: 0, w: 400, h: 400 };
    const out = placeBeside(frame, [
      { id: 'a', h: 180 },
      { id: 'b', h: 100 },
    ]);
    expect(out.get('a')!.x).toBeGreaterThan(400);
    expect(out.get('b')!.y).toBeGreaterThanOrEqual(180);
  });
});
