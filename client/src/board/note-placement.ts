/**
 * Where a new note lands: at the wished spot when it is free, otherwise in the
 * nearest free place right next to the notes already there. Pure geometry, so
 * the same rule runs on every client against its own copy of the document.
 *
 * Several phones adding notes at the same moment each place against what they
 * have seen so far and can pick the same spot. `settleConcurrent` repairs that
 * after the notes meet: of two overlapping notes created within
 * CONCURRENT_MS of each other, the later one (by createdAt, then id, the same
 * order on every client) moves to a free spot, and only the client that
 * created it moves it. The earliest note of a pile never moves, so repeated
 * rounds converge; `pick` spreads the movers over different spots.
 */
import { LIMITS } from '@mutopia/shared/limits';
import type { Point, Rect } from './viewport-math';

/** Space left between neighbouring notes (board px). */
export const NOTE_GAP = 16;
/** Notes created this close together (ms, by their createdAt) may not have seen each other. */
export const CONCURRENT_MS = 15_000;

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

function inBoard(r: Rect): boolean {
  const e = LIMITS.boardExtent;
  return r.x >= -e && r.y >= -e && r.x + r.w <= e && r.y + r.h <= e;
}

/**
 * The top-left corner for a note of `size` wished at top-left `wish`, clear of
 * every rect in `taken` by at least `gap`. Candidates are the wish itself,
 * then the places right of, below, left of and above each existing note
 * (in that order when equally near); the nearest free one wins. `pick` > 0
 * takes the pick-th nearest instead (a client's share when spreading out).
 * Falls back to a spiral of note-sized steps when every neighbour is taken.
 */
export function placeNote(
  wish: Point,
  size: { w: number; h: number },
  taken: readonly Rect[],
  { gap = NOTE_GAP, pick = 0 }: { gap?: number; pick?: number } = {},
): Point {
  const free = (p: Point) => {
    const r = { x: p.x, y: p.y, w: size.w, h: size.h };
    return inBoard(r) && !taken.some((t) => overlaps(r, t, gap));
  };
  if (pick === 0 && free(wish)) return wish;
  const candidates: Point[] = [wish];
  for (const t of taken) {
    candidates.push(
      { x: t.x + t.w + gap, y: t.y },
      { x: t.x, y: t.y + t.h + gap },
      { x: t.x - size.w - gap, y: t.y },
      { x: t.x, y: t.y - size.h - gap },
    );
  }
  const distance = (p: Point) => Math.hypot(p.x - wish.x, p.y - wish.y);
  // Array.prototype.sort is stable: equally near candidates keep right, below, left, above.
  const ranked = candidates.filter(free).sort((a, b) => distance(a) - distance(b));
  if (ranked.length > 0) return ranked[Math.min(pick, ranked.length - 1)]!;
  return spiral(wish, size, free, gap);
}

function spiral(wish: Point, size: { w: number; h: number }, free: (p: Point) => boolean, gap: number): Point {
  const sx = size.w + gap;
  const sy = size.h + gap;
  for (let ring = 1; ring < 200; ring++) {
    for (let i = -ring; i <= ring; i++) {
      for (const [cx, cy] of [
        [i, -ring],
        [ring, i],
        [-i, ring],
        [-ring, -i],
      ] as const) {
        const p = { x: wish.x + cx * sx, y: wish.y + cy * sy };
        if (free(p)) return p;
      }
    }
  }
  return wish;
}

export interface PlacedNote extends Rect {
  id: string;
  createdAt: number;
}

/** Of two notes, the one every client agrees was made first. */
function earlier(a: PlacedNote, b: PlacedNote): boolean {
  return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
}

/**
 * Moves for this client's own fresh notes (created here and not moved by
 * anyone since: id → where they were placed) that overlap a note created
 * concurrently and earlier on another client. Every other note counts as taken
 * when looking for the new spot, including spots already chosen in this call.
 */
export function settleConcurrent(
  fresh: ReadonlyMap<string, Point>,
  notes: readonly PlacedNote[],
  { gap = NOTE_GAP, pick = 0 }: { gap?: number; pick?: number } = {},
): Map<string, Point> {
  const moves = new Map<string, Point>();
  const current = new Map(notes.map((n) => [n.id, n]));
  const mine = notes.filter((n) => fresh.has(n.id)).sort((a, b) => (earlier(a, b) ? -1 : 1));
  for (const note of mine) {
    const placed = fresh.get(note.id)!;
    // Moved by someone (a drag) since it was placed: the position is chosen, not ours to change.
    if (placed.x !== note.x || placed.y !== note.y) continue;
    const rivals = notes.filter(
      (o) =>
        !fresh.has(o.id) &&
        Math.abs(o.createdAt - note.createdAt) <= CONCURRENT_MS &&
        earlier(o, note) &&
        overlaps(note, o, 0),
    );
    if (rivals.length === 0) continue;
    const taken = [...current.values()].filter((o) => o.id !== note.id);
    const spot = placeNote({ x: note.x, y: note.y }, { w: note.w, h: note.h }, taken, { gap, pick });
    moves.set(note.id, spot);
    current.set(note.id, { ...note, ...spot });
  }
  return moves;
}
