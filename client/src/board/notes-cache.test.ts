import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, deleteNotes, setNoteText, updateNote } from '@mutopia/shared';
import { NotesCache } from './notes-cache';

describe('notes cache', () => {
  it('reads existing notes and follows creation, edits and deletion', () => {
    const doc = new Y.Doc();
    const first = createNote(doc, { x: 0, y: 0, text: 'eins' });
    const cache = new NotesCache(doc);
    let notifications = 0;
    cache.subscribe(() => notifications++);

    const second = createNote(doc, { x: 10, y: 10 });
    expect(cache.getSnapshot().order).toEqual([first, second]);

    setNoteText(doc, second, 'zwei');
    updateNote(doc, first, { x: 50 });
    expect(cache.getSnapshot().byId.get(second)?.text).toBe('zwei');
    expect(cache.getSnapshot().byId.get(first)?.x).toBe(50);

    deleteNotes(doc, [first]);
    expect(cache.getSnapshot().order).toEqual([second]);
    expect(cache.getSnapshot().byId.has(first)).toBe(false);
    expect(notifications).toBe(4);
    cache.destroy();
  });

  it('keeps untouched notes identical so memoised views can skip them', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, { x: 0, y: 0 });
    const b = createNote(doc, { x: 0, y: 0 });
    const cache = new NotesCache(doc);
    const before = cache.getSnapshot();
    updateNote(doc, a, { color: 'blue' });
    const after = cache.getSnapshot();
    expect(after).not.toBe(before);
    expect(after.byId.get(b)).toBe(before.byId.get(b));
    expect(after.byId.get(a)).not.toBe(before.byId.get(a));
    expect(after.order).toBe(before.order);
  });

  it('picks up notes that arrive from another replica', () => {
    const remote = new Y.Doc();
    const id = createNote(remote, { x: 1, y: 2, text: 'von weit weg' });
    const local = new Y.Doc();
    const cache = new NotesCache(local);
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    expect(cache.getSnapshot().byId.get(id)?.text).toBe('von weit weg');
  });
});
