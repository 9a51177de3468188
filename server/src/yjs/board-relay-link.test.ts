import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, notesOf } from '@mutopia/shared';
import { openSqliteStore } from '../db/database.js';
import type { StoreDb } from '../db/store-db.js';
import { readStored } from '../persistence/board-reads.js';
import { BoardStore, initialBoardState } from '../persistence/board-store.js';
import { decodeAwarenessUpdate } from './awareness-guard.js';
import { BoardHost } from './board-host.js';
import type { BoardPeer, HostedBoard } from './hosted-board.js';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from './messages.js';
import type { RelayLink } from './relay-link.js';

let dir: string;
let database: StoreDb;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mutopia-relay-'));
  database = openSqliteStore(dir, 'NORMAL');
  await new BoardStore(database).create('board1', 'Tafel', initialBoardState('Tafel'));
});

afterEach(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What this node told the other nodes. */
function recordingRelay() {
  const published = { updates: [] as Uint8Array[], presence: [] as Uint8Array[] };
  const hosted: string[] = [];
  const relay: RelayLink = {
    hosted: (board) => hosted.push(board.id),
    unhosted: () => undefined,
    publishUpdate: (_id, update) => published.updates.push(update),
    publishAwareness: (_id, update) => published.presence.push(update),
  };
  return { relay, published, hosted };
}

/** A connected client as the board sees it: its received document updates applied to a doc of its own. */
function peer(): BoardPeer & { doc: Y.Doc; presence: number[] } {
  const doc = new Y.Doc();
  const presence: number[] = [];
  return {
    doc,
    presence,
    awarenessClients: new Set(),
    send(message) {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) {
        decoding.readVarUint(decoder);
        Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      } else if (type === MESSAGE_AWARENESS) {
        presence.push(...decodeAwarenessUpdate(decoding.readVarUint8Array(decoder)).map((e) => e.clientId));
      }
    },
  };
}

function host(relay: RelayLink): BoardHost {
  const boardHost = new BoardHost(new BoardStore(database), database, {
    compactAfterUpdates: 500,
    compactAfterBytes: 1 << 20,
    idleUnloadMs: 0,
    onError: (error) => {
      throw error;
    },
  });
  boardHost.relay = relay;
  return boardHost;
}

const texts = (doc: Y.Doc) => [...notesOf(doc).values()].map((n) => String(n.get('text'))).sort();
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('a hosted board between nodes', () => {
  it('publishes its own stored updates once per flush, and broadcasts relayed ones without storing or publishing them', async () => {
    const { relay, published, hosted } = recordingRelay();
    const boardHost = host(relay);
    const board = (await boardHost.acquire('board1'))!;
    const local = peer();
    boardHost.join(board, local);
    expect(hosted).toEqual(['board1']);

    // Two edits of one turn on this node: one flush, one publication holding both.
    createNote(board.doc, { x: 0, y: 0, text: 'hier 1' }, local);
    createNote(board.doc, { x: 1, y: 0, text: 'hier 2' }, local);
    expect(published.updates).toHaveLength(0);
    await turn();
    await turn();
    expect(published.updates).toHaveLength(1);
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, published.updates[0]!);
    expect(texts(elsewhere)).toEqual(['hier 1', 'hier 2']);

    // Another node's edit: this node's client gets it, the log and Redis do not.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(board.doc));
    const remoteUpdates: Uint8Array[] = [];
    remote.on('update', (u: Uint8Array) => remoteUpdates.push(u));
    createNote(remote, { x: 2, y: 0, text: 'dort' });
    board.applyRelayed(remoteUpdates);
    await turn();
    expect(texts(local.doc)).toEqual(['dort']);
    expect(published.updates).toHaveLength(1);
    const stored = new Y.Doc();
    for (const u of (await readStored(database, 'board1')).updates) Y.applyUpdate(stored, u);
    expect(texts(stored)).toEqual(['hier 1', 'hier 2']);
    await boardHost.unloadAll();
  });

  it('publishes its own clients’ presence once per tick, and fans relayed presence out without publishing it', async () => {
    const { relay, published } = recordingRelay();
    const boardHost = host(relay);
    const board: HostedBoard = (await boardHost.acquire('board1'))!;
    const [a, b] = [peer(), peer()];
    boardHost.join(board, a);
    boardHost.join(board, b);

    const client = new awarenessProtocol.Awareness(new Y.Doc());
    client.setLocalState({ name: 'Ada' });
    const update = awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID]);
    awarenessProtocol.applyAwarenessUpdate(board.awareness, update, a);
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    other.setLocalState({ name: 'Grace' });
    board.applyRelayedPresence(awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(published.presence.flatMap((u) => decodeAwarenessUpdate(u).map((e) => e.clientId))).toEqual([
      client.clientID,
    ]);
    expect(b.presence.sort()).toEqual([client.clientID, other.clientID].sort());
    expect(a.presence).toEqual([other.clientID]);

    // Leaving tells the other nodes to remove the client's presence.
    board.leave(a);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const last = decodeAwarenessUpdate(published.presence.at(-1)!);
    expect(last).toEqual([expect.objectContaining({ clientId: client.clientID, state: 'null' })]);
    client.destroy();
    other.destroy();
    await boardHost.unloadAll();
  });
});
