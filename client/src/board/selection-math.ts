import type { Point, Rect } from './viewport-math';

/** The rectangle spanned by two corners, whichever way the drag went. */
export function rectFromPoints(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/** Touching edges count as overlap so a thin selection line still catches a note. */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

export function idsInRect(items: Iterable<Rect & { id: string }>, area: Rect): string[] {
  const hits: string[] = [];
  for (const item of items) if (rectsIntersect(item, area)) hits.push(item.id);
  return hits;
}

/** A free spot for a new note: steps diagonally while another note starts at the same place. */
export function freeSpot(start: Point, taken: Iterable<Point>, step = 24, maxSteps = 20): Point {
  const occupied = new Set<string>();
  for (const p of taken) occupied.add(`${Math.round(p.x)},${Math.round(p.y)}`);
  let spot = start;
  for (let i = 0; i < maxSteps && occupied.has(`${Math.round(spot.x)},${Math.round(spot.y)}`); i++) {
    spot = { x: spot.x + step, y: spot.y + step };
  }
  return spot;
}
