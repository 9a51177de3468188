import { describe, expect, it } from 'vitest';
import {
  createNote,
  PROTOCOL_VERSION,
  readNotes,
  WS_CLOSE,
  workshopViewSchema,
  type ParticipantRelink,
  type RosterEntry,
  type RotatedCofacilitatorSecret,
  type TokenResponse,
} from '@mutopia/shared';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  api,
  boardTicket,
  connectProvider,
  connectSession,
  connectSocket,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
  type SessionClient,
} from './harness.js';

const suite = serverPerTest();

async function setup() {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
  const view = await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken);
  const boardId = workshopViewSchema.parse(view.body).boards['space-team-1']!;
  return { w, boardId };
}

async function cofacilitatorToken(workshopId: string, secret: string): Promise<{ status: number; token: string }> {
  const login = await api<TokenResponse>(suite.server, 'POST', `/api/workshops/${workshopId}/login`, { secret });
  return { status: login.status, token: login.body.token };
}

async function viewerToken(workshopId: string, facilitatorToken: string, projectorId: string): Promise<string> {
  const res = await api<TokenResponse>(
    suite.server,
    'POST',
    `/api/workshops/${workshopId}/viewer-token`,
    { projectorId },
    facilitatorToken,
  );
  expect(res.status).toBe(200);
  return res.body.token;
}

/** The status of a POST without a body (the projector route answers 204). */
async function post(path: string, token?: string): Promise<number> {
  const response = await fetch(`${suite.server.httpUrl}${path}`, {
    method: 'POST',
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
  return response.status;
}

/** A token's three channels open at once: a socket.io session and a board's WebSocket. */
async function openEverywhere(token: string, boardId: string) {
  const session = await connectSession(suite.server, token);
  const board = connectProvider(suite.server, boardId, new Y.Doc(), token);
  await synced(board);
  const socketGone = new Promise<string>((resolve) => session.socket.once('disconnect', resolve));
  const boardClosed = new Promise<number>((resolve) => board.on('connection-close', (e) => resolve(e?.code ?? 0)));
  return { session, board, socketGone, boardClosed };
}

/** After revocation: HTTP refuses the token, socket.io refuses it, the board refuses a ticket, and the open sockets were closed. */
async function expectCutOff(
  workshopId: string,
  boardId: string,
  token: string,
  open: { socketGone: Promise<string>; boardClosed: Promise<number> },
): Promise<void> {
  expect(await open.socketGone).toBe('io server disconnect');
  expect(await open.boardClosed).toBe(WS_CLOSE.revoked.code);
  expect((await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).status).toBe(401);
  await expect(boardTicket(suite.server, boardId, token)).rejects.toThrow(/401/);
  const refused = await new Promise<string>((resolve) => {
    const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token });
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error) => {
      resolve(error.message);
      socket.disconnect();
    });
  });
  expect(refused).toBe('invalid_token');
}

/** What a fresh facilitator connection reads from the board: only what the server stored. */
async function storedNotes(boardId: string, token: string): Promise<string[]> {
  const check = connectProvider(suite.server, boardId, new Y.Doc(), token);
  await synced(check);
  const texts = readNotes(check.doc).map((n) => n.text);
  destroyAll(check);
  return texts.sort();
}

/** A write on a board whose connection was closed for good: stays on that screen only. */
async function writeAfterClose(board: WebsocketProvider, text: string): Promise<void> {
  createNote(board.doc, { x: 0, y: 0, text });
  await new Promise((resolve) => setTimeout(resolve, 150));
}

