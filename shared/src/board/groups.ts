/**
 * Named clusters of notes. A group is a frame on the board; a note belongs to
 * the group whose id it carries (set when it is dropped onto the frame, or from
 * the keyboard), so membership does not depend on exact positions.
 *
 *   doc.getMap('groups')  groupId → Y.Map { x, y, w, h, z, color, title: Y.Text }
 *   notes[noteId].groupId  string | undefined
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { CONTENT_LIMITS } from './content-limits.js';
import { clampCoordinate, noteColorSchema, type NoteColor } from './note.js';
import { notesOf } from './board-doc.js';
import { newItemId, setTextField, textOf } from './y-text.js';

export const GROUP_MIN_SIZE = 200;
export const GROUP_MAX_SIZE = 8000;

export const groupSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(CONTENT_LIMITS.shortText),
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().min(GROUP_MIN_SIZE).max(GROUP_MAX_SIZE),
  h: z.number().finite().min(GROUP_MIN_SIZE).max(GROUP_MAX_SIZE),
  z: z.number().finite(),
  color: noteColorSchema,
});
export type Group = z.infer<typeof groupSchema>;

/** Positions and sizes in a patch may be out of range (a resize drag past the minimum): the writer clamps them. */
export const groupPatchSchema = z
  .object({
    x: z.number().finite(),
    y: z.number().finite(),
    w: z.number().finite(),
    h: z.number().finite(),
    z: z.number().finite(),
    color: noteColorSchema,
  })
  .partial();
export type GroupPatch = z.infer<typeof groupPatchSchema>;

export function groupsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('groups');
}

const clampGroupSize = (v: number) => Math.min(GROUP_MAX_SIZE, Math.max(GROUP_MIN_SIZE, v));

/** Creates a group frame; returns its id, or null when the board has too many groups. */
export function createGroup(
  doc: Y.Doc,
  init: { title: string; x: number; y: number; w?: number; h?: number; color?: NoteColor },
  origin?: unknown,
): string | null {
  const groups = groupsOf(doc);
  if (groups.size >= CONTENT_LIMITS.groups) return null;
  const id = newItemId();
  doc.transact(() => {
    let bottom = 0;
    for (const g of groups.values()) {
      const z = g.get('z');
      if (typeof z === 'number' && z < bottom) bottom = z;
    }
    const group = new Y.Map<unknown>();
    group.set('x', clampCoordinate(init.x));
    group.set('y', clampCoordinate(init.y));
    group.set('w', clampGroupSize(init.w ?? 600));
    group.set('h', clampGroupSize(init.h ?? 420));
    // Frames sit below each other in creation order; notes are drawn above all frames.
    group.set('z', bottom - 1);
    group.set('color', init.color ?? 'grey');
    group.set('title', new Y.Text(init.title.slice(0, CONTENT_LIMITS.shortText)));
    groups.set(id, group);
  }, origin);
  return id;
}

export function updateGroup(doc: Y.Doc, id: string, patch: GroupPatch, origin?: unknown): void {
  const valid = groupPatchSchema.parse(patch);
  doc.transact(() => {
    const group = groupsOf(doc).get(id);
    if (!group) return;
    if (valid.x !== undefined) group.set('x', clampCoordinate(valid.x));
    if (valid.y !== undefined) group.set('y', clampCoordinate(valid.y));
    if (valid.w !== undefined) group.set('w', clampGroupSize(valid.w));
    if (valid.h !== undefined) group.set('h', clampGroupSize(valid.h));
    if (valid.z !== undefined) group.set('z', valid.z);
    if (valid.color !== undefined) group.set('color', valid.color);
  }, origin);
}

export function setGroupTitle(doc: Y.Doc, id: string, title: string, origin?: unknown): void {
  doc.transact(() => {
    const group = groupsOf(doc).get(id);
    if (group) setTextField(group, 'title', title, CONTENT_LIMITS.shortText);
  }, origin);
}

/** Deletes the group; its notes stay on the board, ungrouped. */
export function deleteGroup(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    groupsOf(doc).delete(id);
    for (const note of notesOf(doc).values()) if (note.get('groupId') === id) note.delete('groupId');
  }, origin);
}

/** Puts notes into a group (or takes them out with null). */
export function setNotesGroup(doc: Y.Doc, noteIds: readonly string[], groupId: string | null, origin?: unknown): void {
  doc.transact(() => {
    const notes = notesOf(doc);
    if (groupId !== null && !groupsOf(doc).has(groupId)) return;
    for (const id of noteIds) {
      const note = notes.get(id);
      if (!note) continue;
      if (groupId === null) note.delete('groupId');
      else note.set('groupId', groupId);
    }
  }, origin);
}

export function readGroups(doc: Y.Doc): Group[] {
  const out: Group[] = [];
  for (const [id, group] of groupsOf(doc).entries()) {
    if (!(group instanceof Y.Map)) continue;
    const parsed = groupSchema.safeParse({
      id,
      title: textOf(group, 'title', CONTENT_LIMITS.shortText),
      x: group.get('x'),
      y: group.get('y'),
      w: group.get('w'),
      h: group.get('h'),
      z: group.get('z'),
      color: group.get('color'),
    });
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.z - b.z || (a.id < b.id ? -1 : 1));
}

/** The text of every note in each group, for results and vote labels: group id → note texts in z order. */
export function groupMembers(doc: Y.Doc): Map<string, string[]> {
  const members = new Map<string, Array<{ z: number; text: string }>>();
  const groups = groupsOf(doc);
  for (const note of notesOf(doc).values()) {
    const groupId = note.get('groupId');
    // A note dropped into a group that someone deleted at the same moment keeps a stale id: it is ungrouped.
    if (typeof groupId !== 'string' || !groups.has(groupId)) continue;
    const text = note.get('text');
    const list = members.get(groupId) ?? [];
    list.push({
      z: typeof note.get('z') === 'number' ? (note.get('z') as number) : 0,
      text: text instanceof Y.Text ? text.toString().slice(0, LIMITS.noteTextMaxLength) : '',
    });
    members.set(groupId, list);
  }
  return new Map([...members].map(([id, list]) => [id, list.sort((a, b) => a.z - b.z).map((n) => n.text)]));
}
