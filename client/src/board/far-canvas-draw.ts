/**
 * The far view of a big board as one bitmap: every note a coloured card with
 * its first words, drawn once per rendered area and then moved and scaled by
 * the compositor with the board layer. Thousands of DOM cards cost Chromium
 * a paint chunk each on every frame; one canvas costs one.
 */
import type { Note } from '@mutopia/shared';
import { firstWords } from './culling';
import type { Point, Rect } from './viewport-math';

/** The DOM far card's look (far-notes.css), in board pixels. */
const PADDING = 12;
const FONT_PX = 40;
const LINE_PX = 46;
const BORDER_PX = 2;
/** Text smaller than this on screen is noise: the cards are drawn without it. */
const MIN_TEXT_SCREEN_PX = 5;
/** A backing store larger than this (pixels) is drawn at a lower resolution: memory, and the time to fill it. */
const MAX_PIXELS = 6_000_000;

/** Device pixels per board pixel for `area` drawn at `scale`: sharp on the screen, within the memory bound. */
export function bitmapResolution(area: Rect, scale: number, dpr: number): number {
  const screenPixels = area.w * scale * area.h * scale;
  if (screenPixels <= 0) return 0;
  return scale * Math.min(dpr, Math.sqrt(MAX_PIXELS / screenPixels));
}

/** The note under `point`: the one drawn last (highest z, then latest) whose rectangle holds it. */
export function noteAt(notes: readonly Note[], point: Point): Note | undefined {
  let hit: Note | undefined;
  for (const note of notes) {
    if (point.x < note.x || point.y < note.y || point.x > note.x + note.w || point.y > note.y + note.h) continue;
    if (!hit || note.z >= hit.z) hit = note;
  }
  return hit;
}

/** Greedy word wrap into at most `maxLines` lines of `width`; a word too long for a line is cut. */
export function wrapWords(text: string, width: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) return lines;
    line = word;
  }
  if (line) lines.push(line);
  return lines.slice(0, maxLines);
}

export interface CardStyle {
  fill: (color: Note['color']) => string;
  border: string;
  text: string;
  /** Null: the cards without their words. */
  font: string | null;
}

/** Draws `notes` (lowest z first) of `area` into a canvas whose bitmap maps board pixels × `resolution`. */
export function drawCards(
  ctx: CanvasRenderingContext2D,
  notes: readonly Note[],
  area: Rect,
  resolution: number,
  style: CardStyle,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(resolution, 0, 0, resolution, -area.x * resolution, -area.y * resolution);
  const sorted = [...notes].sort((a, b) => a.z - b.z);
  ctx.lineWidth = BORDER_PX;
  ctx.strokeStyle = style.border;
  for (const note of sorted) {
    ctx.fillStyle = style.fill(note.color);
    ctx.fillRect(note.x, note.y, note.w, note.h);
    ctx.strokeRect(note.x + BORDER_PX / 2, note.y + BORDER_PX / 2, note.w - BORDER_PX, note.h - BORDER_PX);
  }
  if (!style.font || FONT_PX * resolution < MIN_TEXT_SCREEN_PX) return;
  ctx.font = style.font;
  ctx.fillStyle = style.text;
  ctx.textBaseline = 'top';
  const widths = new Map<string, number>();
  const measure = (s: string) => {
    let w = widths.get(s);
    if (w === undefined) widths.set(s, (w = ctx.measureText(s).width));
    return w;
  };
  for (const note of sorted) {
    const text = firstWords(note.text);
    if (!text) continue;
    const inner = note.w - 2 * PADDING;
    const maxLines = Math.max(0, Math.floor((note.h - 2 * PADDING) / LINE_PX));
    ctx.save();
    ctx.beginPath();
    ctx.rect(note.x + PADDING, note.y + PADDING, inner, note.h - 2 * PADDING);
    ctx.clip();
    wrapWords(text, inner, maxLines, measure).forEach((line, i) => {
      ctx.fillText(line, note.x + PADDING, note.y + PADDING + 3 + i * LINE_PX);
    });
    ctx.restore();
  }
}

export const CARD_FONT = `600 ${FONT_PX}px`;
