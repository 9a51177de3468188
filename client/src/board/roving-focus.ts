import type { Rect } from './viewport-math';

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The item to go to from `from` when the arrow points `dir`: among those whose
 * centre lies ahead in that direction, the nearest, with sideways distance
 * counting double so "right" prefers the note on the same row over a closer
 * one far below. null when nothing lies that way.
 */
export function nearestInDirection<T extends Rect & { id: string }>(
  from: Rect,
  items: Iterable<T>,
  dir: Direction,
): T | null {
  const [ax, ay] = AXIS[dir];
  const cx = from.x + from.w / 2;
  const cy = from.y + from.h / 2;
  let best: T | null = null;
  let bestScore = Infinity;
  for (const item of items) {
    const dx = item.x + item.w / 2 - cx;
    const dy = item.y + item.h / 2 - cy;
    const ahead = dx * ax + dy * ay;
    if (ahead <= 0) continue;
    const sideways = Math.abs(dx * ay) + Math.abs(dy * ax);
    const score = ahead + 2 * sideways;
    if (score < bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}
