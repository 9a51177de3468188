import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import { nearestInDirection, type Direction } from './roving-focus';
import type { BoardSession } from './session';
import { screenToBoard, viewportCenter, type Rect } from './viewport-math';

/** Space kept between a note the keyboard went to and the edge of the canvas. */
const MARGIN = 48;

/**
 * Alt+arrow: selects the nearest note in that direction, pans the board until
 * it is in view and focuses it. It works from the document, not the DOM, so
 * notes outside the view (which the canvas does not render) are reachable; a
 * selected note is always rendered.
 */
export function focusNearest(session: BoardSession, dir: Direction, fromId: string | null): string | null {
  const { byId } = session.notes.getSnapshot();
  const { viewport, size, updateViewport } = useViewportStore.getState();
  const ui = useBoardUi.getState();
  const startId = fromId ?? (ui.selected.size > 0 ? [...ui.selected][0]! : null);
  const start = startId ? byId.get(startId) : undefined;
  const centre = screenToBoard(viewport, viewportCenter(size));
  const from: Rect = start ?? { ...centre, w: 0, h: 0 };
  const others = [...byId.values()].filter((n) => n.id !== start?.id);
  // With nothing to start from, the first press goes to the note nearest the middle of the view.
  const target = start ? nearestInDirection(from, others, dir) : nearestToCentre(others, from);
  if (!target) return null;

  ui.activateGroup(null);
  ui.select([target.id]);
  updateViewport((vp) => {
    const left = target.x * vp.scale + vp.x;
    const top = target.y * vp.scale + vp.y;
    const right = left + target.w * vp.scale;
    const bottom = top + target.h * vp.scale;
    let dx = 0;
    let dy = 0;
    if (left < MARGIN) dx = MARGIN - left;
    else if (right > size.width - MARGIN) dx = size.width - MARGIN - right;
    if (top < MARGIN) dy = MARGIN - top;
    else if (bottom > size.height - MARGIN) dy = size.height - MARGIN - bottom;
    return dx === 0 && dy === 0 ? vp : { ...vp, x: vp.x + dx, y: vp.y + dy };
  });
  // Rendered on the next frame (it may have been outside the view until now).
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`.board-canvas [data-note-id="${target.id}"]`)?.focus({ preventScroll: true }),
  );
  return target.id;
}

function nearestToCentre<T extends Rect>(items: readonly T[], centre: Rect): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = Math.hypot(item.x + item.w / 2 - centre.x, item.y + item.h / 2 - centre.y);
    if (d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
