import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export interface RecentBoard {
  id: string;
  title: string;
  lastOpened: number;
}

interface RecentBoardsState {
  boards: RecentBoard[];
  /** Records a visit; an empty title keeps the one remembered before. */
  remember: (id: string, title: string) => void;
  forget: (id: string) => void;
}

const MAX_REMEMBERED = 50;

export const useRecentBoards = create<RecentBoardsState>()(
  persist(
    (set) => ({
      boards: [],
      remember: (id, title) =>
        set(({ boards }) => {
          const previous = boards.find((b) => b.id === id);
          const entry = { id, title: title || previous?.title || '', lastOpened: Date.now() };
          return { boards: [entry, ...boards.filter((b) => b.id !== id)].slice(0, MAX_REMEMBERED) };
        }),
      forget: (id) => set(({ boards }) => ({ boards: boards.filter((b) => b.id !== id) })),
    }),
    { name: 'mutopia-recent-boards', version: 1 },
  ),
);
