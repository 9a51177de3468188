import { create } from 'zustand';
import type { Size, Viewport } from '../board/viewport-math';

interface ViewportState {
  viewport: Viewport;
  /** Canvas size in CSS pixels; zero until the canvas has been measured. */
  size: Size;
  /** Whether the view has been placed for the current board yet (fit or centred). */
  placed: boolean;
  setViewport: (viewport: Viewport) => void;
  updateViewport: (update: (viewport: Viewport) => Viewport) => void;
  setSize: (size: Size) => void;
  place: (viewport: Viewport) => void;
  reset: () => void;
}

const INITIAL: Pick<ViewportState, 'viewport' | 'size' | 'placed'> = {
  viewport: { x: 0, y: 0, scale: 1 },
  size: { width: 0, height: 0 },
  placed: false,
};

/** The board view: local to this tab, never shared with others. */
export const useViewportStore = create<ViewportState>()((set) => ({
  ...INITIAL,
  setViewport: (viewport) => set({ viewport }),
  updateViewport: (update) => set((s) => ({ viewport: update(s.viewport) })),
  setSize: (size) => set({ size }),
  place: (viewport) => set({ viewport, placed: true }),
  reset: () => set(INITIAL),
}));
