import { LIMITS, WS_CLOSE, YJS_PATH, createNote, notesOf, readNotes } from '@mutopia/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeUpdate } from '../src/yjs/messages.js';
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

let server: RunningServer;
let data: ReturnType<typeof tempDataDir>;

async function start(overrides: Parameters<typeof startServer>[1] = {}): Promise<RunningServer> {
  data = tempDataDir();
  server = await startServer(data.dir, overrides);
  return server;
}

afterEach(async () => {
  await server.close();
  data.remove();
});

/** A raw WebSocket on a board: what a hostile participant would use instead of the provider. */
async function rawSocket(
  boardId: string,
): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  const ws = new WebSocket(`${server.wsUrl}${YJS_PATH}/${boardId}`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, closed };
}

/** Opens `count` sockets on the board at once; how many got in and with which HTTP status the others were refused. */
async function openMany(boardId: string, count: number): Promise<{ opened: WebSocket[]; refused: number[] }> {
  const results = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<WebSocket | number>((resolve) => {
          const ws = new WebSocket(`${server.wsUrl}${YJS_PATH}/${boardId}`);
          ws.once('open', () => resolve(ws));
          ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
          ws.once('error', () => resolve(-1));
        }),
    ),
  );
  return {
    opened: results.filter((r): r is WebSocket => typeof r !== 'number'),
    refused: results.filter((r): r is number => typeof r === 'number'),
  };
}

describe('hostile Yjs input', () => {
  it('refuses the ten-byte struct-count bomb with its own close reason, and the board stays usable', async () => {
    await start();
    const board = await createBoard(server);
    const { ws, closed } = await rawSocket(board.id);
    ws.send(Buffer.from([0x00, 0x02, 0x07, 0x01, 0xff, 0xff, 0xff, 0x0f, 0x05, 0x00]));
    expect(await closed).toEqual({ code: WS_CLOSE.malformedUpdate.code, reason: WS_CLOSE.malformedUpdate.reason });

    const writer = connectProvider(server, board.id);
    await synced(writer);
    createNote(writer.doc, { x: 1, y: 2, text: 'still here' });
    const reader = connectProvider(server, board.id);
    await synced(reader);
    await waitFor(() => readNotes(reader.doc).some((n) => n.text === 'still here'), 'note to arrive');
    destroyAll(writer, reader);
  });

  it('limits board (re)connects per address to its burst and refill', async () => {
    await start({ YJS_CONNECT_BURST: 6, YJS_CONNECTS_PER_SECOND: 0.1 });
    const board = await createBoard(server);
    const { opened, refused } = await openMany(board.id, 10);
    expect(opened).toHaveLength(6);
    expect(refused).toEqual([429, 429, 429, 429]);
    for (const ws of opened) ws.close();
  });

  it('closes a writer with "board full" at the size cap, keeps the board below it and still takes deletions', async () => {
    const cap = 64 * 1024;
    await start({ BOARD_MAX_BYTES: cap });
    const board = await createBoard(server);
    const writer = connectProvider(server, board.id);
    await synced(writer);
    const closes: Array<{ code: number; reason: string }> = [];
    writer.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (event) closes.push({ code: event.code, reason: event.reason });
    });
    const text = 'x'.repeat(LIMITS.noteTextMaxLength - 10);
    for (let i = 0; i < 60 && closes.length === 0; i++) {
      createNote(writer.doc, { x: i, y: i, text: `${i} ${text}` });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitFor(() => closes.length > 0, 'the writer to be closed');
    expect(closes[0]).toEqual({ code: WS_CLOSE.boardFull.code, reason: WS_CLOSE.boardFull.reason });

    const reader = connectProvider(server, board.id);
    await synced(reader);
    const stored = readNotes(reader.doc);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(60);
    expect(Y.encodeStateAsUpdate(reader.doc).byteLength).toBeLessThanOrEqual(cap);
    // A full board can still be tidied up.
    const victim = stored[0]!.id;
    notesOf(reader.doc).delete(victim);
    const checker = connectProvider(server, board.id);
    await synced(checker);
    await waitFor(() => !notesOf(checker.doc).has(victim), 'the deletion to be stored');
    destroyAll(writer, reader, checker);
  });

  it('cuts a note text past its cap back for everyone and closes the writer with "text too long"', async () => {
    await start();
    const board = await createBoard(server);
    const writer = connectProvider(server, board.id);
    const reader = connectProvider(server, board.id);
    await Promise.all([synced(writer), synced(reader)]);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      writer.on('connection-close', (event: { code: number; reason: string } | null) => event && resolve(event)),
    );
    const id = createNote(writer.doc, { x: 0, y: 0, text: 'kurz' });
    // Past what setNoteText allows: straight into the note's Y.Text, as a hostile client could.
    (notesOf(writer.doc).get(id)!.get('text') as Y.Text).insert(4, 'y'.repeat(50_000));
    const event = await closed;
    expect({ code: event.code, reason: event.reason }).toEqual({
      code: WS_CLOSE.textTooLong.code,
      reason: WS_CLOSE.textTooLong.reason,
    });
    await waitFor(() => readNotes(reader.doc).some((n) => n.id === id), 'the note to reach the reader');
    const seen = notesOf(reader.doc).get(id)!.get('text') as Y.Text;
    await waitFor(() => seen.length === LIMITS.noteTextMaxLength, 'the text to be cut back');
    expect(seen.toString().startsWith('kurzyyy')).toBe(true);
    destroyAll(writer, reader);
  });

  it('closes a connection whose updates wait for a missing earlier one past the pending cap', async () => {
    await start();
    const board = await createBoard(server);
    // Keeps the board loaded, so what it holds can be looked at afterwards.
    const watcher = connectProvider(server, board.id);
    await synced(watcher);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const text = doc.getText('gap');
    text.insert(0, 'first');
    for (let i = 0; i < 40; i++) text.insert(text.length, 'z'.repeat(10_000));
    const { ws, closed } = await rawSocket(board.id);
    // Everything but the first update: all of it depends on the missing one (a clock gap).
    for (const update of updates.slice(1)) ws.send(encodeUpdate(update));
    expect(await closed).toEqual({ code: WS_CLOSE.pendingOverflow.code, reason: WS_CLOSE.pendingOverflow.reason });
    const hosted = [...server.app.boardHost.loaded()].find((b) => b.id === board.id);
    expect(hosted).toBeDefined();
    expect(hosted!.doc.store.pendingStructs).toBeNull();
    doc.destroy();
    destroyAll(watcher);
  });
});
