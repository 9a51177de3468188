import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, deleteNotes, readNotes, setNoteText, updateNote } from '@mutopia/shared';
import { applyStoredUpdates } from './merge-updates.js';

describe('applying stored updates in one transaction', () => {
  it('gives the same document as applying every update on its own', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const ids = Array.from({ length: 50 }, (_, i) => createNote(doc, { x: i, y: 0, text: `N${i}` }));
    for (let i = 0; i < 2000; i++) updateNote(doc, ids[i % 50]!, { x: i });
    setNoteText(doc, ids[7]!, 'zuletzt geändert');
    deleteNotes(doc, [ids[3]!]);

    const loaded = new Y.Doc();
    applyStoredUpdates(loaded, updates);
    expect(readNotes(loaded)).toEqual(readNotes(doc));
    expect(readNotes(loaded)).toHaveLength(49);
  });

  it('takes updates of two writers in any order the log holds them', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const log: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => log.push(u));
    b.on('update', (u: Uint8Array) => log.push(u));
    const first = createNote(a, { x: 0, y: 0, text: 'A' });
    createNote(b, { x: 1, y: 0, text: 'B' });
    updateNote(a, first, { x: 5 });
    // b's note reaches a only after a's own edits: the log then holds them in that order.
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));

    const loaded = new Y.Doc();
    applyStoredUpdates(loaded, [...log].reverse());
    expect(readNotes(loaded)).toEqual(readNotes(a));
    expect(readNotes(loaded)).toHaveLength(2);
  });

  it('emits one document update for the whole log', () => {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 20; i++) createNote(source, { x: i, y: 0, text: `N${i}` });

    const loaded = new Y.Doc();
    let emitted = 0;
    loaded.on('update', () => emitted++);
    applyStoredUpdates(loaded, updates);
    expect(emitted).toBe(1);
    applyStoredUpdates(loaded, []);
    expect(emitted).toBe(1);
  });
});
