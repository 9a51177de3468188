import { describe, expect, it } from 'vitest';
import {
  clipLines,
  fitNoteText,
  NOTE_TEXT,
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  PNG_PADDING,
  PNG_TITLE_BAND,
  pngFileName,
  pngLayout,
  wrapText,
} from './png-layout';

/** Every character 10 px wide: easy to reason about. */
const measure = (s: string) => s.length * 10;

describe('PNG layout', () => {
  it('sizes the image to the content with padding and a title band, at twice the resolution', () => {
    const layout = pngLayout({ x: 100, y: -50, w: 1000, h: 600 });
    expect(layout.scale).toBe(2);
    expect(layout.width).toBe((1000 + 2 * PNG_PADDING) * 2);
    expect(layout.height).toBe((600 + 2 * PNG_PADDING + PNG_TITLE_BAND) * 2);
    expect(layout.origin).toEqual({ x: 100 - PNG_PADDING, y: -50 - PNG_PADDING - PNG_TITLE_BAND });
  });

  it('scales a very wide board down to the side limit', () => {
    const layout = pngLayout({ x: 0, y: 0, w: 40_000, h: 300 });
    expect(layout.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
    expect(layout.scale).toBeCloseTo(PNG_MAX_SIDE / (40_000 + 2 * PNG_PADDING), 6);
  });

  it('keeps a huge square board under the pixel limit', () => {
    const layout = pngLayout({ x: 0, y: 0, w: 7000, h: 7000 });
    expect(layout.width * layout.height).toBeLessThanOrEqual(PNG_MAX_PIXELS);
    expect(layout.width).toBeLessThanOrEqual(PNG_MAX_SIDE);
  });

  it('still makes an image for an empty board', () => {
    const layout = pngLayout(null);
    expect(layout.width).toBeGreaterThan(0);
    expect(layout.height).toBeGreaterThan(0);
  });

  it('wraps at spaces, keeps line breaks, and cuts words wider than the note', () => {
    expect(wrapText('eins zwei drei', 90, measure)).toEqual(['eins zwei', 'drei']);
    expect(wrapText('a\n\nb', 90, measure)).toEqual(['a', '', 'b']);
    expect(wrapText('Donaudampfschifffahrt', 50, measure)).toEqual(['Donau', 'dampf', 'schif', 'ffahr', 't']);
    for (const line of wrapText('ein sehr langer Satz mit Donaudampfschifffahrtsgesellschaft', 80, measure)) {
      expect(measure(line)).toBeLessThanOrEqual(80);
    }
  });

  it('clips to the lines that fit, ending in an ellipsis', () => {
    expect(clipLines(['aaaa', 'bbbb', 'cccc'], 2, 50, measure)).toEqual(['aaaa', 'bbbb…']);
    expect(clipLines(['aaaaa', 'b', 'c'], 1, 50, measure)).toEqual(['aaaa…']);
    expect(clipLines(['a'], 3, 50, measure)).toEqual(['a']);
    expect(clipLines(['a', 'b'], 0, 50, measure)).toEqual([]);
  });

  it('makes a safe file name from the board title', () => {
    expect(pngFileName('Raum 3: Wohnen / Arbeit?')).toBe('Raum 3 Wohnen Arbeit.png');
    expect(pngFileName('  ')).toBe('board.png');
    expect(pngFileName('..versteckt')).toBe('versteckt.png');
    expect(pngFileName('x'.repeat(300))).toHaveLength(104);
  });
});

describe('fitNoteText', () => {
  /** Every character 0.6 em wide. */
  const measureAt = (s: string, size: number) => s.length * size * 0.6;
  const box = { w: 180, h: 180 };

  it('sets a short note at the normal size in its own box', () => {
    const fitted = fitNoteText('Lotsendienst für Anerkennung', box, measureAt);
    expect(fitted.fontSize).toBe(NOTE_TEXT.fontSize);
    expect(fitted.h).toBe(180);
    expect(fitted.lines.join(' ')).toBe('Lotsendienst für Anerkennung');
  });

  it('sets a longer note in smaller type, every word kept and every line inside the note', () => {
    const text = 'Ein Ansprechpartner begleitet die Anerkennung von Anfang an und kennt alle Stellen der Stadt';
    const fitted = fitNoteText(text, box, measureAt);
    expect(fitted.fontSize).toBeLessThan(NOTE_TEXT.fontSize);
    expect(fitted.h).toBe(180);
    expect(fitted.lines.join(' ')).toBe(text);
    for (const line of fitted.lines)
      expect(measureAt(line, fitted.fontSize)).toBeLessThanOrEqual(180 - 2 * NOTE_TEXT.padding);
    expect(fitted.lines.length * fitted.fontSize * NOTE_TEXT.lineHeight).toBeLessThanOrEqual(
      180 - 2 * NOTE_TEXT.padding,
    );
  });

  it('grows the note when even the smallest type does not fit, losing no text', () => {
    const text = Array.from({ length: 80 }, (_, i) => `Wort${i}`).join(' ');
    const fitted = fitNoteText(text, box, measureAt);
    expect(fitted.fontSize).toBe(NOTE_TEXT.minFontSize);
    expect(fitted.lines.join(' ')).toBe(text);
    expect(fitted.h).toBeGreaterThan(180);
    expect(fitted.lines.length * fitted.fontSize * NOTE_TEXT.lineHeight + 2 * NOTE_TEXT.padding).toBeLessThanOrEqual(
      fitted.h,
    );
  });
});
