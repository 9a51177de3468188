/**
 * Pure geometry of group frames: fitting a frame around notes, finding the
 * frame a note lies in (which decides its group), and placing notes that join
 * or leave a group from the keyboard so the picture matches the membership.
 */
import { GROUP_MAX_SIZE, GROUP_MIN_SIZE } from '@mutopia/shared/board/groups';
import type { Point, Rect } from './viewport-math';

/** Space at the top of a frame for its title bar (56 px, groups.css) and a little air below it (board px). */
export const GROUP_TITLE_BAND = 64;
/** Space between a frame's edge and the notes inside it. */
export const GROUP_PADDING = 32;
const GAP = 20;

export const DEFAULT_GROUP_SIZE = { w: 600, h: 420 } as const;

const clampSize = (v: number) => Math.min(GROUP_MAX_SIZE, Math.max(GROUP_MIN_SIZE, v));

export function centerOf(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

function contains(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

/** A frame that encloses `rects` with padding and room for the title; null for no rects. */
export function frameAround(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.w);
    maxY = Math.max(maxY, r.y + r.h);
  }
  const w = clampSize(maxX - minX + 2 * GROUP_PADDING);
  const h = clampSize(maxY - minY + GROUP_PADDING + GROUP_TITLE_BAND);
  // A frame at its minimum size stays centred on the notes.
  const x = (minX + maxX) / 2 - w / 2;
  const y = Math.min(minY - GROUP_TITLE_BAND, (minY + maxY) / 2 - h / 2);
  return { x: Math.round(x), y: Math.round(y), w: Math.round(w), h: Math.round(h) };
}

/** A default-sized frame centred on `at`. */
export function frameAt(at: Point): Rect {
  return {
    x: Math.round(at.x - DEFAULT_GROUP_SIZE.w / 2),
    y: Math.round(at.y - DEFAULT_GROUP_SIZE.h / 2),
    ...DEFAULT_GROUP_SIZE,
  };
}

/**
 * The group a point lies in: the smallest frame containing it, so a small
 * frame inside a big one can still be hit. Null when it is in none.
 */
export function groupAt(groups: Iterable<Rect & { id: string }>, p: Point): string | null {
  let best: { id: string; area: number } | null = null;
  for (const g of groups) {
    if (!contains(g, p)) continue;
    const area = g.w * g.h;
    if (!best || area < best.area || (area === best.area && g.id < best.id)) best = { id: g.id, area };
  }
  return best?.id ?? null;
}

/**
 * Where a note's group differs from the frame it lies in: note id → the group
 * it must hold (the smallest frame its centre is in) or null (none). This is
 * the whole rule: a note dropped into a frame joins it, one moved out leaves,
 * and a frame never encloses a note that is not its member. A note holding a
 * group that no longer exists counts as holding none.
 */
export function membershipChanges(
  groups: ReadonlyArray<Rect & { id: string }>,
  notes: Iterable<Rect & { id: string; groupId?: string | undefined }>,
): Map<string, string | null> {
  const live = new Set(groups.map((g) => g.id));
  const out = new Map<string, string | null>();
  for (const note of notes) {
    const target = groupAt(groups, centerOf(note));
    const current = note.groupId !== undefined && live.has(note.groupId) ? note.groupId : null;
    if (target !== current) out.set(note.id, target);
  }
  return out;
}

function overlapsAny(r: Rect, others: readonly Rect[]): boolean {
  return others.some((o) => r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h);
}

/**
 * Positions inside `frame` for notes joining it, in reading order on a grid,
 * skipping places where notes already are. When the frame is full it grows
 * downwards: `height` is the frame's new height (unchanged if they fit).
 */
export function placeInFrame(
  frame: Rect,
  occupied: readonly Rect[],
  incoming: ReadonlyArray<{ id: string; w: number; h: number }>,
): { positions: Map<string, Point>; height: number } {
  const positions = new Map<string, Point>();
  if (incoming.length === 0) return { positions, height: frame.h };
  const cellW = Math.max(...incoming.map((n) => n.w)) + GAP;
  const cellH = Math.max(...incoming.map((n) => n.h)) + GAP;
  const left = frame.x + GROUP_PADDING;
  const top = frame.y + GROUP_TITLE_BAND;
  const columns = Math.max(1, Math.floor((frame.w - 2 * GROUP_PADDING + GAP) / cellW));
  const taken = [...occupied];
  let cell = 0;
  let bottom = frame.y + frame.h;
  for (const note of incoming) {
    // Bounded: every row has `columns` cells and each note needs one; occupied notes block finitely many.
    for (;;) {
      const spot = { x: left + (cell % columns) * cellW, y: top + Math.floor(cell / columns) * cellH };
      cell++;
      const rect = { ...spot, w: note.w, h: note.h };
      if (overlapsAny(rect, taken) && cell < 10_000) continue;
      positions.set(note.id, spot);
      taken.push(rect);
      bottom = Math.max(bottom, spot.y + note.h + GROUP_PADDING);
      break;
    }
  }
  return { positions, height: clampSize(bottom - frame.y) };
}

/** Positions just right of `frame` for notes leaving it, stacked top to bottom. */
export function placeBeside(frame: Rect, leaving: ReadonlyArray<{ id: string; h: number }>): Map<string, Point> {
  const positions = new Map<string, Point>();
  let y = frame.y;
  for (const note of leaving) {
    positions.set(note.id, { x: frame.x + frame.w + GAP * 2, y });
    y += note.h + GAP;
  }
  return positions;
}
