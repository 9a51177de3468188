/**
 * Pure layout for the PNG export: the image size and scale for a board's
 * content, and text wrapped into a note's width. Kept apart from the canvas
 * drawing so it can be tested without a browser.
 */
import type { Rect } from './viewport-math';

/** Browsers refuse larger canvases: Chrome at 32767 px per side, Safari at ~16.7 million pixels in all. */
export const PNG_MAX_SIDE = 8000;
export const PNG_MAX_PIXELS = 16_000_000;
/** Space around the content and above it for the board title (board px). */
export const PNG_PADDING = 48;
export const PNG_TITLE_BAND = 72;

export interface PngLayout {
  /** Image pixels per board pixel. */
  scale: number;
  width: number;
  height: number;
  /** Board coordinates of the image's top-left corner. */
  origin: { x: number; y: number };
}

/**
 * The image for `content` (null: an empty board, just the title) at up to
 * `pixelRatio` image pixels per board pixel, shrunk to stay under the caps.
 */
export function pngLayout(content: Rect | null, pixelRatio = 2): PngLayout {
  const box = content ?? { x: 0, y: 0, w: 640, h: 0 };
  const boardW = box.w + 2 * PNG_PADDING;
  const boardH = box.h + 2 * PNG_PADDING + PNG_TITLE_BAND;
  const scale = Math.min(
    pixelRatio,
    PNG_MAX_SIDE / boardW,
    PNG_MAX_SIDE / boardH,
    Math.sqrt(PNG_MAX_PIXELS / (boardW * boardH)),
  );
  return {
    scale,
    width: Math.max(1, Math.floor(boardW * scale)),
    height: Math.max(1, Math.floor(boardH * scale)),
    origin: { x: box.x - PNG_PADDING, y: box.y - PNG_PADDING - PNG_TITLE_BAND },
  };
}

/**
 * Breaks `text` into lines no wider than `maxWidth` as measured by `measure`:
 * at spaces where possible, inside a word when the word alone is too wide;
 * explicit line breaks are kept.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      // A word wider than the note is cut wherever it has to be.
      while (rest && measure(rest) > maxWidth) {
        let cut = 1;
        while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= maxWidth) cut++;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** The first `maxLines` lines, the last one ending in an ellipsis when something was left out. */
export function clipLines(
  lines: readonly string[],
  maxLines: number,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  if (lines.length <= maxLines) return [...lines];
  if (maxLines <= 0) return [];
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** How a note's text is set in the image; sizes in board px. */
export const NOTE_TEXT = { padding: 14, fontSize: 16, minFontSize: 11, lineHeight: 1.4 } as const;

export interface FittedNoteText {
  fontSize: number;
  lines: string[];
  /** The note's height in the image: its own, or taller when even the smallest type needs more room. */
  h: number;
}

/**
 * Sets a note's text so that none of it is lost: at the normal size when it
 * fits, else in smaller type down to a size still legible in print, and if
 * even that does not fit the note grows downwards. `measure` gives a string's
 * width at a font size.
 */
export function fitNoteText(
  text: string,
  box: { w: number; h: number },
  measure: (s: string, fontSize: number) => number,
): FittedNoteText {
  const { padding, fontSize, minFontSize, lineHeight } = NOTE_TEXT;
  const maxWidth = Math.max(1, box.w - 2 * padding);
  const room = box.h - 2 * padding;
  let lines: string[] = [];
  for (let size = fontSize; size >= minFontSize; size--) {
    lines = wrapText(text, maxWidth, (s) => measure(s, size));
    if (lines.length * size * lineHeight <= room) return { fontSize: size, lines, h: box.h };
  }
  return { fontSize: minFontSize, lines, h: Math.ceil(lines.length * minFontSize * lineHeight + 2 * padding) };
}

/** A file name from a board title: no characters file systems refuse, never empty. */
export function pngFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .replace(/^\.+/, '');
  return `${cleaned || 'board'}.png`;
}
