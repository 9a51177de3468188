import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface PreferencesState {
  /** A chime when the countdown reaches zero; off until the person turns it on (browsers need a click anyway). */
  sound: boolean;
  setSound: (sound: boolean) => void;
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      sound: false,
      setSound: (sound) => set({ sound }),
    }),
    { name: 'mutopia-preferences', version: 1 },
  ),
);
