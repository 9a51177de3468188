import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../workshop/templates/index.js';
import { teamColor } from '../workshop/team-colors.js';
import { CONTRAST_AA, contrastRatio, inkOn, luminance, parseColor } from './contrast.js';

describe('contrast', () => {
  it('reads hex and the rgb() strings getComputedStyle returns', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#1C2024')).toEqual([28, 32, 36]);
    expect(parseColor('rgb(10, 20, 30)')).toEqual([10, 20, 30]);
    expect(parseColor('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30]);
    expect(parseColor('papayawhip')).toBeNull();
  });

  it('gives the WCAG figures: 21:1 for black on white, 1:1 for a colour on itself, #767676 on white just over 4.5:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#4f46e5', '#4f46e5')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
  });

  it('writes white on dark colours and black on light ones, at least 4.5:1 on a spread of colours', () => {
    expect(inkOn('#1d4ed8')).toBe('#ffffff');
    expect(inkOn('#facc15')).toBe('#000000');
    for (let r = 0; r < 256; r += 51)
      for (let g = 0; g < 256; g += 51)
        for (let b = 0; b < 256; b += 51) {
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          expect(contrastRatio(hex, inkOn(hex))).toBeGreaterThanOrEqual(CONTRAST_AA);
        }
  });
});

describe('team colours', () => {
  const templateTeams = TEMPLATES.flatMap((t) =>
    (['de', 'en'] as const).flatMap((lang) => t.build({}, lang).teams.map((team) => ({ template: t.id, team }))),
  );

  it('every template team colour carries its name at ≥ 4.5:1 with the ink a chip picks', () => {
    expect(templateTeams.length).toBeGreaterThanOrEqual(30);
    for (const { template, team } of templateTeams)
      expect(
        contrastRatio(team.color, inkOn(team.color)),
        `${template} ${team.name} ${team.color}`,
      ).toBeGreaterThanOrEqual(CONTRAST_AA);
  });

  it('the generated colours for up to 60 teams take white ink at ≥ 4.5:1, so chips look alike across teams', () => {
    for (let i = 0; i < 60; i++) {
      const color = teamColor(i);
      expect(contrastRatio(color, '#ffffff'), `team ${i + 1} ${color}`).toBeGreaterThanOrEqual(CONTRAST_AA);
    }
  });
});
