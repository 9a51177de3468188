/**
 * Which part of a board is drawn. A board of thousands of notes stays smooth
 * only if most of it is not in the DOM: the canvas renders the notes inside
 * the viewport plus a margin, and moves that rendered area along in coarse
 * steps instead of on every frame of a pan or zoom.
 */
import { visibleBoardRect, type Rect, type Size, type Viewport } from './viewport-math';

/** Screen pixels drawn beyond each edge of the canvas, so a pan reveals notes that are already there. */
export const CULL_MARGIN = 400;
/** Below this zoom a note is a coloured card with its first words: no editor, chips or badges. */
export const FAR_SCALE = 0.35;
/** A zoom this much above or below the one the rendered area was made for asks for a new one. */
const RESCALE_FACTOR = 1.6;

export function isFar(scale: number): boolean {
  return scale < FAR_SCALE;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

/** The board area to render for `viewport`: what is on screen and `CULL_MARGIN` around it. */
export function renderArea(viewport: Viewport, size: Size): Rect {
  return visibleBoardRect(viewport, size, CULL_MARGIN);
}

/**
 * Whether the notes rendered for `rendered` no longer do for `current`: part
 * of the screen shows board outside the rendered area, the detail level
 * changes, or the zoom moved so far that the margin is out of proportion.
 */
export function needsNewArea(rendered: Viewport, current: Viewport, size: Size): boolean {
  if (isFar(rendered.scale) !== isFar(current.scale)) return true;
  const ratio = current.scale / rendered.scale;
  if (ratio > RESCALE_FACTOR || ratio < 1 / RESCALE_FACTOR) return true;
  return !contains(renderArea(rendered, size), visibleBoardRect(current, size));
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * The ids to render, in `order`: those whose rectangle meets `area`, and every
 * id in `keep` (selected, edited or focused notes) wherever it is, so focus,
 * pointer capture and the keyboard never lose their note.
 */
export function idsToRender<T extends Rect>(
  order: readonly string[],
  byId: ReadonlyMap<string, T>,
  area: Rect,
  keep: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  for (const id of order) {
    const item = byId.get(id);
    if (item && (keep.has(id) || intersects(item, area))) out.push(id);
  }
  return out;
}

/** The start of a note's text for the far view: only the first words fit on a card that small. */
export function firstWords(text: string, words = 6, chars = 48): string {
  const start = text.trim().split(/\s+/).slice(0, words).join(' ');
  return start.length > chars ? `${start.slice(0, chars - 1)}…` : start;
}
