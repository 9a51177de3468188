/**
 * "Aufräumen": lays notes out on a grid in reading order (the order they
 * roughly had, so a cluster stays a cluster). A group's members are laid out
 * inside its frame, which grows downwards when they do not fit; loose notes
 * get a grid of their own that keeps clear of every frame, so none of them
 * falls into a group by being tidied. Pure geometry; the caller writes the
 * result in one transaction, which makes it one undo step.
 */
import { GROUP_MAX_SIZE, GROUP_MIN_SIZE } from '@mutopia/shared/board/groups';
import { GROUP_PADDING, GROUP_TITLE_BAND } from './group-math';
import type { Point, Rect } from './viewport-math';

/** Space between notes on the grid (board px). */
export const TIDY_GAP = 24;
/** Loose notes form a landscape block, like the screens they are looked at on. */
const ASPECT = 16 / 9;

export interface TidyNote extends Rect {
  id: string;
  groupId?: string | undefined;
}
export type TidyGroup = Rect & { id: string };

export interface TidyResult {
  positions: Map<string, Point>;
  /** New heights of frames that had to grow to hold their notes. */
  frames: Map<string, { h: number }>;
}

/** Reading order: rows by where the notes are, left to right inside a row. */
function readingOrder<T extends Rect & { id: string }>(notes: readonly T[]): T[] {
  if (notes.length === 0) return [];
  const rowH = Math.max(...notes.map((n) => n.h)) / 2;
  const row = (n: T) => Math.round((n.y + n.h / 2) / rowH);
  return [...notes].sort((a, b) => row(a) - row(b) || a.x - b.x || (a.id < b.id ? -1 : 1));
}

function cellOf(notes: readonly Rect[], gap: number): { w: number; h: number } {
  return { w: Math.max(...notes.map((n) => n.w)) + gap, h: Math.max(...notes.map((n) => n.h)) + gap };
}

/** A group's members in a grid inside its frame; the frame grows downwards if needed. */
export function tidyGroup(frame: TidyGroup, members: readonly TidyNote[], gap = TIDY_GAP): TidyResult {
  const positions = new Map<string, Point>();
  const frames = new Map<string, { h: number }>();
  if (members.length === 0) return { positions, frames };
  const cell = cellOf(members, gap);
  const columns = Math.max(1, Math.min(members.length, Math.floor((frame.w - 2 * GROUP_PADDING + gap) / cell.w)));
  const left = frame.x + GROUP_PADDING;
  const top = frame.y + GROUP_TITLE_BAND;
  let bottom = top;
  readingOrder(members).forEach((note, i) => {
    const spot = { x: left + (i % columns) * cell.w, y: top + Math.floor(i / columns) * cell.h };
    positions.set(note.id, spot);
    bottom = Math.max(bottom, spot.y + note.h);
  });
  const needed = Math.min(GROUP_MAX_SIZE, Math.max(GROUP_MIN_SIZE, bottom + GROUP_PADDING - frame.y));
  if (needed > frame.h) frames.set(frame.id, { h: needed });
  return { positions, frames };
}

function overlapsAny(r: Rect, others: readonly Rect[], gap: number): boolean {
  return others.some(
    (o) => r.x < o.x + o.w + gap && o.x < r.x + r.w + gap && r.y < o.y + o.h + gap && o.y < r.y + r.h + gap,
  );
}

/**
 * The whole board: every group tidied inside its frame, and the loose notes
 * (in no existing group) on a grid starting where the loose notes began,
 * skipping cells that would touch a frame.
 */
export function tidyBoard(notes: readonly TidyNote[], groups: readonly TidyGroup[], gap = TIDY_GAP): TidyResult {
  const positions = new Map<string, Point>();
  const frames = new Map<string, { h: number }>();
  const live = new Set(groups.map((g) => g.id));
  const grown: Rect[] = [];
  for (const group of groups) {
    const result = tidyGroup(
      group,
      notes.filter((n) => n.groupId === group.id),
      gap,
    );
    for (const [id, p] of result.positions) positions.set(id, p);
    for (const [id, f] of result.frames) frames.set(id, f);
    grown.push({ ...group, h: result.frames.get(group.id)?.h ?? group.h });
  }
  const loose = notes.filter((n) => n.groupId === undefined || !live.has(n.groupId));
  if (loose.length === 0) return { positions, frames };
  const cell = cellOf(loose, gap);
  const columns = Math.max(1, Math.round(Math.sqrt(loose.length * ASPECT)));
  const left = Math.min(...loose.map((n) => n.x));
  const top = Math.min(...loose.map((n) => n.y));
  let index = 0;
  for (const note of readingOrder(loose)) {
    // Bounded: frames block finitely many cells, and each note takes the next free one.
    for (;;) {
      const spot = { x: left + (index % columns) * cell.w, y: top + Math.floor(index / columns) * cell.h };
      index++;
      if (overlapsAny({ ...spot, w: note.w, h: note.h }, grown, gap) && index < 100_000) continue;
      positions.set(note.id, spot);
      break;
    }
  }
  return { positions, frames };
}
