import { describe, expect, it } from 'vitest';
import { createNote, notesOf, PROTOCOL_VERSION, WS_CLOSE, workshopViewSchema } from '@mutopia/shared';
import {
  api,
  connectProvider,
  connectSession,
  connectSocket,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
} from './harness.js';
import { databaseBytes, marker } from './db-bytes.js';

const suite = serverPerTest();

describe('deleting a workshop', () => {
  it('removes its boards, people and title from the database file at once, and closes what is open', async () => {
    const title = marker('Titel');
    const name = marker('Erika');
    const noteText = marker('Notiz');
    const created = await createWorkshop(suite.server, 'weiterbildungskonferenz', { title });
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
    const closes: number[] = [];
    provider.ws?.addEventListener('close', (event) => closes.push(event.code));
    createNote(provider.doc, { x: 0, y: 0, text: noteText });
    const host = suite.server.app.boardHost;
    await waitFor(async () => (await host.read(boardId, (doc) => notesOf(doc).size)) === 1, 'the note on the server');
    const session = await connectSession(suite.server, joined.token);
    const ended: unknown[] = [];
    session.socket.on('session:ended', (payload: unknown) => ended.push(payload));
    expect(databaseBytes(suite.dataDir).includes(name)).toBe(true);

    // Only the facilitator may delete: not a participant.
    const refused = await api(suite.server, 'DELETE', `/api/workshops/${created.workshopId}`, undefined, joined.token);
    expect(refused.status).toBe(403);

    const deleted = await api(
      suite.server,
      'DELETE',
      `/api/workshops/${created.workshopId}`,
      undefined,
      created.facilitatorToken,
    );
    expect(deleted.body).toEqual({ deleted: true });

    // Everything that was open closes, and nothing opens again.
    await waitFor(() => closes.length > 0, 'the board socket to close');
    expect(closes[0]).toBe(WS_CLOSE.workshopDeleted.code);
    await waitFor(() => !session.socket.connected, 'the session socket to close');
    // Screens are told why, and a screen that comes back later hears the same instead of "no access".
    expect(ended).toEqual([{ workshopId: created.workshopId, reason: 'deleted' }]);
    const late = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token: joined.token });
    const refusal = await new Promise<string>((resolve) =>
      late.once('connect_error', (error) => resolve(error.message)),
    );
    expect(refusal).toBe('workshop_deleted');
    late.close();
    const again = await api(
      suite.server,
      'GET',
      `/api/workshops/${created.workshopId}`,
      undefined,
      created.facilitatorToken,
    );
    // Its genuine links say "deleted" (410), not "no access", to the page and to a board's ticket.
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ error: { code: 'workshop_deleted' } });
    const ticket = await api(suite.server, 'POST', `/api/boards/${boardId}/ticket`, undefined, joined.token);
    expect(ticket.status).toBe(410);
    const stranger = await api(suite.server, 'POST', `/api/boards/${boardId}/ticket`, undefined, 'not-a-token');
    expect(stranger.status).toBe(404);
    expect((await api(suite.server, 'GET', `/api/join/${created.joinCode}`)).status).toBe(404);
    expect(await suite.server.app.boards.exists(boardId)).toBe(false);

    // Nothing readable is left in the file while the server runs, nor after it stops.
    for (const secret of [title, name, noteText]) expect(databaseBytes(suite.dataDir).includes(secret)).toBe(false);
    destroyAll(provider);
    session.close();
    await suite.server.close();
    for (const secret of [title, name, noteText]) expect(databaseBytes(suite.dataDir).includes(secret)).toBe(false);
    await suite.restart();
  });

  it('is refused to a co-facilitator and to someone without a token', async () => {
    const created = await createWorkshop(suite.server);
    const co = await api<{ token: string }>(suite.server, 'POST', `/api/workshops/${created.workshopId}/login`, {
      secret: created.cofacilitatorSecret,
    });
    expect(
      (await api(suite.server, 'DELETE', `/api/workshops/${created.workshopId}`, undefined, co.body.token)).status,
    ).toBe(403);
    expect((await api(suite.server, 'DELETE', `/api/workshops/${created.workshopId}`)).status).toBe(401);
    const still = await api(
      suite.server,
      'GET',
      `/api/workshops/${created.workshopId}`,
      undefined,
      created.facilitatorToken,
    );
    expect(still.status).toBe(200);
  });
});
