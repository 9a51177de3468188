import { describe, expect, it } from 'vitest';
import { createNote, readNotes } from '@mutopia/shared';
import * as Y from 'yjs';
import { connectProvider, createBoard, destroyAll, serverPerTest, synced, waitFor } from './harness.js';
import { RawBoardClient } from './raw-board-client.js';

const suite = serverPerTest();

/** A board of `count` notes, stored, on a server restarted since: the next connection loads it. */
async function storedBoard(count: number): Promise<{ boardId: string; notes: string[] }> {
  const board = await createBoard(suite.server);
  const writer = connectProvider(suite.server, board.id);
  await synced(writer);
  for (let i = 0; i < count; i++) createNote(writer.doc, { x: i * 10, y: 0, text: `Notiz ${i}` });
  const notes = readNotes(writer.doc).map((n) => n.text);
  await waitFor(
    async () => (await suite.server.app.boardHost.read(board.id, (d) => readNotes(d).length)) === count,
    'the notes on the server',
  );
  destroyAll(writer);
  await suite.restart();
  return { boardId: board.id, notes };
}

describe('the connection that loads a board', () => {
  it('gets the whole board once: answered from the stored bytes, then only what it still lacks', async () => {
    const { boardId, notes } = await storedBoard(200);
    const reader = new RawBoardClient(suite.server.wsUrl, boardId);
    let beforeSynced = 0;
    let afterSynced = 0;
    reader.ws.on('message', (data: Buffer) => {
      if (reader.synced) afterSynced += data.byteLength;
      else beforeSynced += data.byteLength;
    });
    await waitFor(() => reader.synced, 'the reader synced');
    // Its sync step 1 (sent while the board loaded) is answered after the load: a ping-pong later it has been.
    const probe = connectProvider(suite.server, boardId);
    await synced(probe);
    await waitFor(() => readNotes(reader.doc).length === notes.length, 'every note at the reader');
    const state = Y.encodeStateAsUpdate(reader.doc).byteLength;
    expect(beforeSynced).toBeGreaterThanOrEqual(state);
    // Before: the answer to its step 1 was the whole board again (here ~2× the state in all).
    expect(afterSynced).toBeLessThan(state / 10);
    expect(
      readNotes(reader.doc)
        .map((n) => n.text)
        .sort(),
    ).toEqual([...notes].sort());
    reader.close();
    destroyAll(probe);
  });

  it('still sends and receives what the loading client wrote offline', async () => {
    const { boardId, notes } = await storedBoard(20);
    const doc = new Y.Doc();
    createNote(doc, { x: 0, y: 500, text: 'offline geschrieben' });
    const loader = connectProvider(suite.server, boardId, doc);
    await synced(loader);
    await waitFor(() => readNotes(loader.doc).length === notes.length + 1, 'the stored notes at the loader');
    const other = connectProvider(suite.server, boardId);
    await synced(other);
    await waitFor(() => readNotes(other.doc).length === notes.length + 1, 'the offline note at another client');
    destroyAll(loader, other);
  });
});
