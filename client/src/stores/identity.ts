import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { LIMITS } from '@mutopia/shared/limits';

/** Cursor colours: saturated enough for white label text (contrast ≥ 4.5:1). */
export const CURSOR_COLORS = [
  '#c2410c',
  '#b91c1c',
  '#be185d',
  '#7e22ce',
  '#4338ca',
  '#0369a1',
  '#0f766e',
  '#15803d',
] as const;

interface IdentityState {
  /** What the person typed; empty means "use the guest name". */
  name: string;
  color: string;
  /** Stable number for the translated fallback name "Gast 42". */
  guestNumber: number;
  setName: (name: string) => void;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

export const useIdentity = create<IdentityState>()(
  persist(
    (set) => ({
      name: '',
      color: pick(CURSOR_COLORS),
      guestNumber: 1 + Math.floor(Math.random() * 99),
      setName: (name) => set({ name: name.slice(0, LIMITS.displayNameMaxLength) }),
    }),
    { name: 'mutopia-identity', version: 1 },
  ),
);
