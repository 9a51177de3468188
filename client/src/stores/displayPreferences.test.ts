import { describe, expect, it } from 'vitest';
import { choicesFromSearch, DEFAULT_DISPLAY, resolveDisplay } from './displayPreferences';

const device = (prefersMoreContrast: boolean, prefersReducedMotion = false) => ({
  prefersMoreContrast,
  prefersReducedMotion,
});

describe('display preferences', () => {
  it('reads a projector link’s choices and ignores what it does not know', () => {
    expect(choicesFromSearch('?contrast=high&text=large')).toEqual({ contrast: 'high', text: 'large' });
    expect(choicesFromSearch('?motion=reduced&contrast=standard')).toEqual({ motion: 'reduced', contrast: 'standard' });
    expect(choicesFromSearch('?contrast=ultra&text=huge&x=1')).toEqual({});
    expect(choicesFromSearch('')).toEqual({});
  });

  it('follows prefers-contrast: more unless the person chose standard contrast', () => {
    expect(resolveDisplay(DEFAULT_DISPLAY, device(true)).highContrast).toBe(true);
    expect(resolveDisplay(DEFAULT_DISPLAY, device(false)).highContrast).toBe(false);
    expect(resolveDisplay({ ...DEFAULT_DISPLAY, contrast: 'standard' }, device(true)).highContrast).toBe(false);
    expect(resolveDisplay({ ...DEFAULT_DISPLAY, contrast: 'high' }, device(false)).highContrast).toBe(true);
  });

  it('reduces motion when the device asks for it or the person does; the device’s wish cannot be overridden', () => {
    expect(resolveDisplay(DEFAULT_DISPLAY, device(false, true)).reducedMotion).toBe(true);
    expect(resolveDisplay({ ...DEFAULT_DISPLAY, motion: 'reduced' }, device(false)).reducedMotion).toBe(true);
    expect(resolveDisplay(DEFAULT_DISPLAY, device(false)).reducedMotion).toBe(false);
    expect(resolveDisplay({ ...DEFAULT_DISPLAY, text: 'large' }, device(false)).largeText).toBe(true);
  });
});
