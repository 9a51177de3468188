/**
 * WCAG 2 contrast (relative luminance, contrast ratio), shared so the client
 * picks readable ink on team colours and the tests check the same formula.
 */

export type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgb(r g b / a)` (alpha ignored); null when unreadable. */
export function parseColor(input: string): Rgb | null {
  const s = input.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(s);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  return null;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, 0 (black) … 1 (white); unreadable colours count as mid grey. */
export function luminance(color: string): number {
  const rgb = parseColor(color);
  if (!rgb) return 0.2;
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

/** 1 (same) … 21 (black on white), symmetric in its arguments. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function inkOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** WCAG 2.1 thresholds: AA for text (1.4.3), AAA for text (1.4.6), which the high-contrast theme meets. */
export const CONTRAST_AA = 4.5;
export const CONTRAST_AAA = 7;
