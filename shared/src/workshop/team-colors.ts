import { CONTRAST_AA, contrastRatio } from '../a11y/contrast.js';

/**
 * Distinct, readable team colours: hues 137.5° apart (the golden angle) so
 * neighbouring team numbers never look alike. Greens and yellows are much
 * lighter than blues at the same HSL lightness, so each hue is darkened until
 * white text on it reaches WCAG AA (4.5:1): every team chip reads alike.
 */
export function teamColor(index: number): string {
  const hue = (index * 137.508) % 360;
  let lightness = 0.42;
  let color = hslToHex(hue, 0.62, lightness);
  while (contrastRatio(color, '#ffffff') < CONTRAST_AA && lightness > 0.1) {
    lightness -= 0.01;
    color = hslToHex(hue, 0.62, lightness);
  }
  return color;
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
