import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn } from './team-ink';

describe('team chip ink', () => {
  it('writes white on dark team colours and black on light ones', () => {
    expect(inkOn('#1d4ed8')).toBe('#ffffff');
    expect(inkOn('#facc15')).toBe('#000000');
    expect(inkOn('#ffffff')).toBe('#000000');
  });

  it('reaches at least 4.5:1 (WCAG AA) on every colour of a spread of team colours', () => {
    for (let r = 0; r < 256; r += 51)
      for (let g = 0; g < 256; g += 51)
        for (let b = 0; b < 256; b += 51) {
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          expect(contrastRatio(hex, inkOn(hex))).toBeGreaterThanOrEqual(4.5);
        }
  });
});
