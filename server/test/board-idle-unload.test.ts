import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, readNotes, setNoteText, updateNote } from '@mutopia/shared';
import { eq } from 'drizzle-orm';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket } from 'ws';
import { YJS_PATH } from '@mutopia/shared';
import {
  connectProvider,
  createBoard,
  destroyAll,
  startServer,
  synced,
  tempDataDir,
  waitFor,
  type RunningServer,
} from './harness.js';

const MAIN = resolve(import.meta.dirname, '../src/main.ts');

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function server(overrides: Parameters<typeof startServer>[1]): Promise<RunningServer> {
  const data = tempDataDir();
  const running = await startServer(data.dir, overrides);
  cleanups.push(data.remove, running.close);
  return running;
}

/** What the store holds for a board, read the way store code reads it (SQLite or PostgreSQL alike). */
async function rows(
  running: RunningServer,
  boardId: string,
): Promise<{ updates: number; snapshot: Uint8Array | undefined }> {
  const { db, t } = running.app.database;
  const updates = (await db.select().from(t.boardUpdates).where(eq(t.boardUpdates.boardId, boardId))).length;
  const snapshot = (await db.select().from(t.boardSnapshots).where(eq(t.boardSnapshots.boardId, boardId)))[0]?.data;
  return { updates, snapshot };
}

/** The server as `pnpm start` runs it, in its own process, so it can be killed hard. */
async function spawnServer(dataDir: string, env: Record<string, string>): Promise<ChildProcess & { url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_BOARD: 'false', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(() => void child.kill('SIGKILL'));
  const port = await new Promise<string>((resolvePort, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /running at http:\/\/localhost:(\d+)/.exec(line);
      if (match) resolvePort(match[1]!);
    });
  });
  return Object.assign(child, { url: `127.0.0.1:${port}` });
}

describe('a board after its last client left', () => {
  it('stays loaded for the idle period, and a reconnect gets the same document without a reload', async () => {
    const running = await server({ BOARD_IDLE_UNLOAD_MS: 600_000 });
    const host = running.app.boardHost;
    const board = await createBoard(running);
    const writer = connectProvider(running, board.id);
    await synced(writer);
    for (let i = 0; i < 5; i++) createNote(writer.doc, { x: i, y: 0, text: `vorher ${i}` });
    await waitFor(async () => (await rows(running, board.id)).updates === 5, 'the notes on disk');
    const hosted = [...host.loaded()][0]!;
    destroyAll(writer);
    await waitFor(() => hosted.peers.size === 0, 'the server to see the client leave');

    expect(host.loadedCount).toBe(1);
    // Nothing was folded: an unload would have compacted the log into the snapshot.
    expect((await rows(running, board.id)).updates).toBe(5);

    const back = connectProvider(running, board.id);
    await synced(back);
    expect([...host.loaded()]).toEqual([hosted]);
    expect(readNotes(back.doc).map((n) => n.text)).toEqual([0, 1, 2, 3, 4].map((i) => `vorher ${i}`));
    destroyAll(back);
  });

  it('is unloaded and its log folded into the snapshot once the idle period has passed', async () => {
    const running = await server({ BOARD_IDLE_UNLOAD_MS: 300 });
    const host = running.app.boardHost;
    const board = await createBoard(running);
    const writer = connectProvider(running, board.id);
    await synced(writer);
    for (let i = 0; i < 8; i++) createNote(writer.doc, { x: i, y: 0, text: `N${i}` });
    await waitFor(async () => (await rows(running, board.id)).updates === 8, 'the notes on disk');
    destroyAll(writer);

    await waitFor(() => host.loadedCount === 0, 'the board to unload');
    // The fold is written after the board left memory (at once on SQLite, awaited on PostgreSQL).
    await waitFor(async () => (await rows(running, board.id)).updates === 0, 'the log folded into the snapshot');
    const stored = await rows(running, board.id);
    expect(stored.updates).toBe(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot!);
    expect(readNotes(doc)).toHaveLength(8);

    const reader = connectProvider(running, board.id);
    await synced(reader);
    expect(readNotes(reader.doc)).toHaveLength(8);
    destroyAll(reader);
  });

  it('keeps what its clients wrote when the server is killed while the board waits', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const first = await spawnServer(data.dir, { BOARD_IDLE_UNLOAD_MS: '600000' });
    const target = { httpUrl: `http://${first.url}`, wsUrl: `ws://${first.url}` };
    const board = await createBoard(target);
    const writer = connectProvider(target, board.id);
    const peer = connectProvider(target, board.id);
    await Promise.all([synced(writer), synced(peer)]);
    for (let i = 0; i < 30; i++) createNote(writer.doc, { x: i, y: 0, text: `bleibt ${i}` });
    await waitFor(() => readNotes(peer.doc).length === 30, 'the peer to see every note');
    destroyAll(writer, peer);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    first.kill('SIGKILL');
    await new Promise((resolveExit) => first.once('exit', resolveExit));

    const second = await spawnServer(data.dir, {});
    const again = { httpUrl: `http://${second.url}`, wsUrl: `ws://${second.url}` };
    const fresh = connectProvider(again, board.id);
    await synced(fresh);
    expect(readNotes(fresh.doc)).toHaveLength(30);
    destroyAll(fresh);
    // Two server starts through tsx: on a busy shared machine they alone can take most of the default 30 s.
  }, 90_000);
});

