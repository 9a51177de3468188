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
import { freeSpot } from './selection-math';
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

/** Creates a note centred on `at` (board coordinates) and opens it for typing. */
export function addNoteAt(session: BoardSession, at: Point): string {
  const { byId } = session.notes.getSnapshot();
  const spot = freeSpot({ x: at.x - DEFAULT_NOTE_SIZE / 2, y: at.y - DEFAULT_NOTE_SIZE / 2 }, byId.values());
  session.undo.stopCapturing();
  const id = createNote(
    session.doc,
    { x: Math.round(spot.x), y: Math.round(spot.y), color: useBoardUi.getState().newNoteColor },
    session.origin,
  );
  // Where the note really landed (a free spot may be off `at`) decides its frame.
  fitMembership(session, [id]);
  useBoardUi.getState().startEditing(id);
  return id;
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
