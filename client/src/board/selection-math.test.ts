import { describe, expect, it } from 'vitest';
import { freeSpot, idsInRect, rectFromPoints, rectsIntersect } from './selection-math';

describe('selection rectangle', () => {
  it('is the same whichever way it was dragged', () => {
    const expected = { x: 10, y: 20, w: 30, h: 40 };
    expect(rectFromPoints({ x: 10, y: 20 }, { x: 40, y: 60 })).toEqual(expected);
    expect(rectFromPoints({ x: 40, y: 60 }, { x: 10, y: 20 })).toEqual(expected);
    expect(rectFromPoints({ x: 40, y: 20 }, { x: 10, y: 60 })).toEqual(expected);
  });

  it('hits notes it overlaps or touches and misses the others', () => {
    const notes = [
      { id: 'inside', x: 20, y: 20, w: 10, h: 10 },
      { id: 'overlapping', x: 90, y: 90, w: 50, h: 50 },
      { id: 'touching', x: 100, y: 0, w: 10, h: 10 },
      { id: 'outside', x: 200, y: 200, w: 10, h: 10 },
      { id: 'around', x: -100, y: -100, w: 500, h: 500 },
    ];
    expect(idsInRect(notes, { x: 0, y: 0, w: 100, h: 100 })).toEqual(['inside', 'overlapping', 'touching', 'around']);
  });

  it('treats intersection symmetrically', () => {
    const a = { x: 0, y: 0, w: 10, h: 10 };
    const b = { x: 5, y: 11, w: 10, h: 10 };
    expect(rectsIntersect(a, b)).toBe(false);
    expect(rectsIntersect(b, a)).toBe(false);
  });
});

describe('free spot for a new note', () => {
  it('keeps the wanted spot when it is free', () => {
    expect(freeSpot({ x: 0, y: 0 }, [{ x: 5, y: 5 }])).toEqual({ x: 0, y: 0 });
  });

  it('steps past notes that start at the same place', () => {
    expect(
      freeSpot({ x: 0, y: 0 }, [
        { x: 0, y: 0 },
        { x: 24, y: 24 },
      ]),
    ).toEqual({ x: 48, y: 48 });
  });
});
