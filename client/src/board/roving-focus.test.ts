import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './roving-focus';

const r = (id: string, x: number, y: number) => ({ id, x, y, w: 100, h: 100 });

describe('nearestInDirection', () => {
  const from = r('from', 0, 0);
  const items = [r('right', 300, 0), r('below', 0, 200), r('farRightLow', 250, 600), r('left', -400, 20)];

  it('goes to the nearest note in the arrow direction, preferring the same row', () => {
    expect(nearestInDirection(from, items, 'right')?.id).toBe('right');
    expect(nearestInDirection(from, items, 'down')?.id).toBe('below');
    expect(nearestInDirection(from, items, 'left')?.id).toBe('left');
  });

  it('finds nothing when no note lies that way', () => {
    expect(nearestInDirection(from, items, 'up')).toBeNull();
    expect(nearestInDirection(from, [], 'right')).toBeNull();
  });
});
