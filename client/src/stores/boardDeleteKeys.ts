import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** The delete keys of the plain boards this browser created (the server gives each only once). */
interface BoardDeleteKeysState {
  keys: Record<string, string>;
  remember: (boardId: string, key: string) => void;
  forget: (boardId: string) => void;
}

export const useBoardDeleteKeys = create<BoardDeleteKeysState>()(
  persist(
    (set) => ({
      keys: {},
      remember: (boardId, key) => set(({ keys }) => ({ keys: { ...keys, [boardId]: key } })),
      forget: (boardId) =>
        set(({ keys }) => {
          const { [boardId]: _gone, ...rest } = keys;
          return { keys: rest };
        }),
    }),
    { name: 'mutopia-board-delete-keys', version: 1 },
  ),
);
