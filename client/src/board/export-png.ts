/**
 * A board as a PNG: frames and notes drawn onto a canvas the size of the
 * content, with the board title on top. Everything happens in the browser
 * from the document the page already has; nothing is sent anywhere.
 */
import type * as Y from 'yjs';
import { readNotes, type Note, type NoteColor } from '@mutopia/shared';
import { readGroups, type Group } from '@mutopia/shared/board/groups';
import { GROUP_TITLE_BAND } from './group-math';
import { clipLines, PNG_PADDING, pngFileName, pngLayout, wrapText } from './png-layout';
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
const NOTE_PADDING = 14;
const NOTE_FONT = 16;
const LINE_HEIGHT = 1.4;

function fontFamily(): string {
  const fromPage = typeof document === 'undefined' ? '' : getComputedStyle(document.body).fontFamily;
  return fromPage || 'system-ui, sans-serif';
}

function drawGroup(ctx: CanvasRenderingContext2D, group: Group, title: string, font: string): void {
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

function drawNote(ctx: CanvasRenderingContext2D, note: Note, font: string): void {
  ctx.save();
  ctx.shadowColor = 'rgb(16 24 40 / 18%)';
  ctx.shadowBlur = 8;
  ctx.shadowOffsetY = 3;
  ctx.fillStyle = NOTE_FILL[note.color];
  ctx.fillRect(note.x, note.y, note.w, note.h);
  ctx.restore();

  const text = note.text.trim();
  if (!text) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(note.x, note.y, note.w, note.h);
  ctx.clip();
  ctx.fillStyle = TEXT;
  ctx.font = `${NOTE_FONT}px ${font}`;
  ctx.textBaseline = 'top';
  const maxWidth = note.w - 2 * NOTE_PADDING;
  const lineHeight = NOTE_FONT * LINE_HEIGHT;
  const measure = (s: string) => ctx.measureText(s).width;
  const maxLines = Math.floor((note.h - 2 * NOTE_PADDING) / lineHeight);
  const lines = clipLines(wrapText(text, maxWidth, measure), maxLines, maxWidth, measure);
  lines.forEach((line, i) => ctx.fillText(line, note.x + NOTE_PADDING, note.y + NOTE_PADDING + i * lineHeight));
  ctx.restore();
}

/** Draws the board into a new canvas; `untitledGroup` names frames nobody has named yet. */
export function drawBoard(doc: Y.Doc, title: string, untitledGroup: string): HTMLCanvasElement {
  const notes = readNotes(doc);
  const groups = readGroups(doc);
  const layout = pngLayout(boundingRect([...notes, ...groups]));
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  const font = fontFamily();

  ctx.fillStyle = '#f7f8fa';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(layout.scale, layout.scale);
  ctx.translate(-layout.origin.x, -layout.origin.y);

  ctx.fillStyle = TEXT;
  ctx.font = `700 32px ${font}`;
  ctx.textBaseline = 'top';
  ctx.fillText(title, layout.origin.x + PNG_PADDING, layout.origin.y + PNG_PADDING);

  for (const group of groups) drawGroup(ctx, group, group.title.trim() || untitledGroup, font);
  for (const note of notes) drawNote(ctx, note, font);
  return canvas;
}

export async function renderBoardPng(doc: Y.Doc, title: string, untitledGroup: string): Promise<Blob> {
  const canvas = drawBoard(doc, title, untitledGroup);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return blob;
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