describe('loading a board from a long log', () => {
  it('gives the same content as the writers had, from 1,400 updates of two writers', async () => {
    const running = await server({ COMPACT_AFTER_UPDATES: 1_000_000, COMPACT_AFTER_BYTES: 1_000_000_000 });
    const board = await createBoard(running);
    // Two writers that see each other's edits late, as on a real board: the log interleaves them.
    const a = new Y.Doc();
    const b = new Y.Doc();
    const log: Uint8Array[] = [];
    a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'sync' && log.push(u));
    b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'sync' && log.push(u));
    const ids = [
      ...Array.from({ length: 40 }, (_, i) => createNote(a, { x: i, y: 0, text: `A${i}` })),
      ...Array.from({ length: 40 }, (_, i) => createNote(b, { x: i, y: 1, text: `B${i}` })),
    ];
    for (let round = 0; round < 14; round++) {
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'sync');
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'sync');
      for (let i = 0; i < 50; i++) {
        updateNote(a, ids[(round * 7 + i) % ids.length]!, { x: round * 100 + i });
        updateNote(b, ids[(round * 11 + i) % ids.length]!, { y: round * 100 + i });
      }
    }
    setNoteText(a, ids[3]!, 'zuletzt geändert');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'sync');
    expect(log.length).toBeGreaterThan(1400);
    const { db, t } = running.app.database;
    await db.insert(t.boardUpdates).values(log.map((u) => ({ boardId: board.id, data: Buffer.from(u) })));

    const reader = connectProvider(running, board.id);
    await synced(reader);
    const byId = (doc: Y.Doc) => readNotes(doc).sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(reader.doc)).toEqual(byId(a));
    expect(byId(reader.doc).find((n) => n.id === ids[3])?.text).toBe('zuletzt geändert');
    destroyAll(reader);
  });
});

describe('opening a board nobody has open', () => {
  it('sends the whole stored board first, before the server has loaded its own copy', async () => {
    const running = await server({});
    const board = await createBoard(running);
    const writer = connectProvider(running, board.id);
    await synced(writer);
    for (let i = 0; i < 20; i++) createNote(writer.doc, { x: i, y: 0, text: `gespeichert ${i}` });
    await waitFor(async () => (await rows(running, board.id)).updates === 20, 'the notes on disk');
    destroyAll(writer);
    await waitFor(() => running.app.boardHost.loadedCount === 0, 'the board to unload');

    // A client reads what arrives until the server's own sync step 1, which comes from its loaded document.
    const doc = new Y.Doc();
    const ws = new WebSocket(`${running.wsUrl}${YJS_PATH}/${board.id}`);
    ws.binaryType = 'nodebuffer';
    const before = await new Promise<number[]>((resolveTypes, reject) => {
      const types: number[] = [];
      ws.on('error', reject);
      ws.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(decoder) !== 0) return;
        const type = syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server');
        if (type === syncProtocol.messageYjsSyncStep1) resolveTypes(types);
        else types.push(type);
      });
    });
    ws.close();
    expect(before.at(-1)).toBe(syncProtocol.messageYjsSyncStep2);
    expect(readNotes(doc)).toHaveLength(20);
  });
});
