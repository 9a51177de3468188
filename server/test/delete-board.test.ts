import { describe, expect, it } from 'vitest';
import { BOARD_DELETE_KEY_HEADER, createNote, notesOf, WS_CLOSE, type CreatedBoard } from '@mutopia/shared';
import { connectProvider, createWorkshop, destroyAll, serverPerTest, synced, waitFor } from './harness.js';
import { databaseBytes, marker } from './db-bytes.js';

const suite = serverPerTest();

async function createPlainBoard(title: string): Promise<CreatedBoard> {
  const response = await fetch(`${suite.server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedBoard;
}

function deleteBoard(boardId: string, key?: string): Promise<Response> {
  return fetch(`${suite.server.httpUrl}/api/boards/${boardId}`, {
    method: 'DELETE',
    headers: key === undefined ? {} : { [BOARD_DELETE_KEY_HEADER]: key },
  });
}

describe('deleting a plain board', () => {
  it('takes its creator key, closes its sockets with 4410 and leaves nothing of it in the database file', async () => {
    const title = marker('Tafel');
    const noteText = marker('Notiz');
    const board = await createPlainBoard(title);
    const other = await createPlainBoard('Andere Tafel');
    expect(board.deleteKey).toBeTruthy();

    const provider = connectProvider(suite.server, board.id);
    await synced(provider);
    const closes: { code: number; reason: string }[] = [];
    provider.ws?.addEventListener('close', (event) => closes.push({ code: event.code, reason: event.reason }));
    createNote(provider.doc, { x: 0, y: 0, text: noteText });
    const host = suite.server.app.boardHost;
    await waitFor(async () => (await host.read(board.id, (doc) => notesOf(doc).size)) === 1, 'the note on the server');
    expect(databaseBytes(suite.dataDir).includes(noteText)).toBe(true);

    // Without the key, with another board's key, or a workshop's board: refused.
    expect((await deleteBoard(board.id)).status).toBe(403);
    expect((await deleteBoard(board.id, other.deleteKey)).status).toBe(403);
    const workshop = await createWorkshop(suite.server);
    const stationBoard = Object.values(await suite.server.app.boards.stationBoards(workshop.workshopId))[0]!;
    expect((await deleteBoard(stationBoard, board.deleteKey)).status).toBe(404);

    const deleted = await deleteBoard(board.id, board.deleteKey);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ deleted: true });

    await waitFor(() => closes.length > 0, 'the board socket to close');
    expect(closes[0]).toEqual({ code: WS_CLOSE.boardDeleted.code, reason: WS_CLOSE.boardDeleted.reason });
    destroyAll(provider);

    const meta = await fetch(`${suite.server.httpUrl}/api/boards/${board.id}`);
    expect(meta.status).toBe(404);
    const bytes = databaseBytes(suite.dataDir);
    expect(bytes.includes(noteText)).toBe(false);
    expect(bytes.includes(title)).toBe(false);
    // The other board is untouched.
    expect((await fetch(`${suite.server.httpUrl}/api/boards/${other.id}`)).status).toBe(200);
    expect((await deleteBoard(board.id, board.deleteKey)).status).toBe(404);
  });
});
