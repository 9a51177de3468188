import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editedKeys } from './edit-keys';

function keysOf(doc: Y.Doc, change: () => void): Set<string> {
  let keys = new Set<string>();
  const listen = (tr: Y.Transaction) => {
    keys = editedKeys(doc, tr);
  };
  doc.on('afterTransaction', listen);
  doc.transact(change);
  doc.off('afterTransaction', listen);
  return keys;
}

describe('edited keys', () => {
  it('names the note for a new note, its text and its position', () => {
    const doc = new Y.Doc();
    const notes = doc.getMap<Y.Map<unknown>>('notes');
    const note = new Y.Map<unknown>();
    expect(
      keysOf(doc, () => {
        notes.set('n1', note);
        note.set('text', new Y.Text('Hallo'));
      }),
    ).toEqual(new Set(['notes:n1']));
    expect(
      keysOf(doc, () => {
        (note.get('text') as Y.Text).insert(5, ' Welt');
        note.set('x', 10);
      }),
    ).toEqual(new Set(['notes:n1']));
  });

  it('names each thing of a transaction once, deletions included', () => {
    const doc = new Y.Doc();
    const notes = doc.getMap<Y.Map<unknown>>('notes');
    doc.transact(() => {
      notes.set('a', new Y.Map());
      notes.set('b', new Y.Map());
    });
    const persona = doc.getText('persona.name');
    expect(
      keysOf(doc, () => {
        notes.delete('a');
        notes.get('b')!.set('color', 'yellow');
        persona.insert(0, 'Amal');
      }),
    ).toEqual(new Set(['notes:a', 'notes:b', 'persona.name']));
  });
});
