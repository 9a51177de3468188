import type { CSSProperties } from 'react';
import { inkOn } from '@mutopia/shared/a11y/contrast';

/**
 * Background and ink of anything that writes a team's name on its colour. A
 * facilitator may pick any colour in the editor, so the ink is chosen per colour
 * (≥ 4.5:1, WCAG AA) rather than fixed white; an unknown colour gets the neutral chip.
 */
export function teamChipStyle(color: string | null | undefined): CSSProperties {
  const background = color && /^#[0-9a-f]{6}$/i.test(color) ? color : '#555e6b';
  return { background, color: inkOn(background) };
}
