import {
  addCrewMember,
  addInsight,
  addPainPoint,
  addShipStep,
  createGroup,
  createNote,
  createShip,
  emptyPersona,
  initBoardMeta,
  setNoteText,
  writePersona,
} from '@mutopia/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectBoardUpdate } from './schema-guard.js';
import { MalformedUpdateError } from './update-guard.js';

/** Applies on `server` what `write` does on a client replica, after the check; returns the update. */
function relay(server: Y.Doc, client: Y.Doc, write: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  write(client);
  const update = Y.encodeStateAsUpdate(client, before);
  inspectBoardUpdate(server, update);
  Y.applyUpdate(server, update);
  return update;
}

function nestedMaps(depth: number): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    let map = doc.getMap('notes');
    for (let i = 0; i < depth; i++) {
      const child = new Y.Map();
      map.set('x', child);
      map = child;
    }
  });
  return doc;
}

describe('inspectBoardUpdate', () => {
  it('lets every kind of board content through, written step by step', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    relay(server, client, (doc) => initBoardMeta(doc, 'Board'));
    let noteId = '';
    relay(server, client, (doc) => (noteId = createNote(doc, { x: 1, y: 2, text: 'a' })));
    relay(server, client, (doc) => setNoteText(doc, noteId, 'ab'));
    relay(server, client, (doc) => void createGroup(doc, { title: 'G', x: 0, y: 0 }));
    relay(server, client, (doc) => void addInsight(doc, 'I'));
    relay(server, client, (doc) => writePersona(doc, { ...emptyPersona(), name: 'N' }));
    relay(server, client, (doc) => void addPainPoint(doc, 'P', []));
    let shipId = '';
    relay(server, client, (doc) => (shipId = createShip(doc, { title: 'S' })!));
    relay(server, client, (doc) => void addShipStep(doc, shipId, { text: 'step' }));
    relay(server, client, (doc) => void addCrewMember(doc, shipId, { name: 'c' }));
    // A late joiner's first sync carries all of it at once.
    expect(() => inspectBoardUpdate(new Y.Doc(), Y.encodeStateAsUpdate(client))).not.toThrow();
  });

  it('refuses maps nested deeper than the schema allows, in one update or built on stored ones', () => {
    expect(() => inspectBoardUpdate(new Y.Doc(), Y.encodeStateAsUpdate(nestedMaps(2_000)))).toThrow(
      /nested \d+ deep under notes, the board allows 3/,
    );
    const server = new Y.Doc();
    const client = new Y.Doc();
    let noteId = '';
    relay(server, client, (doc) => (noteId = createNote(doc, { x: 0, y: 0 })));
    const inner = new Y.Map<unknown>();
    // A map where the note's text could be is as deep as the schema goes…
    relay(server, client, (doc) => doc.getMap<Y.Map<unknown>>('notes').get(noteId)!.set('inner', inner));
    // …one more level, on what the server already holds, is not.
    const before = Y.encodeStateVector(client);
    inner.set('more', new Y.Map());
    expect(() => inspectBoardUpdate(server, Y.encodeStateAsUpdate(client, before))).toThrow(MalformedUpdateError);
  });

  it('refuses a top-level type that is not on a board', () => {
    const doc = new Y.Doc();
    doc.getMap('evil').set('a', 1);
    expect(() => inspectBoardUpdate(new Y.Doc(), Y.encodeStateAsUpdate(doc))).toThrow(/"evil" is not on a board/);
    const text = new Y.Doc();
    text.getText('persona.name').insert(0, 'ok');
    expect(() => inspectBoardUpdate(new Y.Doc(), Y.encodeStateAsUpdate(text))).not.toThrow();
  });

  it('checks updates left waiting for a missing one together with the update that completes them', () => {
    const doc = nestedMaps(4);
    const whole = Y.encodeStateAsUpdate(doc);
    // The first map alone, then the rest: the rest waits on the server until the first arrives.
    const client = doc.clientID;
    const first = new Y.Doc();
    first.clientID = client;
    first.getMap('notes').set('x', new Y.Map());
    const head = Y.encodeStateAsUpdate(first);
    const tail = Y.diffUpdate(whole, Y.encodeStateVectorFromUpdate(head));
    const server = new Y.Doc();
    Y.applyUpdate(server, tail);
    expect(server.store.pendingStructs).not.toBeNull();
    expect(() => inspectBoardUpdate(server, head)).toThrow(/nested/);
  });
});
