import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNote, deleteNotes, notesOf } from '@mutopia/shared';
import { boardSnapshots } from '../src/db/schema.js';
import { connectProvider, createBoard, destroyAll, serverPerTest, synced, waitFor } from './harness.js';
import { databaseBytes, marker } from './db-bytes.js';

const suite = serverPerTest();

describe('a deleted note leaves no trace', () => {
  it('is not in the snapshot written after the deletion, nor in the database file after shutdown', async () => {
    const secret = marker('Geheimnotiz');
    const board = await createBoard(suite.server);
    const writer = connectProvider(suite.server, board.id);
    await synced(writer);
    const noteId = createNote(writer.doc, { x: 0, y: 0, text: `${secret} ${'lang '.repeat(200)}` });
    const host = suite.server.app.boardHost;
    await waitFor(
      async () => (await host.read(board.id, (doc) => notesOf(doc).has(noteId))) === true,
      'the note on the server',
    );
    deleteNotes(writer.doc, [noteId]);
    await waitFor(
      async () => (await host.read(board.id, (doc) => notesOf(doc).size)) === 0,
      'the deletion on the server',
    );

    // The last client leaves: the board is unloaded and its log compacted into a snapshot.
    destroyAll(writer);
    await waitFor(() => host.loadedCount === 0, 'the board to unload');
    const snapshot = suite.server.app.database.db
      .select({ data: boardSnapshots.data })
      .from(boardSnapshots)
      .where(eq(boardSnapshots.boardId, board.id))
      .get();
    expect(snapshot).toBeDefined();
    expect(snapshot!.data.includes(secret)).toBe(false);

    await suite.server.close();
    expect(databaseBytes(suite.dataDir).includes(secret)).toBe(false);
    await suite.restart();
  });
});
