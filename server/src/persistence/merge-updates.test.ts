import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, readNotes, setNoteText, updateNote } from '@mutopia/shared';
import { mergeUpdatesInGroups } from './merge-updates.js';

describe('merging stored updates in groups', () => {
  it('gives the same document as applying every update, across several levels of groups', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const ids = Array.from({ length: 50 }, (_, i) => createNote(doc, { x: i, y: 0, text: `N${i}` }));
    for (let i = 0; i < 2000; i++) updateNote(doc, ids[i % 50]!, { x: i });
    setNoteText(doc, ids[7]!, 'zuletzt geändert');
    expect(updates.length).toBeGreaterThan(32 * 32);

    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, mergeUpdatesInGroups(updates)!);
    expect(readNotes(loaded)).toEqual(readNotes(doc));
  });

  it('returns null for no updates and the update itself for one', () => {
    expect(mergeUpdatesInGroups([])).toBeNull();
    const one = new Uint8Array([1, 2, 3]);
    expect(mergeUpdatesInGroups([one])).toBe(one);
  });
});
