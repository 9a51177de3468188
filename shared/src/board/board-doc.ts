/**
 * The only code that reads or writes a board's Yjs document raw. Views and the
 * server go through these functions, so the document's shape is defined once.
 *
 * Shape (schema version 1):
 *   doc.getMap('meta')   title: string, schemaVersion: number
 *   doc.getMap('notes')  noteId → Y.Map { x, y, w, h, color, z, createdAt, text: Y.Text, groupId?: string,
 *                                      teamId?: string (the author's workshop team, set once at creation) }
 *
 * Typed content lives beside the notes, each in a module of its own: persona.ts
 * ('persona'), groups.ts ('groups'), insights.ts ('insights'), ships.ts ('ships').
 */
import * as Y from 'yjs';
import { simpleDiffString } from 'lib0/diff';
import { LIMITS } from '../limits.js';
import {
  clampCoordinate,
  clampSize,
  DEFAULT_NOTE_SIZE,
  newNoteSchema,
  noteSchema,
  notePatchSchema,
  type NewNote,
  type Note,
  type NotePatch,
} from './note.js';

export const BOARD_SCHEMA_VERSION = 1;
export const ROOT = { meta: 'meta', notes: 'notes' } as const;

export type NoteMap = Y.Map<unknown>;

export function notesOf(doc: Y.Doc): Y.Map<NoteMap> {
  return doc.getMap<NoteMap>(ROOT.notes);
}

export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.meta);
}

export function initBoardMeta(doc: Y.Doc, title: string): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    meta.set('title', title);
    meta.set('schemaVersion', BOARD_SCHEMA_VERSION);
  });
}

export function readBoardTitle(doc: Y.Doc): string | undefined {
  const title = metaOf(doc).get('title');
  return typeof title === 'string' ? title : undefined;
}

