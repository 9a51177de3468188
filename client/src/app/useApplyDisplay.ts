import { useLayoutEffect } from 'react';
import { choicesFromSearch, resolveDisplay, useDisplayPreferences } from '../stores/displayPreferences';
import { useMediaQuery } from './useMediaQuery';

// A projector link's choices are taken once at start and kept, so they survive a reload without the parameters.
const fromAddress = choicesFromSearch(typeof window === 'undefined' ? '' : window.location.search);
if (Object.keys(fromAddress).length > 0) useDisplayPreferences.getState().set(fromAddress);

/**
 * Puts the display choices on <html> (data-contrast, data-text, data-motion),
 * where the theme in styles/display.css picks them up; before paint, so a
 * high-contrast page never flashes in the standard colours.
 */
export function useApplyDisplay(): void {
  const contrast = useDisplayPreferences((s) => s.contrast);
  const text = useDisplayPreferences((s) => s.text);
  const motion = useDisplayPreferences((s) => s.motion);
  const prefersMoreContrast = useMediaQuery('(prefers-contrast: more)');
  const prefersReducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');

  useLayoutEffect(() => {
    const shown = resolveDisplay({ contrast, text, motion }, { prefersMoreContrast, prefersReducedMotion });
    const root = document.documentElement;
    root.dataset.contrast = shown.highContrast ? 'high' : 'standard';
    root.dataset.text = shown.largeText ? 'large' : 'normal';
    root.dataset.motion = shown.reducedMotion ? 'reduced' : 'full';
  }, [contrast, text, motion, prefersMoreContrast, prefersReducedMotion]);
}
