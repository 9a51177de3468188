/**
 * What the toolbar, shortcuts and gestures do with group frames. Writes go
 * through shared/board/groups with the session's origin, so undo treats them
 * like note edits; a frame and its notes change in one transaction. After
 * anything that moves a note or a frame, fitMembership makes the groups
 * match the picture (group-math: membershipChanges).
 */
import { updateNotes, type NotePatch } from '@mutopia/shared';
import { createGroup, deleteGroup, setNotesGroup, updateGroup, type Group } from '@mutopia/shared/board/groups';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import { centerOf, frameAround, frameAt, groupAt, membershipChanges, placeBeside, placeInFrame } from './group-math';
import type { BoardSession } from './session';
import { screenToBoard, viewportCenter, type Point } from './viewport-math';

/** A group the note belongs to that still exists; a stale id (its group was deleted meanwhile) is no group. */
export function liveGroupOf(session: BoardSession, groupId: string | undefined): Group | undefined {
  return groupId === undefined ? undefined : session.groups.getSnapshot().byId.get(groupId);
}

/**
 * Creates a frame around the selected notes (they join it) or, with nothing
 * selected, in the middle of the view; then opens its title for typing.
 */
export function createGroupFromSelection(session: BoardSession): string | null {
  const ui = useBoardUi.getState();
  const { byId } = session.notes.getSnapshot();
  const members = [...ui.selected].flatMap((id) => byId.get(id) ?? []);
  const { viewport, size } = useViewportStore.getState();
  const rect = frameAround(members) ?? frameAt(screenToBoard(viewport, viewportCenter(size)));
  session.undo.stopCapturing();
  // Two transactions, one undo step: the undo manager merges edits this close together.
  const id = createGroup(session.doc, { title: '', ...rect }, session.origin);
  if (id && members.length > 0)
    setNotesGroup(
      session.doc,
      members.map((n) => n.id),
      id,
      session.origin,
    );
  // Notes that were not selected but now lie inside the new frame join it too.
  if (id) fitMembership(session);
  if (id) useBoardUi.getState().startRenaming(id);
  return id;
}

export function deleteGroupKeepingNotes(session: BoardSession, id: string): void {
  session.undo.stopCapturing();
  deleteGroup(session.doc, id, session.origin);
  // Its notes may lie inside a bigger frame around it.
  fitMembership(session);
  const ui = useBoardUi.getState();
  if (ui.activeGroupId === id) ui.activateGroup(null);
}

/** Ids of the notes that belong to a group. */
export function memberIds(session: BoardSession, groupId: string): string[] {
  const out: string[] = [];
  for (const note of session.notes.getSnapshot().byId.values()) if (note.groupId === groupId) out.push(note.id);
  return out;
}

/** Moves a frame and its notes from where they were at `origins` by `delta`. */
export function moveGroupFrom(
  session: BoardSession,
  groupId: string,
  frameOrigin: Point,
  noteOrigins: ReadonlyMap<string, Point>,
  delta: Point,
): void {
  session.doc.transact(() => {
    updateGroup(
      session.doc,
      groupId,
      { x: Math.round(frameOrigin.x + delta.x), y: Math.round(frameOrigin.y + delta.y) },
      session.origin,
    );
    const patches = new Map<string, NotePatch>();
    for (const [id, o] of noteOrigins) patches.set(id, { x: Math.round(o.x + delta.x), y: Math.round(o.y + delta.y) });
    updateNotes(session.doc, patches, session.origin);
  }, session.origin);
}

/** Arrow keys on a focused frame; held-down keys repeat into one undo step. */
export function nudgeGroup(session: BoardSession, groupId: string, dx: number, dy: number, repeat: boolean): void {
  const group = session.groups.getSnapshot().byId.get(groupId);
  if (!group) return;
  const { byId } = session.notes.getSnapshot();
  const origins = new Map<string, Point>();
  for (const id of memberIds(session, groupId)) {
    const note = byId.get(id);
    if (note) origins.set(id, note);
  }
  if (!repeat) session.undo.stopCapturing();
  moveGroupFrom(session, groupId, group, origins, { x: dx, y: dy });
  fitMembership(session);
}

/** The frame the given notes would join if dropped where they are now. */
export function dropTargetOf(session: BoardSession, ids: readonly string[]): string | null {
  const { byId } = session.notes.getSnapshot();
  const first = ids.map((id) => byId.get(id)).find((n) => n !== undefined);
  return first ? groupAt(session.groups.getSnapshot().list, centerOf(first)) : null;
}

/**
 * Makes the groups of `ids` (every note when omitted) match the frames they
 * lie in: notes inside a frame join it, notes outside every frame leave. Call
 * it after the move, outside its transaction (the caches update at its end).
 */
export function fitMembership(session: BoardSession, ids?: readonly string[], origin: object = session.origin): void {
  const { byId } = session.notes.getSnapshot();
  const notes = ids ? ids.flatMap((id) => byId.get(id) ?? []) : byId.values();
  const changes = membershipChanges(session.groups.getSnapshot().list, notes);
  if (changes.size === 0) return;
  const byTarget = new Map<string | null, string[]>();
  for (const [id, target] of changes) byTarget.set(target, [...(byTarget.get(target) ?? []), id]);
  session.doc.transact(() => {
    for (const [target, noteIds] of byTarget) setNotesGroup(session.doc, noteIds, target, origin);
  }, origin);
}

/**
 * The keyboard way to group: puts the selected notes into `groupId` (moving
 * those outside the frame into it, growing it if needed) or, with null, takes
 * them out (moving those inside their old frame beside it).
 */
export function assignSelectionToGroup(session: BoardSession, groupId: string | null): void {
  const { selected } = useBoardUi.getState();
  const { byId } = session.notes.getSnapshot();
  const groups = session.groups.getSnapshot();
  const notes = [...selected].flatMap((id) => byId.get(id) ?? []);
  if (notes.length === 0) return;
  const patches = new Map<string, NotePatch>();
  let grownHeight: number | null = null;

  if (groupId !== null) {
    const frame = groups.byId.get(groupId);
    if (!frame) return;
    const outside = notes.filter((n) => groupAt([frame], centerOf(n)) === null);
    const stay = [...byId.values()].filter((n) => !outside.includes(n) && groupAt([frame], centerOf(n)) !== null);
    const { positions, height } = placeInFrame(frame, stay, outside);
    for (const [id, p] of positions) patches.set(id, p);
    if (height !== frame.h) grownHeight = height;
  } else {
    const byFrame = new Map<string, typeof notes>();
    for (const note of notes) {
      const frame = liveGroupOf(session, note.groupId);
      if (frame && groupAt([frame], centerOf(note)) !== null) {
        byFrame.set(frame.id, [...(byFrame.get(frame.id) ?? []), note]);
      }
    }
    for (const [frameId, leaving] of byFrame) {
      for (const [id, p] of placeBeside(groups.byId.get(frameId)!, leaving)) patches.set(id, p);
    }
  }

  session.undo.stopCapturing();
  session.doc.transact(() => {
    setNotesGroup(
      session.doc,
      notes.map((n) => n.id),
      groupId,
      session.origin,
    );
    if (patches.size > 0) updateNotes(session.doc, patches, session.origin);
    if (groupId !== null && grownHeight !== null) updateGroup(session.doc, groupId, { h: grownHeight }, session.origin);
  }, session.origin);
  // A place beside the old frame may lie in another one; the picture decides.
  fitMembership(
    session,
    notes.map((n) => n.id),
  );
}
