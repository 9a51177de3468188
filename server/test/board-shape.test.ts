import { WS_CLOSE, YJS_PATH, createNote, readNotes } from '@mutopia/shared';
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
import { databaseBytes, marker } from './db-bytes.js';

let server: RunningServer;
let data: ReturnType<typeof tempDataDir>;

afterEach(async () => {
  await server.close();
  data.remove();
});

/** Sends one update over a raw WebSocket and resolves with how the server closed it. */
async function sendRaw(boardId: string, update: Uint8Array): Promise<{ code: number; reason: string }> {
  const ws = new WebSocket(`${server.wsUrl}${YJS_PATH}/${boardId}`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(encodeUpdate(update));
  return closed;
}

/** `depth` maps, each inside the one before, hung into the board's notes. */
function nestedMaps(depth: number, label: string, root = 'notes'): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    let map = doc.getMap(root);
    for (let i = 0; i < depth; i++) {
      const child = new Y.Map();
      map.set('deeper', child);
      map = child;
    }
    map.set('marker', label);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** What a newcomer's copy of the board holds. */
async function reload(boardId: string): Promise<{ notes: string[]; roots: string[]; json: string }> {
  const reader = connectProvider(server, boardId);
  await synced(reader);
  const doc = reader.doc;
  const seen = {
    notes: readNotes(doc)
      .map((n) => n.text)
      .sort(),
    roots: [...doc.share.keys()],
    json: JSON.stringify(doc.toJSON()),
  };
  destroyAll(reader);
  return seen;
}

describe('board shape at write time', () => {
  it('refuses 20,000 nested maps and a top-level type the board has not, storing nothing of them', async () => {
    data = tempDataDir();
    server = await startServer(data.dir);
    const board = await createBoard(server);
    const writer = connectProvider(server, board.id);
    await synced(writer);
    createNote(writer.doc, { x: 1, y: 2, text: 'earlier note' });
    expect((await reload(board.id)).notes).toEqual(['earlier note']);

    const deep = marker('deep');
    const elsewhere = marker('elsewhere');
    const refused = { code: WS_CLOSE.malformedUpdate.code, reason: WS_CLOSE.malformedUpdate.reason };
    expect(await sendRaw(board.id, nestedMaps(20_000, deep))).toEqual(refused);
    expect(await sendRaw(board.id, nestedMaps(1, elsewhere, 'elsewhere'))).toEqual(refused);
    // Two levels more than a note's text: refused as well, not only absurd depths.
    expect(await sendRaw(board.id, nestedMaps(3, deep))).toEqual(refused);

    // The writer's own connection was not touched and still writes.
    createNote(writer.doc, { x: 5, y: 5, text: 'later note' });
    const reader = connectProvider(server, board.id);
    await synced(reader);
    await waitFor(() => readNotes(reader.doc).length === 2, 'later note');
    destroyAll(writer, reader);
    await server.close();

    // Nothing of the refused updates reached the database.
    const bytes = databaseBytes(data.dir);
    expect(bytes.includes('later note')).toBe(true);
    expect(bytes.includes(deep)).toBe(false);
    expect(bytes.includes(elsewhere)).toBe(false);

    // After a restart the board loads with its notes and nothing else.
    server = await startServer(data.dir);
    const seen = await reload(board.id);
    expect(seen.notes).toEqual(['earlier note', 'later note']);
    expect(seen.roots).not.toContain('elsewhere');
    expect(seen.json).not.toContain('deeper');
  });
});
