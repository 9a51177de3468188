import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS } from '../limits.js';
import {
  bringToFront,
  createNote,
  deleteNotes,
  notesOf,
  readNotes,
  readNoteTeamId,
  setNoteText,
  touchedNoteIds,
  updateNote,
} from './board-doc.js';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('board document', () => {
  it('creates notes with defaults, each above the previous one', () => {
    const doc = new Y.Doc();
    const first = createNote(doc, { x: 10, y: 20 });
    const second = createNote(doc, { x: 0, y: 0, text: 'Hallo', color: 'blue' });
    const notes = readNotes(doc);
    expect(notes.map((n) => n.id)).toEqual([first, second]);
    expect(notes[0]).toMatchObject({ x: 10, y: 20, w: 180, h: 180, color: 'yellow', text: '' });
    expect(notes[1]).toMatchObject({ text: 'Hallo', color: 'blue' });
    expect(notes[1]!.z).toBeGreaterThan(notes[0]!.z);
  });

  it('remembers which team wrote a note, and leaves notes without a team unmarked', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const mine = createNote(a, { x: 0, y: 0, teamId: 'team-3' });
    const loose = createNote(a, { x: 200, y: 0 });
    sync(a, b);
    const byId = new Map(readNotes(b).map((n) => [n.id, n]));
    expect(byId.get(mine)?.teamId).toBe('team-3');
    expect(byId.get(loose)?.teamId).toBeUndefined();
    expect(readNoteTeamId(notesOf(b).get(mine)!)).toBe('team-3');
    expect(readNoteTeamId(notesOf(b).get(loose)!)).toBeUndefined();
  });

  it('clamps positions and sizes into the board', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 5e9, y: -5e9 });
    updateNote(doc, id, { w: 1, h: 99_999 });
    const [note] = readNotes(doc);
    expect(note).toMatchObject({
      x: LIMITS.boardExtent,
      y: -LIMITS.boardExtent,
      w: LIMITS.noteMinSize,
      h: LIMITS.noteMaxSize,
    });
  });

  it('rejects a colour that is not in the palette', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0 });
    expect(() => updateNote(doc, id, { color: 'red' as never })).toThrow();
    expect(readNotes(doc)[0]!.color).toBe('yellow');
  });

  it('keeps both people’s characters when they type into one note at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = createNote(a, { x: 0, y: 0, text: 'Idee' });
    sync(a, b);
    setNoteText(a, id, 'Gute Idee');
    setNoteText(b, id, 'Idee!');
    sync(a, b);
    expect(readNotes(a)[0]!.text).toBe('Gute Idee!');
    expect(readNotes(b)[0]!.text).toBe('Gute Idee!');
  });

  it('orders notes created at once the same way on every client', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    createNote(a, { x: 0, y: 0, text: 'A' });
    createNote(b, { x: 0, y: 0, text: 'B' });
    sync(a, b);
    expect(readNotes(a).map((n) => n.id)).toEqual(readNotes(b).map((n) => n.id));
  });

  it('names the notes that observed events touched', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, { x: 0, y: 0 });
    const b = createNote(doc, { x: 0, y: 0 });
    const seen: string[][] = [];
    notesOf(doc).observeDeep((events) => seen.push([...touchedNoteIds(notesOf(doc), events)].sort()));
    setNoteText(doc, a, 'x');
    updateNote(doc, b, { x: 5 });
    deleteNotes(doc, [a, b]);
    expect(seen).toEqual([[a], [b], [a, b].sort()]);
  });

  it('cuts text at the length limit', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0 });
    setNoteText(doc, id, 'x'.repeat(LIMITS.noteTextMaxLength + 50));
    expect(readNotes(doc)[0]!.text).toHaveLength(LIMITS.noteTextMaxLength);
  });

  it('skips a malformed note instead of failing', () => {
    const doc = new Y.Doc();
    createNote(doc, { x: 0, y: 0 });
    const broken = new Y.Map<unknown>();
    broken.set('x', 'not a number');
    notesOf(doc).set('broken', broken);
    expect(readNotes(doc)).toHaveLength(1);
  });

  it('brings selected notes to the front in their order and deletes them', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, { x: 0, y: 0 });
    const b = createNote(doc, { x: 0, y: 0 });
    const c = createNote(doc, { x: 0, y: 0 });
    bringToFront(doc, [b, a]);
    expect(readNotes(doc).map((n) => n.id)).toEqual([c, a, b]);
    deleteNotes(doc, [a, c]);
    expect(readNotes(doc).map((n) => n.id)).toEqual([b]);
  });

  it('undoes only the local user’s changes', () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    const origin = Symbol('local');
    const undo = new Y.UndoManager(notesOf(local), { trackedOrigins: new Set([origin]) });
    const mine = createNote(local, { x: 0, y: 0 }, origin);
    sync(local, remote);
    const theirs = createNote(remote, { x: 50, y: 50 });
    sync(local, remote);
    undo.undo();
    expect(readNotes(local).map((n) => n.id)).toEqual([theirs]);
    undo.redo();
    expect(
      readNotes(local)
        .map((n) => n.id)
        .sort(),
    ).toEqual([mine, theirs].sort());
  });
});