function newId(): string {
  // 64 random bits are plenty for note ids inside one board.
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function topZ(doc: Y.Doc): number {
  let top = 0;
  for (const note of notesOf(doc).values()) {
    const z = note.get('z');
    if (typeof z === 'number' && z > top) top = z;
  }
  return top;
}

/** Creates a note on top of all others and returns its id. */
export function createNote(doc: Y.Doc, init: NewNote, origin?: unknown): string {
  const valid = newNoteSchema.parse(init);
  const id = newId();
  doc.transact(() => {
    const note = new Y.Map<unknown>();
    note.set('x', clampCoordinate(valid.x));
    note.set('y', clampCoordinate(valid.y));
    note.set('w', clampSize(valid.w ?? DEFAULT_NOTE_SIZE));
    note.set('h', clampSize(valid.h ?? DEFAULT_NOTE_SIZE));
    note.set('color', valid.color ?? 'yellow');
    note.set('z', topZ(doc) + 1);
    note.set('createdAt', Date.now());
    note.set('text', new Y.Text(valid.text ?? ''));
    if (valid.teamId !== undefined) note.set('teamId', valid.teamId);
    notesOf(doc).set(id, note);
  }, origin);
  return id;
}

/** Applies a patch to several notes in one transaction (one undo step). */
export function updateNotes(doc: Y.Doc, patches: ReadonlyMap<string, NotePatch>, origin?: unknown): void {
  doc.transact(() => {
    const notes = notesOf(doc);
    for (const [id, patch] of patches) {
      const note = notes.get(id);
      if (!note) continue;
      const valid = notePatchSchema.parse(patch);
      if (valid.x !== undefined) note.set('x', clampCoordinate(valid.x));
      if (valid.y !== undefined) note.set('y', clampCoordinate(valid.y));
      if (valid.w !== undefined) note.set('w', clampSize(valid.w));
      if (valid.h !== undefined) note.set('h', clampSize(valid.h));
      if (valid.color !== undefined) note.set('color', valid.color);
      if (valid.z !== undefined) note.set('z', valid.z);
    }
  }, origin);
}

export function updateNote(doc: Y.Doc, id: string, patch: NotePatch, origin?: unknown): void {
  updateNotes(doc, new Map([[id, patch]]), origin);
}

/** Moves the given notes above every other note, keeping their order among themselves. */
export function bringToFront(doc: Y.Doc, ids: readonly string[], origin?: unknown): void {
  const notes = notesOf(doc);
  const ordered = ids
    .map((id) => ({ id, z: notes.get(id)?.get('z') }))
    .filter((n): n is { id: string; z: number } => typeof n.z === 'number')
    .sort((a, b) => a.z - b.z);
  let z = topZ(doc);
  updateNotes(doc, new Map(ordered.map((n) => [n.id, { z: ++z }])), origin);
}

/**
 * Replaces a note's text with `next` by editing only the changed span, so that
 * two people typing into the same note at once both keep their characters.
 */
export function setNoteText(doc: Y.Doc, id: string, next: string, origin?: unknown): void {
  const text = notesOf(doc).get(id)?.get('text');
  if (!(text instanceof Y.Text)) return;
  const bounded = next.slice(0, LIMITS.noteTextMaxLength);
  const current = text.toString();
  if (current === bounded) return;
  const diff = simpleDiffString(current, bounded);
  doc.transact(() => {
    if (diff.remove > 0) text.delete(diff.index, diff.remove);
    if (diff.insert.length > 0) text.insert(diff.index, diff.insert);
  }, origin);
}

export function deleteNotes(doc: Y.Doc, ids: readonly string[], origin?: unknown): void {
  doc.transact(() => {
    const notes = notesOf(doc);
    for (const id of ids) notes.delete(id);
  }, origin);
}

/**
 * A plain snapshot of one note, or null when the stored data does not match the
 * schema (a note written by a newer or broken client is skipped, not fatal).
 */
export function readNote(id: string, note: NoteMap): Note | null {
  const text = note.get('text');
  const result = noteSchema.safeParse({
    id,
    x: note.get('x'),
    y: note.get('y'),
    w: note.get('w'),
    h: note.get('h'),
    color: note.get('color'),
    z: note.get('z'),
    createdAt: note.get('createdAt'),
    text: text instanceof Y.Text ? text.toString().slice(0, LIMITS.noteTextMaxLength) : '',
    ...(typeof note.get('groupId') === 'string' ? { groupId: note.get('groupId') } : {}),
    ...(typeof note.get('teamId') === 'string' ? { teamId: note.get('teamId') } : {}),
  });
  return result.success ? result.data : null;
}

/**
 * The workshop team that wrote a note, or undefined for notes written outside a
 * team (facilitators, plain boards, notes older than issue 11). Only the id is
 * stored; resolve name and colour from the workshop definition when showing it.
 */
export function readNoteTeamId(note: NoteMap): string | undefined {
  const teamId = note.get('teamId');
  return typeof teamId === 'string' && teamId.length > 0 && teamId.length <= 64 ? teamId : undefined;
}

/** Ids of the notes that a batch of `notesOf(doc).observeDeep` events created, changed or deleted. */
export function touchedNoteIds(
  notes: Y.Map<NoteMap>,
  events: ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>,
): Set<string> {
  const touched = new Set<string>();
  for (const event of events) {
    if (event.target === notes) {
      for (const key of event.changes.keys.keys()) touched.add(key);
    } else {
      // Paths are relative to the observed map, so the first step is the note id.
      const id = event.path[0];
      if (typeof id === 'string') touched.add(id);
    }
  }
  return touched;
}

export function readNotes(doc: Y.Doc): Note[] {
  const out: Note[] = [];
  for (const [id, note] of notesOf(doc).entries()) {
    const read = readNote(id, note);
    if (read) out.push(read);
  }
  // Two notes created at once on different clients share a z; the id breaks the tie the same way everywhere.
  return out.sort((a, b) => a.z - b.z || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
