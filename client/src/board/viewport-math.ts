/**
 * Pure geometry of the board view. A viewport maps board coordinates to screen
 * (canvas-relative CSS pixel) coordinates: screen = board × scale + offset.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function screenToBoard(vp: Viewport, p: Point): Point {
  return { x: (p.x - vp.x) / vp.scale, y: (p.y - vp.y) / vp.scale };
}

export function boardToScreen(vp: Viewport, p: Point): Point {
  return { x: p.x * vp.scale + vp.x, y: p.y * vp.scale + vp.y };
}

export function panBy(vp: Viewport, dx: number, dy: number): Viewport {
  return { ...vp, x: vp.x + dx, y: vp.y + dy };
}

/** Changes the scale while the board point under `anchor` stays under it. */
export function zoomAt(vp: Viewport, anchor: Point, nextScale: number): Viewport {
  const scale = clampScale(nextScale);
  const board = screenToBoard(vp, anchor);
  return { scale, x: anchor.x - board.x * scale, y: anchor.y - board.y * scale };
}

/** Wheel deltas come in pixels, lines or pages depending on the device. */
export function wheelDeltaPixels(delta: number, deltaMode: number, pageSize: number): number {
  if (deltaMode === 1) return delta * 16;
  if (deltaMode === 2) return delta * pageSize;
  return delta;
}

/**
 * Zoom factor for a ctrl+wheel step. Trackpad pinches send many small deltas,
 * mouse wheels few large ones (~100 px a notch); the exponential keeps pinches
 * smooth and the clamp makes one notch a comfortable ~28 % step.
 */
export function wheelZoomFactor(deltaY: number): number {
  const bounded = Math.max(-25, Math.min(25, deltaY));
  return Math.exp(-bounded * 0.01);
}

/** A viewport that shows `bounds` centred with `padding` around it, never zoomed above `maxScale`. */
export function fitRect(bounds: Rect, size: Size, padding = 64, maxScale = 1): Viewport {
  const availableW = Math.max(1, size.width - 2 * padding);
  const availableH = Math.max(1, size.height - 2 * padding);
  const scale = clampScale(Math.min(maxScale, availableW / Math.max(1, bounds.w), availableH / Math.max(1, bounds.h)));
  return {
    scale,
    x: size.width / 2 - (bounds.x + bounds.w / 2) * scale,
    y: size.height / 2 - (bounds.y + bounds.h / 2) * scale,
  };
}

/** 100 % with the board origin in the middle of the canvas. */
export function centeredOrigin(size: Size): Viewport {
  return { x: size.width / 2, y: size.height / 2, scale: 1 };
}

/** The part of the board that is on screen, grown by `margin` screen pixels on every side. */
export function visibleBoardRect(vp: Viewport, size: Size, margin = 0): Rect {
  const topLeft = screenToBoard(vp, { x: -margin, y: -margin });
  return {
    x: topLeft.x,
    y: topLeft.y,
    w: (size.width + 2 * margin) / vp.scale,
    h: (size.height + 2 * margin) / vp.scale,
  };
}

export function boundingRect(rects: Iterable<Rect>): Rect | null {
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
  return minX === Infinity ? null : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

export function viewportCenter(size: Size): Point {
  return { x: size.width / 2, y: size.height / 2 };
}
