import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createNote, readNotes, updateNote } from '@mutopia/shared';
import { MESSAGE_SYNC } from './messages.js';
import { raiseStateVector, storedAnswer } from './stored-answer.js';

/** What a y-websocket client does with each message; returns the sync message types in order. */
function receive(doc: Y.Doc, messages: Uint8Array[]): number[] {
  return messages.map((message) => {
    const decoder = decoding.createDecoder(message);
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_SYNC);
    return syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server');
  });
}

describe('answering from the stored bytes', () => {
  it('gives a client the whole board, snapshot and log, ending with sync step 2', () => {
    const source = new Y.Doc();
    const ids = Array.from({ length: 10 }, (_, i) => createNote(source, { x: i, y: 0, text: `N${i}` }));
    const snapshot = Y.encodeStateAsUpdate(source);
    const log: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => log.push(u));
    updateNote(source, ids[2]!, { x: 99 });
    createNote(source, { x: 0, y: 1, text: 'danach' });

    const client = new Y.Doc();
    const messages = storedAnswer([snapshot, ...log])!;
    // Each message applies at once: nothing waits for a part that comes later (the client would retry it on every
    // later message, which made a snapshot plus 500 log rows cost the first browser ~0.4 s).
    const types = messages.map((message) => {
      const [type] = receive(client, [message]);
      expect(client.store.pendingStructs).toBeNull();
      return type;
    });
    expect(types.at(-1)).toBe(syncProtocol.messageYjsSyncStep2);
    expect(types.slice(0, -1).every((t) => t === syncProtocol.messageYjsUpdate)).toBe(true);
    expect(readNotes(client)).toEqual(readNotes(source));
  });

  it('leaves an empty store and a very long log to the loaded document', () => {
    expect(storedAnswer([])).toBeNull();
    const parts = Array.from({ length: 1001 }, () => new Uint8Array([0, 0]));
    expect(storedAnswer(parts)).toBeNull();
  });

  it("raises a loading client's state vector to what the stored answer gave it, keeping what it had beyond that", () => {
    const stored = new Y.Doc();
    createNote(stored, { x: 0, y: 0, text: 'gespeichert' });
    const own = new Y.Doc();
    createNote(own, { x: 1, y: 1, text: 'offline geschrieben' });
    const raisedVector = raiseStateVector(Y.encodeStateVector(own), Y.encodeStateVector(stored));

    expect(Y.decodeStateVector(raisedVector)).toEqual(
      new Map([
        [stored.clientID, Y.getState(stored.store, stored.clientID)],
        [own.clientID, Y.getState(own.store, own.clientID)],
      ]),
    );
    // The server's reply to the raised vector holds nothing of the stored note again.
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(stored));
    const reply = new Y.Doc();
    Y.applyUpdate(reply, Y.encodeStateAsUpdate(server, raisedVector));
    expect(readNotes(reply)).toEqual([]);
    // Undecodable: left for the sync code to refuse.
    const garbage = new Uint8Array([200]);
    expect(raiseStateVector(garbage, Y.encodeStateVector(stored))).toBe(garbage);
  });
});
