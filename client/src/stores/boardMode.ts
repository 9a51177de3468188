import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type BoardMode = 'canvas' | 'list';

interface BoardModeState {
  mode: BoardMode;
  setMode: (mode: BoardMode) => void;
}

/**
 * Canvas or list, kept per device for every board: someone who works with a
 * screen reader or the keyboard chooses the list once. The canvas is the
 * default on every screen size, phones too: teams look at the same picture as
 * the projector, and the list is one press away on the toggle.
 */
export const useBoardMode = create<BoardModeState>()(
  persist(
    (set) => ({
      mode: 'canvas',
      setMode: (mode) => set({ mode }),
    }),
    { name: 'mutopia-board-mode', version: 1 },
  ),
);
