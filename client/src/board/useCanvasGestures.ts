import { useEffect, useRef, useState, type PointerEvent, type RefObject, type MouseEvent } from 'react';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import { addNoteAt, clearAll } from './actions';
import type { BoardSession } from './session';
import { idsInRect, rectFromPoints } from './selection-math';
import { useCursorPublisher } from './useAwareness';
import {
  clampScale,
  panBy,
  screenToBoard,
  wheelDeltaPixels,
  wheelZoomFactor,
  zoomAt,
  type Point,
  type Rect,
} from './viewport-math';

type Gesture =
  | { kind: 'pan'; pointerId: number; last: Point; travelled: number }
  | { kind: 'select'; pointerId: number; origin: Point }
  | { kind: 'pinch'; startDistance: number; startScale: number; anchor: Point };

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * Background gestures: drag pans, shift+drag selects, two fingers pinch-zoom,
 * wheel pans and ctrl/cmd+wheel (also trackpad pinch) zooms around the
 * pointer, double-click creates a note. Notes stop their own pointer events,
 * so everything arriving here started on empty board.
 */
export function useCanvasGestures(
  ref: RefObject<HTMLDivElement | null>,
  session: BoardSession,
  onInteract: () => void,
) {
  const pointers = useRef(new Map<number, Point>());
  const gesture = useRef<Gesture | null>(null);
  const [selectionRect, setSelectionRect] = useState<Rect | null>(null);
  const publishCursor = useCursorPublisher(session);

  const local = (e: { clientX: number; clientY: number }): Point => {
    const box = ref.current?.getBoundingClientRect();
    return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
  };

  const startPinch = () => {
    const [a, b] = [...pointers.current.values()];
    if (!a || !b) return;
    const { viewport } = useViewportStore.getState();
    gesture.current = {
      kind: 'pinch',
      startDistance: Math.max(1, distance(a, b)),
      startScale: viewport.scale,
      anchor: screenToBoard(viewport, midpoint(a, b)),
    };
    setSelectionRect(null);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const isPrimary = e.button === 0 || e.button === 1;
    if (!isPrimary) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = local(e);
    pointers.current.set(e.pointerId, p);
    onInteract();
    if (pointers.current.size === 2) {
      startPinch();
    } else if (pointers.current.size === 1) {
      gesture.current =
        e.shiftKey && e.button === 0 && !session.readOnly
          ? { kind: 'select', pointerId: e.pointerId, origin: p }
          : { kind: 'pan', pointerId: e.pointerId, last: p, travelled: 0 };
    }
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const p = local(e);
    const store = useViewportStore.getState();
    publishCursor(screenToBoard(store.viewport, p));
    if (!pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, p);
    const g = gesture.current;
    if (!g) return;

    if (g.kind === 'pan' && g.pointerId === e.pointerId) {
      const dx = p.x - g.last.x;
      const dy = p.y - g.last.y;
      g.last = p;
      g.travelled += Math.abs(dx) + Math.abs(dy);
      store.updateViewport((vp) => panBy(vp, dx, dy));
    } else if (g.kind === 'select' && g.pointerId === e.pointerId) {
      const screenRect = rectFromPoints(g.origin, p);
      setSelectionRect(screenRect);
      const area = rectFromPoints(screenToBoard(store.viewport, g.origin), screenToBoard(store.viewport, p));
      useBoardUi.getState().select(idsInRect(session.notes.getSnapshot().byId.values(), area));
    } else if (g.kind === 'pinch') {
      const [a, b] = [...pointers.current.values()];
      if (!a || !b) return;
      const scale = clampScale(g.startScale * (distance(a, b) / g.startDistance));
      const centre = midpoint(a, b);
      store.setViewport({ scale, x: centre.x - g.anchor.x * scale, y: centre.y - g.anchor.y * scale });
    }
  };

  const onPointerEnd = (e: PointerEvent<HTMLDivElement>) => {
    if (!pointers.current.delete(e.pointerId)) return;
    const g = gesture.current;
    if (g?.kind === 'pinch') {
      // One finger stays down: carry on panning with it instead of jumping.
      const [rest] = [...pointers.current.entries()];
      gesture.current = rest ? { kind: 'pan', pointerId: rest[0], last: rest[1], travelled: Infinity } : null;
      return;
    }
    if (g?.kind === 'pan' && g.travelled < 4 && e.type === 'pointerup' && !session.readOnly) {
      clearAll();
    }
    gesture.current = null;
    setSelectionRect(null);
  };

  const onPointerLeave = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'mouse' && pointers.current.size === 0) publishCursor(null);
  };

  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    if (session.readOnly) return;
    const { viewport } = useViewportStore.getState();
    onInteract();
    addNoteAt(session, screenToBoard(viewport, local(e)));
  };

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      // Let a note being edited scroll its own text.
      if (!(e.ctrlKey || e.metaKey) && (e.target as Element).closest('textarea')) return;
      e.preventDefault();
      onInteract();
      const store = useViewportStore.getState();
      const pageSize = store.size.height || 800;
      let dx = wheelDeltaPixels(e.deltaX, e.deltaMode, pageSize);
      const dy = wheelDeltaPixels(e.deltaY, e.deltaMode, pageSize);
      if (e.ctrlKey || e.metaKey) {
        const box = element.getBoundingClientRect();
        const anchor = { x: e.clientX - box.left, y: e.clientY - box.top };
        store.updateViewport((vp) => zoomAt(vp, anchor, vp.scale * wheelZoomFactor(dy)));
        return;
      }
      // A plain mouse wheel with shift scrolls sideways, as in documents.
      if (e.shiftKey && dx === 0) {
        dx = dy;
        store.updateViewport((vp) => panBy(vp, -dx, 0));
        return;
      }
      store.updateViewport((vp) => panBy(vp, -dx, -dy));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [ref, onInteract]);

  return {
    selectionRect,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
      onPointerLeave,
      onDoubleClick,
    },
  };
}
