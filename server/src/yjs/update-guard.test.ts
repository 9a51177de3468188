import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, notesOf, setNoteText } from '@mutopia/shared';
import { inspectUpdate, MalformedUpdateError } from './update-guard.js';

function richDoc(): Y.Doc {
  const doc = new Y.Doc();
  const n1 = createNote(doc, { x: 10, y: 20, text: 'Hallo Welt' });
  const n2 = createNote(doc, { x: 30, y: 40, text: 'zweite Notiz' });
  const map = doc.getMap('misc');
  map.set('any', { list: [1, 2.5, 'drei', null, true, false, new Uint8Array([1, 2])], nested: { deep: [{ a: 1 }] } });
  map.set('big', 2n ** 40n);
  doc.getArray('list').insert(0, ['a', 'b', new Y.Map()]);
  doc.getXmlFragment('xml').insert(0, [new Y.XmlElement('p'), new Y.XmlText('x')]);
  doc.getText('rich').insert(0, 'bold', { bold: true });
  doc.getText('rich').insertEmbed(4, { image: 'x.png' });
  setNoteText(doc, n1, 'Hallo');
  notesOf(doc).delete(n2);
  return doc;
}

describe('inspectUpdate', () => {
  it('accepts what Yjs writes and counts its structs and deletions', () => {
    const doc = richDoc();
    const update = Y.encodeStateAsUpdate(doc);
    const decoded = Y.decodeUpdate(update);
    const shape = inspectUpdate(update);
    expect(shape.structs).toBe(decoded.structs.length);
    expect(shape.deletes).toBe([...decoded.ds.clients.values()].reduce((n, ranges) => n + ranges.length, 0));
    expect(shape.deletes).toBeGreaterThan(0);
  });

  it('accepts every incremental update of a typing session', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const id = createNote(doc, { x: 0, y: 0, text: '' });
    for (const text of ['H', 'Ha', 'Hal', 'Hallo', 'Hal', '']) setNoteText(doc, id, text);
    notesOf(doc).delete(id);
    for (const update of updates) expect(() => inspectUpdate(update)).not.toThrow();
    expect(inspectUpdate(Y.mergeUpdates(updates)).structs).toBeGreaterThan(0);
  });

  it('refuses the ten-byte struct-count bomb at once', () => {
    // The payload of sync message 00 02 07 01 ff ff ff 0f 05 00: one client claiming 33 million structs.
    const bomb = new Uint8Array([0x01, 0xff, 0xff, 0xff, 0x0f, 0x05, 0x00]);
    expect(() => inspectUpdate(bomb)).toThrow(MalformedUpdateError);
    expect(() => inspectUpdate(bomb)).toThrow(/structs: claims 33554431/);
  });

  it('refuses counts that exceed the bytes in delete sets, arrays and objects', () => {
    // No structs, then a delete set claiming 1,000 clients.
    expect(() => inspectUpdate(new Uint8Array([0x00, 0xe8, 0x07, 0x01, 0x01]))).toThrow(MalformedUpdateError);
    // One struct: a root array item (info 8 = ContentAny, parent key 'a') holding a value that claims 100,000 items.
    const bigArray = [0x01, 0x01, 0x01, 0x00, 0x08, 0x01, 0x01, 0x61, 0x01, 0x75, 0xa0, 0x8d, 0x06, 0x00];
    expect(() => inspectUpdate(new Uint8Array(bigArray))).toThrow(/array: claims 100000/);
  });

  it('refuses values nested deeper than a board needs', () => {
    const doc = new Y.Doc();
    let value: unknown = 1;
    for (let i = 0; i < 100; i++) value = [value];
    doc.getMap('m').set('deep', value);
    expect(() => inspectUpdate(Y.encodeStateAsUpdate(doc))).toThrow(/nested too deep/);
  });

  it('refuses every truncation of a valid update instead of reading past its end', () => {
    const update = Y.encodeStateAsUpdate(richDoc());
    for (let length = 0; length < update.length - 1; length++) {
      expect(() => inspectUpdate(update.subarray(0, length)), `prefix of ${length} bytes`).toThrow(
        MalformedUpdateError,
      );
    }
  });

  it('refuses subdocuments and unknown content kinds', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('sub', new Y.Doc());
    expect(() => inspectUpdate(Y.encodeStateAsUpdate(doc))).toThrow(/content kind 9/);
  });
});
