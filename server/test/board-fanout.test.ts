import { describe, expect, it } from 'vitest';
import { createNote, readNotes, WS_CLOSE } from '@mutopia/shared';
import * as Y from 'yjs';
import { createBoard, serverPerTest, startServer, tempDataDir, waitFor } from './harness.js';
import { localUpdates, RawBoardClient } from './raw-board-client.js';

const suite = serverPerTest();

async function joined(boardId: string, server = suite.server): Promise<RawBoardClient> {
  const client = new RawBoardClient(server.wsUrl, boardId);
  await waitFor(() => client.synced, 'initial sync');
  return client;
}

describe('how a board relays updates and presence', () => {
  it("sends a quick burst of one writer's edits to the others as one message, and never back to the writer", async () => {
    const board = await createBoard(suite.server);
    const [a, b, c] = await Promise.all([joined(board.id), joined(board.id), joined(board.id)]);

    const burst = localUpdates(a, (doc) => {
      createNote(doc, { x: 0, y: 0, text: 'eins' });
      createNote(doc, { x: 200, y: 0, text: 'zwei' });
      createNote(doc, { x: 400, y: 0, text: 'drei' });
    });
    expect(burst).toHaveLength(3);
    a.sendUpdates(burst);
    await waitFor(() => readNotes(c.doc).length === 3 && readNotes(b.doc).length === 3, 'the burst at b and c');
    expect(c.updates).toHaveLength(1);
    expect(b.updates).toHaveLength(1);

    // b's answer comes after the burst: once a has it, an echo of a's own burst would have come before.
    b.sendUpdates(localUpdates(b, (doc) => createNote(doc, { x: 0, y: 300, text: 'von b' })));
    await waitFor(() => readNotes(a.doc).length === 4, "b's note at a");
    expect(a.updates).toHaveLength(1);
    const received = new Y.Doc();
    Y.applyUpdate(received, a.updates[0]!);
    expect(readNotes(received).map((n) => n.text)).toEqual(['von b']);
    for (const client of [a, b, c]) client.close();
  });

  it('relays cursors between two people, the latest position last, and no one gets their own back', async () => {
    const board = await createBoard(suite.server);
    const [a, b] = await Promise.all([joined(board.id), joined(board.id)]);
    for (let x = 1; x <= 5; x++) a.sendPresence({ user: { name: 'A', color: '#112233' }, cursor: { x, y: 0 } }, x);
    b.sendPresence({ user: { name: 'B', color: '#445566' }, cursor: { x: 9, y: 9 } }, 1);

    const cursorOf = (client: RawBoardClient, id: number) =>
      (client.awareness.getStates().get(id) as { cursor?: { x: number } } | undefined)?.cursor;
    await waitFor(() => cursorOf(b, a.doc.clientID)?.x === 5, "a's last cursor at b");
    await waitFor(() => cursorOf(a, b.doc.clientID)?.x === 9, "b's cursor at a");
    // Five moves within one tick reach b in fewer messages than moves.
    expect(b.presence.filter((ids) => ids.includes(a.doc.clientID)).length).toBeLessThan(5);
    expect(a.presence.flat()).not.toContain(a.doc.clientID);
    expect(b.presence.flat()).not.toContain(b.doc.clientID);
    a.close();
    b.close();
  });
});

describe('people per board', () => {
  it('closes a connection over BOARD_MAX_PEOPLE with 4503, and lets the next one in once someone left', async () => {
    const data = tempDataDir();
    const server = await startServer(data.dir, { BOARD_MAX_PEOPLE: 2 });
    try {
      const board = await createBoard(server);
      const first = await joined(board.id, server);
      const second = await joined(board.id, server);
      const third = new RawBoardClient(server.wsUrl, board.id);
      await waitFor(() => third.closeCode !== undefined, 'the third connection closed');
      expect(third.closeCode).toBe(WS_CLOSE.boardCrowded.code);
      expect(third.synced).toBe(false);

      first.close();
      await waitFor(() => server.app.boardHost.loaded().next().value?.peers.size === 1, 'the first gone');
      const fourth = await joined(board.id, server);
      expect(fourth.closeCode).toBeUndefined();
      for (const client of [second, third, fourth]) client.close();
    } finally {
      await server.close();
      data.remove();
    }
  });
});