describe('every role can be revoked (issue 12 §4)', () => {
  it('replacing the co-facilitator link signs out its holders on every channel; the new link works', async () => {
    const { w, boardId } = await setup();
    const old = await cofacilitatorToken(w.workshopId, w.cofacilitatorSecret);
    expect(old.status).toBe(200);
    const open = await openEverywhere(old.token, boardId);
    createNote(open.board.doc, { x: 0, y: 0, text: 'vorher' });
    await waitFor(() => open.board.doc.getMap('notes').size === 1, 'note');
    const desk = await openEverywhere(w.facilitatorToken, boardId);

    const rotated = await api<RotatedCofacilitatorSecret>(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/cofacilitator-secret`,
      undefined,
      w.facilitatorToken,
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.cofacilitatorSecret).not.toBe(w.cofacilitatorSecret);

    await expectCutOff(w.workshopId, boardId, old.token, open);
    await writeAfterClose(open.board, 'nachher');
    // The old link does not log in any more; the new one does, and its token writes.
    expect((await cofacilitatorToken(w.workshopId, w.cofacilitatorSecret)).status).toBe(401);
    const fresh = await cofacilitatorToken(w.workshopId, rotated.body.cofacilitatorSecret);
    expect(fresh.status).toBe(200);
    const again = await openEverywhere(fresh.token, boardId);
    createNote(again.board.doc, { x: 50, y: 0, text: 'neuer Link' });
    await waitFor(() => again.board.doc.getMap('notes').size === 2, 'note with the new link');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await storedNotes(boardId, w.facilitatorToken)).toEqual(['neuer Link', 'vorher']);
    // The facilitator was not touched.
    expect(desk.session.socket.connected).toBe(true);
    expect(desk.board.wsconnected).toBe(true);

    // Kept across a restart: the old co-facilitator token stays refused.
    for (const s of [open, desk, again]) s.session.close();
    destroyAll(open.board, desk.board, again.board);
    await suite.restart();
    expect((await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, old.token)).status).toBe(401);
    expect((await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, fresh.token)).status).toBe(200);
  });

  it('revoking a projector signs out its screens on every channel, leaves other projectors on, and a new link works', async () => {
    const { w, boardId } = await setup();
    const hall = await viewerToken(w.workshopId, w.facilitatorToken, 'saal');
    const foyer = await viewerToken(w.workshopId, w.facilitatorToken, 'foyer');
    const hallOpen = await openEverywhere(hall, boardId);
    const foyerOpen = await openEverywhere(foyer, boardId);
    const cofac = await cofacilitatorToken(w.workshopId, w.cofacilitatorSecret);

    // A co-facilitator may revoke a projector.
    expect(await post(`/api/workshops/${w.workshopId}/projectors/saal/revoke`, cofac.token)).toBe(204);

    await expectCutOff(w.workshopId, boardId, hall, hallOpen);
    expect(foyerOpen.session.socket.connected).toBe(true);
    expect(foyerOpen.board.wsconnected).toBe(true);
    expect((await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, foyer)).status).toBe(200);
    // A new link for the same projector works.
    const hallAgain = await viewerToken(w.workshopId, w.facilitatorToken, 'saal');
    expect((await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, hallAgain)).status).toBe(200);
    const session: SessionClient = await connectSession(suite.server, hallAgain);
    expect(session.socket.connected).toBe(true);
    session.close();
    for (const s of [hallOpen, foyerOpen]) s.session.close();
    destroyAll(hallOpen.board, foyerOpen.board);
  });

  it("signing out a person's devices keeps the person and their notes; the new token is the same person", async () => {
    const { w, boardId } = await setup();
    const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada', 'team-1');
    const phone = await openEverywhere(ada.token, boardId);
    createNote(phone.board.doc, { x: 0, y: 0, text: 'Idee von Ada' });
    await waitFor(() => phone.board.doc.getMap('notes').size === 1, 'note');
    await new Promise((resolve) => setTimeout(resolve, 100));

    const relink = await api<ParticipantRelink>(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/participants/${ada.participantId}/revoke`,
      undefined,
      w.facilitatorToken,
    );
    expect(relink.status).toBe(200);
    expect(relink.body.participantId).toBe(ada.participantId);

    await expectCutOff(w.workshopId, boardId, ada.token, phone);
    await writeAfterClose(phone.board, 'nach dem Abmelden');
    expect(await storedNotes(boardId, w.facilitatorToken)).toEqual(['Idee von Ada']);

    // The person is still on the roster with their name and team; the new token is them.
    const desk = await connectSession(suite.server, w.facilitatorToken);
    let roster: RosterEntry[] = [];
    desk.socket.on('session:roster', (p: { participants: RosterEntry[] }) => (roster = p.participants));
    desk.socket.disconnect().connect();
    await waitFor(() => roster.length === 1, 'roster');
    expect(roster[0]).toMatchObject({ id: ada.participantId, displayName: 'Ada', teamId: 'team-1' });
    const back = await openEverywhere(relink.body.token, boardId);
    const welcome = await new Promise<{ participantId: string | null }>((resolve) => {
      const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token: relink.body.token });
      socket.once('session:welcome', (payload: { participantId: string | null }) => {
        resolve(payload);
        socket.disconnect();
      });
    });
    expect(welcome.participantId).toBe(ada.participantId);
    createNote(back.board.doc, { x: 50, y: 0, text: 'wieder da' });
    await waitFor(() => back.board.doc.getMap('notes').size === 2, 'note again');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await storedNotes(boardId, w.facilitatorToken)).toEqual(['Idee von Ada', 'wieder da']);

    // Unknown person: 404.
    const unknown = await api(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/participants/nobody/revoke`,
      undefined,
      w.facilitatorToken,
    );
    expect(unknown.status).toBe(404);
    for (const s of [phone, back]) s.session.close();
    desk.close();
    destroyAll(phone.board, back.board);
  });

  it('a participant or a projector cannot revoke anyone, and a co-facilitator cannot replace its own link', async () => {
    const { w } = await setup();
    const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada', 'team-1');
    const bob = await joinWorkshop(suite.server, w.joinCode, 'Bob', 'team-2');
    const hall = await viewerToken(w.workshopId, w.facilitatorToken, 'saal');
    const cofac = await cofacilitatorToken(w.workshopId, w.cofacilitatorSecret);
    const base = `/api/workshops/${w.workshopId}`;
    for (const token of [ada.token, hall]) {
      expect(await post(`${base}/participants/${bob.participantId}/revoke`, token)).toBe(403);
      expect(await post(`${base}/projectors/saal/revoke`, token)).toBe(403);
      expect(await post(`${base}/cofacilitator-secret`, token)).toBe(403);
    }
    expect(await post(`${base}/cofacilitator-secret`, cofac.token)).toBe(403);
    expect(await post(`${base}/projectors/saal/revoke`)).toBe(401);
    // Nobody was cut off by the refused attempts.
    for (const token of [ada.token, bob.token, hall, cofac.token])
      expect((await api(suite.server, 'GET', base, undefined, token)).status).toBe(200);
  });
});
