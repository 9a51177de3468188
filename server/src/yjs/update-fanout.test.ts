import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { createNote, readNotes } from '@mutopia/shared';
import { fanOutUpdates, type MadeUpdate } from './update-fanout.js';

function noteUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array | undefined;
  doc.on('update', (u: Uint8Array) => (update = u));
  createNote(doc, { x: 0, y: 0, text });
  return update!;
}

/** The note texts a sync-update message carries. */
function textsIn(message: Uint8Array): string[] {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder); // message type
  decoding.readVarUint(decoder); // sync type
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return readNotes(doc)
    .map((n) => n.text)
    .sort();
}

describe('fanOutUpdates', () => {
  it('gives each peer one message with every update of the flush but its own, and a reader everything', () => {
    const a = 'peer a';
    const b = 'peer b';
    const reader = 'reader';
    const batch: MadeUpdate[] = [
      { update: noteUpdate('a1'), origin: a },
      { update: noteUpdate('b1'), origin: b },
      { update: noteUpdate('a2'), origin: a },
      { update: noteUpdate('server'), origin: Symbol('server') },
    ];
    const sent = new Map<string, Uint8Array[]>();
    fanOutUpdates(batch, [a, b, reader], (peer, message) => sent.set(peer, [...(sent.get(peer) ?? []), message]));

    expect(sent.get(a)!.map(textsIn)).toEqual([['b1', 'server']]);
    expect(sent.get(b)!.map(textsIn)).toEqual([['a1', 'a2', 'server']]);
    expect(sent.get(reader)!.map(textsIn)).toEqual([['a1', 'a2', 'b1', 'server']]);
  });

  it('sends nothing to a peer whose updates are the whole flush', () => {
    const sent: string[] = [];
    fanOutUpdates([{ update: noteUpdate('x'), origin: 'a' }], ['a', 'b'], (peer) => sent.push(peer));
    expect(sent).toEqual(['b']);
  });
});
