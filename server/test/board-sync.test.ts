import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createNote, readNotes, setNoteText, updateNote, WS_CLOSE, YJS_PATH, LIMITS } from '@mutopia/shared';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { connectProvider, createBoard, destroyAll, synced, waitFor, serverPerTest } from './harness.js';

const suite = serverPerTest();

function rawSocket(boardId: string): WebSocket {
  return new WebSocket(`${suite.server.wsUrl}${YJS_PATH}/${boardId}`);
}

function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
}

function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

describe('board sync over the y-websocket protocol', () => {
  it('lets two providers edit one board and converge', async () => {
    const board = await createBoard(suite.server);
    const a = connectProvider(suite.server, board.id);
    const b = connectProvider(suite.server, board.id);
    await Promise.all([synced(a), synced(b)]);

    const fromA = createNote(a.doc, { x: 10, y: 10, text: 'von A' });
    const fromB = createNote(b.doc, { x: 300, y: 10, text: 'von B' });
    await waitFor(() => readNotes(a.doc).length === 2 && readNotes(b.doc).length === 2, 'both notes on both sides');
    // Concurrent edits to the same note: text merges, the position converges.
    setNoteText(a.doc, fromB, 'von B, ergänzt von A');
    updateNote(b.doc, fromA, { x: 42 });
    await waitFor(
      () =>
        JSON.stringify(readNotes(a.doc)) === JSON.stringify(readNotes(b.doc)) &&
        readNotes(a.doc).find((n) => n.id === fromA)?.x === 42,
      'convergence',
    );
    expect(readNotes(b.doc).find((n) => n.id === fromB)?.text).toBe('von B, ergänzt von A');
    destroyAll(a, b);
  });

  it('keeps everything through a restart on the same database file', async () => {
    const board = await createBoard(suite.server, 'Persistenz');
    const writer = connectProvider(suite.server, board.id);
    await synced(writer);
    for (let i = 0; i < 25; i++) createNote(writer.doc, { x: i * 10, y: 0, text: `Notiz ${i}` });
    const watcher = connectProvider(suite.server, board.id);
    await waitFor(() => readNotes(watcher.doc).length === 25, 'watcher to see the notes');
    destroyAll(writer, watcher);

    await suite.restart();
    const fresh = connectProvider(suite.server, board.id);
    await synced(fresh);
    const notes = readNotes(fresh.doc);
    expect(notes).toHaveLength(25);
    expect(notes.map((n) => n.text)).toContain('Notiz 24');
    destroyAll(fresh);
  });

  it('folds the update log into a snapshot once it grows past the threshold', async () => {
    await suite.restart({ COMPACT_AFTER_UPDATES: 10 });
    const board = await createBoard(suite.server);
    const writer = connectProvider(suite.server, board.id);
    await synced(writer);
    const id = createNote(writer.doc, { x: 0, y: 0 });
    for (let i = 0; i < 35; i++) updateNote(writer.doc, id, { x: i });
    const watcher = connectProvider(suite.server, board.id);
    await waitFor(() => readNotes(watcher.doc)[0]?.x === 34, 'last move to arrive');
    const { db, t } = suite.server.app.database;
    const rows = await db.select().from(t.boardUpdates).where(eq(t.boardUpdates.boardId, board.id));
    expect(rows.length).toBeLessThan(10);
    destroyAll(writer, watcher);

    await suite.restart();
    const fresh = connectProvider(suite.server, board.id);
    await synced(fresh);
    expect(readNotes(fresh.doc)[0]?.x).toBe(34);
    destroyAll(fresh);
  });

  it('refuses an unknown board name without loading a document', async () => {
    const ws = rawSocket('no-such-board');
    const status = await new Promise<number>((resolve) =>
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(404);
    expect(suite.server.app.boardHost.loadedCount).toBe(0);

    const provider = connectProvider(suite.server, 'Unknown_Board');
    await new Promise((resolve) => provider.once('connection-error', resolve));
    expect(provider.synced).toBe(false);
    expect(suite.server.app.boardHost.loadedCount).toBe(0);
    destroyAll(provider);
  });

  it('closes only the connection that sends an oversize message', async () => {
    const board = await createBoard(suite.server);
    const good = connectProvider(suite.server, board.id);
    await synced(good);
    const bad = rawSocket(board.id);
    await opened(bad);
    const badClosed = closed(bad);
    bad.send(new Uint8Array(LIMITS.wsMaxMessageBytes + 1024));
    expect((await badClosed).code).toBe(1009);

    const other = connectProvider(suite.server, board.id);
    await synced(other);
    createNote(good.doc, { x: 0, y: 0, text: 'noch da' });
    await waitFor(() => readNotes(other.doc)[0]?.text === 'noch da', 'the good connection to keep syncing');
    expect(good.wsconnected).toBe(true);
    destroyAll(good, other);
  });

  it('closes a connection that sends an undecodable message, with a named reason', async () => {
    const board = await createBoard(suite.server);
    const ws = rawSocket(board.id);
    await opened(ws);
    const result = closed(ws);
    ws.send(new Uint8Array([0, 1, 200, 200, 200, 200, 200])); // sync step 2 whose length runs past the end
    expect(await result).toEqual({ code: WS_CLOSE.undecodable.code, reason: WS_CLOSE.undecodable.reason });
  });

  it('ignores a forged awareness update that removes or overwrites another client', async () => {
    const board = await createBoard(suite.server);
    const victim = connectProvider(suite.server, board.id);
    const observer = connectProvider(suite.server, board.id);
    await Promise.all([synced(victim), synced(observer)]);
    victim.awareness.setLocalStateField('user', { name: 'Ada' });
    const victimId = victim.awareness.clientID;
    await waitFor(() => observer.awareness.getStates().get(victimId)?.user?.name === 'Ada', 'observer to see Ada');

    const attacker = rawSocket(board.id);
    await opened(attacker);
    const clock = victim.awareness.meta.get(victimId)!.clock;
    const forge = (state: string): Uint8Array => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, victimId);
      encoding.writeVarUint(inner, clock + 5);
      encoding.writeVarString(inner, state);
      const outer = encoding.createEncoder();
      encoding.writeVarUint(outer, 1); // awareness message
      encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
      return encoding.toUint8Array(outer);
    };
    attacker.send(forge('null'));
    attacker.send(forge(JSON.stringify({ user: { name: 'Mallory' } })));

    // A later, legitimate change still arrives, so the forged ones had their chance to.
    victim.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
    await waitFor(() => observer.awareness.getStates().get(victimId)?.cursor?.x === 1, 'the real cursor');
    expect(observer.awareness.getStates().get(victimId)?.user?.name).toBe('Ada');
    const serverBoard = [...suite.server.app.boardHost.loaded()][0]!;
    expect(serverBoard.awareness.getStates().get(victimId)?.user?.name).toBe('Ada');
    attacker.close();
    destroyAll(victim, observer);
  });

  it('removes a client’s presence when its connection closes', async () => {
    const board = await createBoard(suite.server);
    const leaving = connectProvider(suite.server, board.id);
    const staying = connectProvider(suite.server, board.id);
    await Promise.all([synced(leaving), synced(staying)]);
    leaving.awareness.setLocalStateField('user', { name: 'Bea' });
    const id = leaving.awareness.clientID;
    await waitFor(() => staying.awareness.getStates().has(id), 'Bea to appear');
    // Terminate without the provider's own goodbye message: the server must clean up.
    (leaving.ws as unknown as WebSocket).terminate();
    leaving.shouldConnect = false;
    await waitFor(() => !staying.awareness.getStates().has(id), 'Bea to disappear');
    destroyAll(leaving, staying);
  });

  it('unloads a board when its last client leaves', async () => {
    const board = await createBoard(suite.server);
    const p = connectProvider(suite.server, board.id);
    await synced(p);
    expect(suite.server.app.boardHost.loadedCount).toBe(1);
    destroyAll(p);
    await waitFor(() => suite.server.app.boardHost.loadedCount === 0, 'board to unload');
  });
});
