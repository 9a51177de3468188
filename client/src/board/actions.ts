/**
 * What the toolbar, shortcuts and gestures do to a board. Every document write
 * goes through the shared board-doc functions with the session's origin, so
 * undo sees exactly this person's edits.
 */
import {
  bringToFront,
  createNote,
  DEFAULT_NOTE_SIZE,
  deleteNotes,
  updateNotes,
  type NoteColor,
  type NotePatch,
} from '@mutopia/shared';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import type { BoardSession } from './session';
import { fitMembership } from './group-actions';
import { placeNote } from './note-placement';
import {
  boundingRect,
  centeredOrigin,
  fitRect,
  panBy,
  screenToBoard,
  viewportCenter,
  zoomAt,
  type Point,
} from './viewport-math';

/** Notes a person has just added that may still need to make room (note-placement: settleConcurrent). */
const PLACED_KEPT = 50;

/**
 * Creates a note centred on `at` (board coordinates), or right next to the
 * notes already there when that spot is taken, and opens it for typing.
 */
export function addNoteAt(session: BoardSession, at: Point): string {
  const { byId } = session.notes.getSnapshot();
  const size = { w: DEFAULT_NOTE_SIZE, h: DEFAULT_NOTE_SIZE };
  const wish = { x: Math.round(at.x - size.w / 2), y: Math.round(at.y - size.h / 2) };
  const spot = placeNote(wish, size, [...byId.values()]);
  session.undo.stopCapturing();
  const id = createNote(
    session.doc,
    {
      x: Math.round(spot.x),
      y: Math.round(spot.y),
      color: useBoardUi.getState().newNoteColor,
      ...(session.author.teamId ? { teamId: session.author.teamId } : {}),
    },
    session.origin,
  );
  rememberPlaced(session, id);
  // Where the note really landed (a free spot may be off `at`) decides its frame.
  fitMembership(session, [id]);
  useBoardUi.getState().startEditing(id);
  return id;
}

function rememberPlaced(session: BoardSession, id: string): void {
  const note = session.notes.getSnapshot().byId.get(id);
  if (!note) return;
  session.placed.set(id, { x: note.x, y: note.y });
  if (session.placed.size > PLACED_KEPT) session.placed.delete(session.placed.keys().next().value!);
}

export function addNoteAtCenter(session: BoardSession): string {
  const { viewport, size } = useViewportStore.getState();
  return addNoteAt(session, screenToBoard(viewport, viewportCenter(size)));
}

export function deleteSelection(session: BoardSession): void {
  const ui = useBoardUi.getState();
  if (ui.selected.size === 0) return;
  session.undo.stopCapturing();
  deleteNotes(session.doc, [...ui.selected], session.origin);
  ui.clearSelection();
}

export function colorSelection(session: BoardSession, color: NoteColor): void {
  const ui = useBoardUi.getState();
  ui.setNewNoteColor(color);
  if (ui.selected.size === 0) return;
  session.undo.stopCapturing();
  updateNotes(session.doc, new Map([...ui.selected].map((id) => [id, { color }])), session.origin);
}

/** Moves the selection by board pixels; held-down keys repeat into one undo step. */
export function nudgeSelection(session: BoardSession, dx: number, dy: number, repeat: boolean): void {
  const { selected } = useBoardUi.getState();
  const { byId } = session.notes.getSnapshot();
  const patches = new Map<string, NotePatch>();
  for (const id of selected) {
    const note = byId.get(id);
    if (note) patches.set(id, { x: note.x + dx, y: note.y + dy });
  }
  if (patches.size === 0) return;
  if (!repeat) session.undo.stopCapturing();
  updateNotes(session.doc, patches, session.origin);
  fitMembership(session, [...patches.keys()]);
}

/** Raises notes above all others unless they already are; a view concern, so not undoable. */
export function raise(session: BoardSession, ids: readonly string[]): void {
  const { byId } = session.notes.getSnapshot();
  const raising = new Set(ids);
  let lowestRaised = Infinity;
  let highestOther = -Infinity;
  for (const note of byId.values()) {
    if (raising.has(note.id)) lowestRaised = Math.min(lowestRaised, note.z);
    else highestOther = Math.max(highestOther, note.z);
  }
  if (lowestRaised === Infinity || lowestRaised > highestOther) return;
  bringToFront(session.doc, ids, session.quietOrigin);
}

export function selectAll(session: BoardSession): void {
  useBoardUi.getState().select(session.notes.getSnapshot().order);
}

/** Clicking empty board: nothing selected, no frame active. */
export function clearAll(): void {
  const ui = useBoardUi.getState();
  ui.clearSelection();
  ui.activateGroup(null);
}

export function undo(session: BoardSession): void {
  useBoardUi.getState().stopEditing();
  session.undo.undo();
}

export function redo(session: BoardSession): void {
  useBoardUi.getState().stopEditing();
  session.undo.redo();
}

const ZOOM_STEP = 1.25;

export function zoomBy(factor: number): void {
  const { size, updateViewport } = useViewportStore.getState();
  updateViewport((vp) => zoomAt(vp, viewportCenter(size), vp.scale * factor));
}

export const zoomIn = (): void => zoomBy(ZOOM_STEP);
export const zoomOut = (): void => zoomBy(1 / ZOOM_STEP);

export function panView(dx: number, dy: number): void {
  useViewportStore.getState().updateViewport((vp) => panBy(vp, dx, dy));
}

/** Shows every note and frame (never above `maxScale`, 100 % by default), or the board origin at 100 % when empty. */
export function fitView(session: BoardSession, maxScale = 1, padding?: number): void {
  const { size, place } = useViewportStore.getState();
  const bounds = boundingRect([...session.notes.getSnapshot().byId.values(), ...session.groups.getSnapshot().list]);
  place(bounds ? fitRect(bounds, size, padding, maxScale) : centeredOrigin(size));
}
