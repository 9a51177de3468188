import { useLayoutEffect, useState, type RefObject } from 'react';
import { useViewportStore } from '../stores/viewport';
import { needsNewArea } from './culling';
import type { Size, Viewport } from './viewport-math';

/** After this long without a pan or zoom the rendered area catches up with the view. */
const SETTLE_MS = 120;
const GRID = 24;

/** Dots stay between ~12 and ~48 screen px apart at every zoom level. */
function gridSpacing(scale: number): number {
  let spacing = GRID * scale;
  while (spacing < 12) spacing *= 4;
  return spacing;
}

function paint(canvas: HTMLElement, layer: HTMLElement, vp: Viewport): void {
  layer.style.transform = `translate(${vp.x}px, ${vp.y}px) scale(${vp.scale})`;
  const spacing = gridSpacing(vp.scale);
  canvas.style.backgroundSize = `${spacing}px ${spacing}px`;
  canvas.style.backgroundPosition = `${vp.x}px ${vp.y}px`;
  canvas.dataset.scale = vp.scale.toFixed(3);
}

/**
 * Pans and zooms by writing the transform of one layer straight to the DOM,
 * so a gesture does not re-render the notes (the compositor moves them).
 * Returns the viewport the notes are rendered for: it follows the view only
 * when the view leaves the rendered margin, changes detail level, or rests.
 */
export function useViewportLayer(
  canvasRef: RefObject<HTMLElement | null>,
  layerRef: RefObject<HTMLElement | null>,
): { rendered: Viewport; size: Size } {
  const [state, setState] = useState(() => {
    const { viewport, size } = useViewportStore.getState();
    return { rendered: viewport, size };
  });

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const layer = layerRef.current;
    if (!canvas || !layer) return;
    let rendered = useViewportStore.getState().viewport;
    let size = useViewportStore.getState().size;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const commit = () => {
      timer = undefined;
      const latest = useViewportStore.getState();
      rendered = latest.viewport;
      size = latest.size;
      setState({ rendered, size });
    };
    const update = (current: { viewport: Viewport; size: Size }) => {
      paint(canvas, layer, current.viewport);
      if (timer !== undefined) clearTimeout(timer);
      if (current.size !== size || needsNewArea(rendered, current.viewport, current.size)) commit();
      else if (current.viewport !== rendered) timer = setTimeout(commit, SETTLE_MS);
    };
    update(useViewportStore.getState());
    commit();
    const unsubscribe = useViewportStore.subscribe(update);
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [canvasRef, layerRef]);

  return state;
}
