/**
 * Pointer gestures on notes, wired imperatively to the pressed element so a
 * drag does not re-render React on every pointer event: only the moved notes
 * change, once per animation frame.
 */
import type { PointerEvent as ReactPointerEvent } from 'react';
import { updateNotes, type NotePatch } from '@mutopia/shared';
import { updateGroup } from '@mutopia/shared/board/groups';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import { dropTargetOf, fitMembership, memberIds, moveGroupFrom } from './group-actions';
import { beginGesture, endGesture, type BoardSession } from './session';
import type { Point } from './viewport-math';

/** Screen pixels a pointer may wander before a press counts as a drag. */
const DRAG_THRESHOLD = 3;

interface TrackOptions {
  onMove: (delta: Point) => void;
  onClick?: () => void;
  /** After the last move of a drag, still inside its undo step. */
  onDragEnd?: () => void;
}

function track(event: ReactPointerEvent<HTMLElement>, session: BoardSession, options: TrackOptions): void {
  const element = event.currentTarget;
  const pointerId = event.pointerId;
  const start = { x: event.clientX, y: event.clientY };
  let latest = start;
  let dragging = false;
  let frame = 0;

  const flush = () => {
    frame = 0;
    const { scale } = useViewportStore.getState().viewport;
    options.onMove({ x: (latest.x - start.x) / scale, y: (latest.y - start.y) / scale });
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerId !== pointerId) return;
    latest = { x: e.clientX, y: e.clientY };
    if (!dragging) {
      if (Math.hypot(latest.x - start.x, latest.y - start.y) < DRAG_THRESHOLD) return;
      dragging = true;
      beginGesture(session);
    }
    frame ||= requestAnimationFrame(flush);
  };

  const onEnd = (e: PointerEvent) => {
    if (e.pointerId !== pointerId) return;
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerup', onEnd);
    element.removeEventListener('pointercancel', onEnd);
    element.removeEventListener('lostpointercapture', onEnd);
    if (frame) {
      cancelAnimationFrame(frame);
      flush();
    }
    if (dragging) {
      options.onDragEnd?.();
      endGesture(session);
    } else if (e.type === 'pointerup') options.onClick?.();
  };

  element.setPointerCapture(pointerId);
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerup', onEnd);
  element.addEventListener('pointercancel', onEnd);
  element.addEventListener('lostpointercapture', onEnd);
}

/** Drags all `ids` together, keeping their relative positions. */
export function dragNotes(
  event: ReactPointerEvent<HTMLElement>,
  session: BoardSession,
  ids: readonly string[],
  onClick: () => void,
  onDragEnd?: () => void,
): void {
  const { byId } = session.notes.getSnapshot();
  const origins = new Map<string, Point>();
  for (const id of ids) {
    const note = byId.get(id);
    if (note) origins.set(id, { x: note.x, y: note.y });
  }
  const ui = useBoardUi.getState();
  track(event, session, {
    onClick,
    onMove: (delta) => {
      const patches = new Map<string, NotePatch>();
      for (const [id, o] of origins) patches.set(id, { x: Math.round(o.x + delta.x), y: Math.round(o.y + delta.y) });
      updateNotes(session.doc, patches, session.origin);
      ui.setDropTarget(dropTargetOf(session, [...origins.keys()]));
    },
    onDragEnd: () => {
      ui.setDropTarget(null);
      fitMembership(session, [...origins.keys()]);
      onDragEnd?.();
    },
  });
}

/** Drags a frame with the notes that belong to it. */
export function dragGroup(
  event: ReactPointerEvent<HTMLElement>,
  session: BoardSession,
  groupId: string,
  onClick: () => void,
): void {
  const group = session.groups.getSnapshot().byId.get(groupId);
  if (!group) return;
  const { byId } = session.notes.getSnapshot();
  const origins = new Map<string, Point>();
  for (const id of memberIds(session, groupId)) {
    const note = byId.get(id);
    if (note) origins.set(id, { x: note.x, y: note.y });
  }
  const frameOrigin = { x: group.x, y: group.y };
  track(event, session, {
    onClick,
    onMove: (delta) => moveGroupFrom(session, groupId, frameOrigin, origins, delta),
    // A frame set down over notes takes them in, as if they had been dropped into it.
    onDragEnd: () => fitMembership(session),
  });
}

export function resizeGroup(event: ReactPointerEvent<HTMLElement>, session: BoardSession, groupId: string): void {
  const group = session.groups.getSnapshot().byId.get(groupId);
  if (!group) return;
  const { w, h } = group;
  track(event, session, {
    onMove: (delta) =>
      updateGroup(session.doc, groupId, { w: Math.round(w + delta.x), h: Math.round(h + delta.y) }, session.origin),
    // Grown over notes, they join; shrunk past members, they leave.
    onDragEnd: () => fitMembership(session),
  });
}

export function resizeNote(event: ReactPointerEvent<HTMLElement>, session: BoardSession, id: string): void {
  const note = session.notes.getSnapshot().byId.get(id);
  if (!note) return;
  const { w, h } = note;
  track(event, session, {
    onMove: (delta) => {
      updateNotes(
        session.doc,
        new Map([[id, { w: Math.round(w + delta.x), h: Math.round(h + delta.y) }]]),
        session.origin,
      );
    },
    onDragEnd: () => fitMembership(session, [id]),
  });
}
