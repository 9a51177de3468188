import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** "auto" follows the device (`prefers-contrast`, `prefers-reduced-motion`); the others are the person's choice. */
export type ContrastChoice = 'auto' | 'high' | 'standard';
export type TextSizeChoice = 'normal' | 'large';
export type MotionChoice = 'auto' | 'reduced';

export interface DisplayChoices {
  contrast: ContrastChoice;
  text: TextSizeChoice;
  motion: MotionChoice;
}

interface DisplayPreferencesState extends DisplayChoices {
  set: (choices: Partial<DisplayChoices>) => void;
}

export const DEFAULT_DISPLAY: DisplayChoices = { contrast: 'auto', text: 'normal', motion: 'auto' };

const CONTRAST = new Set<string>(['auto', 'high', 'standard']);
const TEXT = new Set<string>(['normal', 'large']);
const MOTION = new Set<string>(['auto', 'reduced']);

/**
 * Choices given in the address (`?contrast=high&text=large&motion=reduced`):
 * a projector has nobody at a keyboard, so its link carries them. Unknown
 * values are ignored rather than guessed.
 */
export function choicesFromSearch(search: string): Partial<DisplayChoices> {
  const params = new URLSearchParams(search);
  const out: Partial<DisplayChoices> = {};
  const contrast = params.get('contrast');
  if (contrast && CONTRAST.has(contrast)) out.contrast = contrast as ContrastChoice;
  const text = params.get('text');
  if (text && TEXT.has(text)) out.text = text as TextSizeChoice;
  const motion = params.get('motion');
  if (motion && MOTION.has(motion)) out.motion = motion as MotionChoice;
  return out;
}

/** What the page shows, once the device's own wishes fill in the "auto" choices. */
export function resolveDisplay(
  choices: DisplayChoices,
  device: { prefersMoreContrast: boolean; prefersReducedMotion: boolean },
): { highContrast: boolean; largeText: boolean; reducedMotion: boolean } {
  return {
    highContrast: choices.contrast === 'high' || (choices.contrast === 'auto' && device.prefersMoreContrast),
    largeText: choices.text === 'large',
    reducedMotion: choices.motion === 'reduced' || device.prefersReducedMotion,
  };
}

/** Kept per device (localStorage), like the language: a projector or a phone keeps its setting across reloads. */
export const useDisplayPreferences = create<DisplayPreferencesState>()(
  persist(
    (set) => ({
      ...DEFAULT_DISPLAY,
      set: (choices) => set(choices),
    }),
    {
      name: 'mutopia-display',
      version: 1,
      partialize: ({ contrast, text, motion }) => ({ contrast, text, motion }),
    },
  ),
);
