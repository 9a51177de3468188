import { describe, expect, it } from 'vitest';
import { CONTRAST_AA, contrastRatio } from '@mutopia/shared/a11y/contrast';
import { CURSOR_COLORS } from './identity';

describe('cursor colours', () => {
  it('carry a person’s name in white at ≥ 4.5:1 on every colour a cursor label may get', () => {
    for (const color of CURSOR_COLORS)
      expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(CONTRAST_AA);
  });
});
