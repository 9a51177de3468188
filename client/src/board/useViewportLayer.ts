import { useLayoutEffect, useState, type RefObject } from 'react';
import { useViewportStore } from '../stores/viewport';
import { needsNewArea } from './culling';
import type { Size, Viewport } from './viewport-math';

/**
 * After this long without a pan or zoom the rendered area catches up with the view (words, full notes).
 * Longer than a slow frame, so that a gesture on a busy machine does not count as rest between two frames.
 */
const SETTLE_MS = 200;
const GRID = 24;

/** Dots stay between ~12 and ~48 screen px apart at every zoom level. */
function gridSpacing(scale: number): number {
  let spacing = GRID * scale;
  while (spacing < 12) spacing *= 4;
  return spacing;
}

/** Within this zoom ratio the painted grid is scaled instead of painted again (its dots grow or shrink a little). */
const GRID_STRETCH = 1.25;

/**
 * A pan only moves composited layers: the notes' layer and the dot grid, which
 * is shifted by less than one grid step (repainting the grid with a new
 * background-position re-rasterised the whole canvas on every frame). A zoom
 * scales the painted grid and paints it again only when the scale has moved
 * past GRID_STRETCH or the dot spacing changes level.
 */
function paint(canvas: HTMLElement, layer: HTMLElement, grid: HTMLElement | null, vp: Viewport): void {
  layer.style.transform = `translate(${vp.x}px, ${vp.y}px) scale(${vp.scale})`;
  if (grid) {
    const spacing = gridSpacing(vp.scale);
    const painted = Number(grid.dataset.spacing);
    let stretch = spacing / painted;
    if (!(stretch <= GRID_STRETCH && stretch >= 1 / GRID_STRETCH)) {
      grid.style.backgroundSize = `${spacing}px ${spacing}px`;
      grid.dataset.spacing = String(spacing);
      stretch = 1;
    }
    const shift = (v: number) => (((v % spacing) + spacing) % spacing) - spacing;
    grid.style.transform = `translate(${shift(vp.x)}px, ${shift(vp.y)}px) scale(${stretch})`;
  }
  const scale = vp.scale.toFixed(3);
  if (canvas.dataset.scale !== scale) canvas.dataset.scale = scale;
}

/**
 * Pans and zooms by writing the transform of one layer straight to the DOM,
 * so a gesture does not re-render the notes (the compositor moves them).
 * Returns the viewport the notes are rendered for: it follows the view only
 * when the view leaves the rendered margin, changes detail level, or rests;
 * `resting` tells the last apart from a new area needed in mid-gesture.
 */
export function useViewportLayer(
  canvasRef: RefObject<HTMLElement | null>,
  layerRef: RefObject<HTMLElement | null>,
  gridRef: RefObject<HTMLElement | null>,
): { rendered: Viewport; size: Size; resting: boolean } {
  const [state, setState] = useState(() => {
    const { viewport, size } = useViewportStore.getState();
    return { rendered: viewport, size, resting: true };
  });

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const layer = layerRef.current;
    if (!canvas || !layer) return;
    let rendered = useViewportStore.getState().viewport;
    let size = useViewportStore.getState().size;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const commit = (resting: boolean) => {
      timer = undefined;
      const latest = useViewportStore.getState();
      rendered = latest.viewport;
      size = latest.size;
      setState({ rendered, size, resting });
    };
    const update = (current: { viewport: Viewport; size: Size }) => {
      paint(canvas, layer, gridRef.current, current.viewport);
      if (timer !== undefined) clearTimeout(timer);
      const moved = current.viewport !== rendered;
      if (current.size !== size || needsNewArea(rendered, current.viewport, current.size)) commit(!moved);
      // Also after a mid-gesture area: the view at rest may be drawn in more detail.
      if (moved) timer = setTimeout(() => commit(true), SETTLE_MS);
    };
    update(useViewportStore.getState());
    commit(true);
    const unsubscribe = useViewportStore.subscribe(update);
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [canvasRef, layerRef, gridRef]);

  return state;
}
