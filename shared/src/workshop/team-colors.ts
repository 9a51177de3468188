/**
 * Distinct, readable team colours: hues 137.5° apart (the golden angle) so
 * neighbouring team numbers never look alike, at a lightness that keeps white
 * text legible.
 */
export function teamColor(index: number): string {
  const hue = (index * 137.508) % 360;
  return hslToHex(hue, 0.62, 0.42);
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
