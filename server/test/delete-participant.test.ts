import { describe, expect, it } from 'vitest';
import { createNote, notesOf, readNotes, workshopViewSchema, type Ack } from '@mutopia/shared';
import {
  api,
  connectProvider,
  connectSession,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
} from './harness.js';
import { databaseBytes, marker } from './db-bytes.js';

const suite = serverPerTest();

describe('removing a person', () => {
  it('leaves their name nowhere in the database file; their note stays, without a name', async () => {
    const name = marker('Max');
    const created = await createWorkshop(suite.server);
    const joined = await joinWorkshop(suite.server, created.joinCode, name);
    const view = await api(
      suite.server,
      'GET',
      `/api/workshops/${created.workshopId}`,
      undefined,
      created.facilitatorToken,
    );
    const boardId = Object.values(workshopViewSchema.parse(view.body).boards)[0]!;
    const provider = connectProvider(suite.server, boardId, undefined, joined.token);
    await synced(provider);
    createNote(provider.doc, { x: 0, y: 0, text: 'Bleibt stehen' });
    const host = suite.server.app.boardHost;
    await waitFor(async () => (await host.read(boardId, (doc) => notesOf(doc).size)) === 1, 'the note on the server');
    expect(databaseBytes(suite.dataDir).includes(name)).toBe(true);

    const console = await connectSession(suite.server, created.facilitatorToken);
    const ack = await new Promise<Ack>((resolve) =>
      console.socket.emit('roster:edit', { type: 'remove', participantId: joined.participantId }, resolve),
    );
    expect(ack).toEqual({ ok: true });

    expect(databaseBytes(suite.dataDir).includes(name)).toBe(false);
    expect(await host.read(boardId, (doc) => readNotes(doc).map((n) => n.text))).toEqual(['Bleibt stehen']);
    destroyAll(provider);
    console.close();
  });
});
