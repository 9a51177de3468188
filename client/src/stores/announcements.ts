import { create } from 'zustand';

export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  text: string;
  /** Grows with every announcement, so the same words said twice are said again. */
  seq: number;
}

interface AnnouncementsState {
  polite: Announcement | null;
  assertive: Announcement | null;
  announce: (text: string, politeness?: Politeness) => void;
  clear: () => void;
}

let seq = 0;

/**
 * What the app-wide live regions (ui/LiveRegion) say next. Views announce
 * through this store instead of keeping regions of their own: a region must
 * exist before its text changes for screen readers to read it, and one pair
 * of regions cannot talk over itself.
 */
export const useAnnouncements = create<AnnouncementsState>()((set) => ({
  polite: null,
  assertive: null,
  announce: (text, politeness = 'polite') => {
    if (!text.trim()) return;
    seq += 1;
    set({ [politeness]: { text, seq } });
  },
  clear: () => set({ polite: null, assertive: null }),
}));

/** Outside React (socket handlers, observers). */
export function announce(text: string, politeness: Politeness = 'polite'): void {
  useAnnouncements.getState().announce(text, politeness);
}
