import { describe, expect, it } from 'vitest';
import type { Note } from '@mutopia/shared';
import { bitmapResolution, noteAt, wrapWords } from './far-canvas-draw';

const note = (id: string, x: number, y: number, z: number): Note =>
  ({ id, x, y, w: 200, h: 200, z, color: 'yellow', text: id }) as Note;

describe('the far canvas', () => {
  it('finds the note drawn on top under a point, and none between notes', () => {
    const notes = [note('under', 0, 0, 1), note('over', 100, 100, 2), note('apart', 1000, 0, 1)];
    expect(noteAt(notes, { x: 150, y: 150 })?.id).toBe('over');
    expect(noteAt(notes, { x: 50, y: 50 })?.id).toBe('under');
    expect(noteAt(notes, { x: 600, y: 50 })).toBeUndefined();
    // Same z: the later one is drawn on top.
    expect(noteAt([note('first', 0, 0, 1), note('second', 0, 0, 1)], { x: 10, y: 10 })?.id).toBe('second');
  });

  it('wraps the first words into the lines that fit a card', () => {
    const measure = (s: string) => s.length * 10;
    expect(wrapWords('eins zwei drei vier', 100, 3, measure)).toEqual(['eins zwei', 'drei vier']);
    expect(wrapWords('eins zwei drei vier', 50, 2, measure)).toEqual(['eins', 'zwei']);
    // A word longer than the card stays on its own line (the canvas clips it).
    expect(wrapWords('Zukunftswerkstatt ja', 100, 3, measure)).toEqual(['Zukunftswerkstatt', 'ja']);
    expect(wrapWords('', 100, 3, measure)).toEqual([]);
  });

  it('draws sharp on the screen, but a huge area at a lower resolution', () => {
    const area = { x: 0, y: 0, w: 20_000, h: 16_000 };
    expect(bitmapResolution(area, 0.1, 1)).toBeCloseTo(0.1);
    expect(bitmapResolution({ x: 0, y: 0, w: 10_000, h: 8_000 }, 0.1, 2)).toBeCloseTo(0.2);
    // 4,000 × 3,200 screen pixels would be 12.8 million: fewer, in proportion.
    const r = bitmapResolution(area, 0.2, 1);
    expect(r).toBeLessThan(0.2);
    expect(area.w * r * area.h * r).toBeLessThanOrEqual(6_000_001);
  });
});
