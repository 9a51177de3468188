import { memo, useLayoutEffect, useRef, type MouseEvent, type PointerEvent } from 'react';
import type { Note } from '@mutopia/shared';
import { useBoardUi } from '../stores/boardUi';
import { raise } from './actions';
import { bitmapResolution, CARD_FONT, drawCards, noteAt } from './far-canvas-draw';
import { dragNotes } from './note-gestures';
import type { BoardSession } from './session';
import type { Point, Rect } from './viewport-math';

import './far-canvas.css';

interface FarCanvasProps {
  notes: readonly Note[];
  /** The rendered board area (board pixels) the bitmap covers. */
  area: Rect;
  /** The zoom the bitmap is drawn for; the layer's transform scales it between renders. */
  scale: number;
  /** Without their words the cards redraw within a frame: words only once the view rests. */
  words: boolean;
  session: BoardSession;
}

/**
 * Many notes seen from far away, drawn into one canvas (far-canvas-draw.ts).
 * Like the DOM cards it replaces, it is hidden from screen readers: keyboard
 * and screen reader users reach notes by Alt+arrow or the list view. A press
 * on a card selects and drags that note, a double-click edits it; a press
 * between cards goes on to the board (pan, select, new note).
 */
export const FarCanvas = memo(function FarCanvas({ notes, area, scale, words, session }: FarCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);

  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const resolution = bitmapResolution(area, scale, window.devicePixelRatio || 1);
    // Resizing reallocates the bitmap; the size in device pixels hardly changes from one area to the next.
    const width = Math.max(1, Math.round(area.w * resolution));
    const height = Math.max(1, Math.round(area.h * resolution));
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    // Colours come from the theme (contrast settings change them), read once per drawing.
    const css = getComputedStyle(canvas);
    const fills = new Map<string, string>();
    drawCards(ctx, notes, area, resolution, {
      fill: (color) => {
        let fill = fills.get(color);
        if (fill === undefined) fills.set(color, (fill = css.getPropertyValue(`--note-${color}`).trim() || '#fff'));
        return fill;
      },
      border: 'rgb(28 32 36 / 14%)',
      text: css.color,
      font: words ? `${CARD_FONT} ${css.fontFamily}` : null,
    });
  }, [notes, area, scale, words]);

  const boardPoint = (e: { clientX: number; clientY: number }): Point => {
    const box = ref.current!.getBoundingClientRect();
    return {
      x: area.x + ((e.clientX - box.left) / box.width) * area.w,
      y: area.y + ((e.clientY - box.top) / box.height) * area.h,
    };
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    const note = noteAt(notes, boardPoint(e));
    if (!note) return;
    e.stopPropagation();
    if (e.button !== 0) return;
    const ui = useBoardUi.getState();
    if (ui.activeGroupId) ui.activateGroup(null);
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      ui.toggle(note.id);
      return;
    }
    raise(session, [note.id]);
    // Selecting draws the note in full, as a DOM note above the canvas: only once the press is over.
    const select = () => useBoardUi.getState().select([note.id]);
    dragNotes(e, session, [note.id], select, select);
  };

  const onDoubleClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const note = noteAt(notes, boardPoint(e));
    if (!note) return;
    e.stopPropagation();
    useBoardUi.getState().startEditing(note.id);
  };

  return (
    <canvas
      ref={ref}
      className="far-canvas"
      style={{ transform: `translate(${area.x}px, ${area.y}px)`, width: area.w, height: area.h }}
      aria-hidden="true"
      data-testid="far-canvas"
      data-card-count={notes.length}
      onPointerDown={session.readOnly ? undefined : onPointerDown}
      onDoubleClick={session.readOnly ? undefined : onDoubleClick}
    />
  );
});
