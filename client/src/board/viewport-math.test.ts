import { describe, expect, it } from 'vitest';
import {
  boardToScreen,
  boundingRect,
  clampScale,
  fitRect,
  MAX_SCALE,
  MIN_SCALE,
  screenToBoard,
  visibleBoardRect,
  wheelDeltaPixels,
  wheelZoomFactor,
  zoomAt,
  type Viewport,
} from './viewport-math';

const vp: Viewport = { x: 100, y: -50, scale: 2 };

describe('viewport math', () => {
  it('converts between screen and board coordinates both ways', () => {
    expect(screenToBoard(vp, { x: 300, y: 150 })).toEqual({ x: 100, y: 100 });
    expect(boardToScreen(vp, { x: 100, y: 100 })).toEqual({ x: 300, y: 150 });
    const p = { x: 12.5, y: -7 };
    expect(screenToBoard(vp, boardToScreen(vp, p))).toEqual(p);
  });

  it('keeps the board point under the pointer fixed while zooming', () => {
    const anchor = { x: 321, y: 123 };
    const before = screenToBoard(vp, anchor);
    const zoomed = zoomAt(vp, anchor, 3.3);
    expect(zoomed.scale).toBe(3.3);
    const after = screenToBoard(zoomed, anchor);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps the zoom to 10 %–400 %', () => {
    expect(clampScale(0.01)).toBe(MIN_SCALE);
    expect(clampScale(10)).toBe(MAX_SCALE);
    expect(zoomAt(vp, { x: 0, y: 0 }, 100).scale).toBe(4);
    expect(zoomAt(vp, { x: 0, y: 0 }, 0).scale).toBe(0.1);
  });

  it('fits a rectangle into the canvas, centred and never above 100 %', () => {
    const size = { width: 1000, height: 800 };
    const small = fitRect({ x: 0, y: 0, w: 100, h: 100 }, size, 50);
    expect(small.scale).toBe(1);
    expect(boardToScreen(small, { x: 50, y: 50 })).toEqual({ x: 500, y: 400 });

    const big = fitRect({ x: -1000, y: 0, w: 4000, h: 1000 }, size, 50);
    expect(big.scale).toBeCloseTo(900 / 4000);
    const center = boardToScreen(big, { x: 1000, y: 500 });
    expect(center.x).toBeCloseTo(500);
    expect(center.y).toBeCloseTo(400);
  });

  it('computes the visible board area including a margin', () => {
    const rect = visibleBoardRect(vp, { width: 400, height: 200 }, 20);
    expect(rect).toEqual({ x: -60, y: 15, w: 220, h: 120 });
  });

  it('bounds several rectangles, or none', () => {
    expect(boundingRect([])).toBeNull();
    expect(
      boundingRect([
        { x: 0, y: 0, w: 10, h: 10 },
        { x: -5, y: 20, w: 10, h: 5 },
      ]),
    ).toEqual({ x: -5, y: 0, w: 15, h: 25 });
  });

  it('normalises wheel deltas and zoom steps', () => {
    expect(wheelDeltaPixels(3, 1, 800)).toBe(48);
    expect(wheelDeltaPixels(1, 2, 800)).toBe(800);
    expect(wheelDeltaPixels(7, 0, 800)).toBe(7);
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(1000)).toBe(wheelZoomFactor(100));
    // One mouse-wheel notch zooms by a comfortable step, not by a factor of e.
    expect(wheelZoomFactor(-100)).toBeLessThan(1.35);
    expect(wheelZoomFactor(-4)).toBeCloseTo(Math.exp(0.04));
  });
});
