import { create } from 'zustand';

export const CONSOLE_TABS = ['live', 'people', 'projectors', 'invite', 'edit'] as const;
export type ConsoleTab = (typeof CONSOLE_TABS)[number];

interface ConsoleUiState {
  tab: ConsoleTab;
  setTab: (tab: ConsoleTab) => void;
}

/** Outlives a reconnect with a new token (after issuing a new facilitator link), so the console stays where it was. */
export const useConsoleUi = create<ConsoleUiState>()((set) => ({
  tab: 'live',
  setTab: (tab) => set({ tab }),
}));
