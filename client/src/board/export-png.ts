/**
 * A board as a PNG: frames and notes drawn onto a canvas the size of the
 * content, with the board title on top. Everything happens in the browser
 * from the document the page already has; nothing is sent anywhere.
 */
import type * as Y from 'yjs';
import { readNotes, type Note, type NoteColor } from '@mutopia/shared';
import { readGroups, type Group } from '@mutopia/shared/board/groups';
import { GROUP_TITLE_BAND } from './group-math';
import {
  clipLines,
  fitNoteText,
  NOTE_TEXT,
  PNG_PADDING,
  pngFileName,
  pngLayout,
  wrapText,
  type FittedNoteText,
} from './png-layout';
import { boundingRect } from './viewport-math';

/** The note palette of base.css (--note-*), which a canvas cannot read from CSS variables directly. */
const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#fff3a3',
  orange: '#ffd8a8',
  pink: '#ffd3e2',
  green: '#cdf0c5',
  blue: '#cbe6ff',
  purple: '#e3d8ff',
  grey: '#e6e8eb',
};
const TEXT = '#1c2024';

/** What the image needs of a note or a frame: the board's own, or the results' copy of it. */
export type DrawableNote = Pick<Note, 'x' | 'y' | 'w' | 'h' | 'color' | 'text'>;
export type DrawableGroup = Pick<Group, 'x' | 'y' | 'w' | 'h' | 'color' | 'title'>;
type FittedNote = DrawableNote & { fitted: FittedNoteText | null };

function fontFamily(): string {
  const fromPage = typeof document === 'undefined' ? '' : getComputedStyle(document.body).fontFamily;
  return fromPage || 'system-ui, sans-serif';
}

function drawGroup(ctx: CanvasRenderingContext2D, group: DrawableGroup, title: string, font: string): void {
  ctx.save();
  ctx.fillStyle = NOTE_FILL[group.color];
  ctx.globalAlpha = 0.35;
  ctx.beginPath();
  ctx.roundRect(group.x, group.y, group.w, group.h, 12);
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = 'rgb(28 32 36 / 30%)';
  ctx.lineWidth = 2;
  ctx.setLineDash([10, 6]);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = TEXT;
  ctx.font = `700 22px ${font}`;
  ctx.textBaseline = 'middle';
  const maxWidth = group.w - 2 * 18;
  const [line] = clipLines(
    wrapText(title, maxWidth, (s) => ctx.measureText(s).width),
    1,
    maxWidth,
    (s) => ctx.measureText(s).width,
  );
  ctx.fillText(line ?? '', group.x + 18, group.y + GROUP_TITLE_BAND / 2);
  ctx.restore();
}

function drawNote(ctx: CanvasRenderingContext2D, note: FittedNote, font: string): void {
  const h = note.fitted?.h ?? note.h;
  ctx.save();
  ctx.shadowColor = 'rgb(16 24 40 / 18%)';
  ctx.shadowBlur = 8;
  ctx.shadowOffsetY = 3;
  ctx.fillStyle = NOTE_FILL[note.color];
  ctx.fillRect(note.x, note.y, note.w, h);
  ctx.restore();

  if (!note.fitted) return;
  const { fontSize, lines } = note.fitted;
  ctx.save();
  ctx.fillStyle = TEXT;
  ctx.font = `${fontSize}px ${font}`;
  ctx.textBaseline = 'top';
  const lineHeight = fontSize * NOTE_TEXT.lineHeight;
  lines.forEach((line, i) =>
    ctx.fillText(line, note.x + NOTE_TEXT.padding, note.y + NOTE_TEXT.padding + i * lineHeight),
  );
  ctx.restore();
}

/** Sets every note's text before the layout, since a note too full to read may grow. */
function fitNotes(ctx: CanvasRenderingContext2D, notes: readonly DrawableNote[], font: string): FittedNote[] {
  const measure = (s: string, size: number) => {
    ctx.font = `${size}px ${font}`;
    return ctx.measureText(s).width;
  };
  return notes.map((note) => {
    const text = note.text.trim();
    return { ...note, fitted: text ? fitNoteText(text, note, measure) : null };
  });
}

/** Draws frames and notes into a new canvas; `untitledGroup` names frames nobody has named yet. */
export function drawContent(
  notes: readonly DrawableNote[],
  groups: readonly DrawableGroup[],
  title: string,
  untitledGroup: string,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  const font = fontFamily();
  const fitted = fitNotes(ctx, notes, font);
  const layout = pngLayout(boundingRect([...fitted.map((n) => ({ ...n, h: n.fitted?.h ?? n.h })), ...groups]));
  canvas.width = layout.width;
  canvas.height = layout.height;

  ctx.fillStyle = '#f7f8fa';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(layout.scale, layout.scale);
  ctx.translate(-layout.origin.x, -layout.origin.y);

  ctx.fillStyle = TEXT;
  ctx.font = `700 32px ${font}`;
  ctx.textBaseline = 'top';
  ctx.fillText(title, layout.origin.x + PNG_PADDING, layout.origin.y + PNG_PADDING);

  for (const group of groups) drawGroup(ctx, group, group.title.trim() || untitledGroup, font);
  for (const note of fitted) drawNote(ctx, note, font);
  return canvas;
}

/** Draws the board into a new canvas; `untitledGroup` names frames nobody has named yet. */
export function drawBoard(doc: Y.Doc, title: string, untitledGroup: string): HTMLCanvasElement {
  return drawContent(readNotes(doc), readGroups(doc), title, untitledGroup);
}

/** A canvas as a PNG file. */
export async function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return blob;
}

export async function renderBoardPng(doc: Y.Doc, title: string, untitledGroup: string): Promise<Blob> {
  return canvasPng(drawBoard(doc, title, untitledGroup));
}

/**
 * Renders the board and downloads it as "<title>.png". For the toolbar and for
 * pages that hold a board's document themselves (results).
 */
export async function exportBoardPng(doc: Y.Doc, title: string, untitledGroup: string): Promise<void> {
  const blob = await renderBoardPng(doc, title, untitledGroup);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = pngFileName(title);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers start reading the file only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
