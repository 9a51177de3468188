import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, notesOf, readNotes } from '@mutopia/shared';
import { openSqliteStore } from '../db/database.js';
import type { StoreDb } from '../db/store-db.js';
import { BoardStore, initialBoardState } from '../persistence/board-store.js';
import { BoardHost } from './board-host.js';
import type { BoardPeer } from './hosted-board.js';

let dir: string;
let database: StoreDb;
let boards: BoardStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mutopia-host-'));
  database = openSqliteStore(dir, 'NORMAL');
  boards = new BoardStore(database);
  await boards.create('board1', 'Tafel', initialBoardState('Tafel'));
});

afterEach(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The board store with its answers held back until `open()`: a load or an
 * unload then takes as long as the test says, as it does on a remote database.
 */
function slowBoards(gated: { access: boolean; exists: boolean } = { access: true, exists: true }): {
  store: BoardStore;
  open: () => void;
  asked: () => number;
} {
  let waiting: Array<() => void> = [];
  let closed = true;
  let asked = 0;
  const gate = async (which: 'access' | 'exists'): Promise<void> => {
    asked++;
    if (closed && gated[which]) await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const store = Object.create(boards) as BoardStore;
  store.access = async (id) => {
    await gate('access');
    return boards.access(id);
  };
  store.exists = async (id) => {
    await gate('exists');
    return boards.exists(id);
  };
  return {
    store,
    open: () => {
      closed = false;
      for (const resolve of waiting) resolve();
      waiting = [];
    },
    asked: () => asked,
  };
}

function hostWith(store: BoardStore, idleUnloadMs = 0): BoardHost {
  return new BoardHost(store, database, {
    compactAfterUpdates: 1000,
    compactAfterBytes: 10_000_000,
    idleUnloadMs,
    onError: (error) => {
      throw error;
    },
  });
}

const peer = (): BoardPeer & { received: Uint8Array[] } => {
  const received: Uint8Array[] = [];
  return { received, send: (m) => received.push(m), awarenessClients: new Set() };
};

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('board host', () => {
  it('gives connections that arrive while a board loads the one board that load makes', async () => {
    const slow = slowBoards();
    const host = hostWith(slow.store);
    const answered: number[] = [];
    const first = host.acquire('board1', (messages) => answered.push(messages.length));
    const second = host.acquire('board1', (messages) => answered.push(messages.length));
    await tick();
    expect(host.loadedCount).toBe(0);
    slow.open();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(slow.asked()).toBe(1);
    // Only the connection whose request started the load gets the stored answer.
    expect(answered).toHaveLength(1);
    // An edit through one is seen by a peer of the other.
    const p = peer();
    host.join(a!, p);
    host.join(b!, peer());
    createNote(b!.doc, { x: 0, y: 0, text: 'gemeinsam' });
    await tick();
    expect(p.received.length).toBeGreaterThan(0);
  });

  it('does not unload a board a waiting connection was given, when a server read of the same load ends first', async () => {
    const slow = slowBoards();
    const host = hostWith(slow.store);
    const connection = host.acquire('board1');
    const read = host.read('board1', (doc) => notesOf(doc).size);
    slow.open();
    expect(await read).toBe(0);
    const board = (await connection)!;
    await tick();
    expect(host.loadedCount).toBe(1);
    host.join(board, peer());
    createNote(board.doc, { x: 1, y: 1, text: 'bleibt' });
    await host.unloadAll();
    const again = hostWith(boards);
    expect(await again.read('board1', (doc) => readNotes(doc).map((n) => n.text))).toEqual(['bleibt']);
  });

  it('loads a board again only after its unload has stored everything', async () => {
    // The unload's question to the database takes a while; a load's does not.
    const slow = slowBoards({ access: false, exists: true });
    const host = hostWith(slow.store);
    const board = (await host.acquire('board1'))!;
    const p = peer();
    host.join(board, p);
    createNote(board.doc, { x: 0, y: 0, text: 'vor dem Entladen' });
    board.leave(p);
    // Unloads at once (idleUnloadMs 0); the next connection comes before that is stored.
    host.releaseLater(board);
    expect(host.loadedCount).toBe(0);
    const loading = host.acquire('board1');
    await tick();
    slow.open();
    const next = (await loading)!;
    expect(next).not.toBe(board);
    expect(readNotes(next.doc).map((n) => n.text)).toEqual(['vor dem Entladen']);
    host.release(next);
    await host.unloadAll();
  });

  it('puts a server update for a board that is loading into the loaded document', async () => {
    const slow = slowBoards({ access: true, exists: false });
    // Writes wait until `write()`: the load reads the log before the update could be stored.
    let write!: () => void;
    const writable = new Promise<void>((resolve) => (write = resolve));
    const remote: StoreDb = {
      ...database,
      sqlite: null,
      transaction: async (fn) => {
        await writable;
        return database.transaction(fn);
      },
    };
    const host = new BoardHost(slow.store, remote, {
      compactAfterUpdates: 1000,
      compactAfterBytes: 10_000_000,
      idleUnloadMs: 60_000,
      onError: () => undefined,
    });
    const connection = host.acquire('board1');
    const source = new Y.Doc();
    createNote(source, { x: 0, y: 0, text: 'importiert' });
    const stored = host.storeUpdate('board1', Y.encodeStateAsUpdate(source));
    slow.open();
    const board = (await connection)!;
    write();
    await stored;
    expect(readNotes(board.doc).map((n) => n.text)).toEqual(['importiert']);
    host.release(board);
    await host.unloadAll();
  });
});

describe('a board being deleted', () => {
  it('is not handed to a connection that was still opening it, nor loaded again', async () => {
    const slow = slowBoards({ access: true, exists: false });
    const host = hostWith(slow.store);
    const opening = host.acquire('board1');
    const retired = host.retire('board1');
    slow.open();
    expect(await opening).toBeUndefined();
    await retired;
    expect(await host.acquire('board1')).toBeUndefined();
    expect(host.loadedCount).toBe(0);
  });

  it('leaves memory with what it held stored, even while a connection holds it', async () => {
    const host = hostWith(boards);
    const board = (await host.acquire('board1'))!;
    createNote(board.doc, { x: 0, y: 0, text: 'zuletzt' });
    await host.retire('board1');
    expect(board.retired).toBe(true);
    expect(host.loadedCount).toBe(0);
    const again = hostWith(boards);
    expect(await again.read('board1', (doc) => readNotes(doc).map((n) => n.text))).toEqual(['zuletzt']);
  });
});
