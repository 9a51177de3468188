import { describe, expect, it, vi } from 'vitest';
import { createNote, readNotes, WS_CLOSE, workshopViewSchema, type WorkshopView } from '@mutopia/shared';
import type { Socket as NetSocket } from 'node:net';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeUpdate } from '../src/yjs/messages.js';
import {
  api,
  boardTicket,
  connectProvider,
  createBoard,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
} from './harness.js';

const suite = serverPerTest();

async function boardsOf(workshopId: string, token: string): Promise<WorkshopView['boards']> {
  const view = await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token);
  return workshopViewSchema.parse(view.body).boards;
}

function boardUrl(boardId: string, query = ''): string {
  return `${suite.server.wsUrl}/yjs/${boardId}${query}`;
}

/** 101 when the upgrade succeeds (the socket is then closed), else the HTTP status it was refused with. */
function upgradeStatus(url: string): Promise<number> {
  const ws = new WebSocket(url);
  return new Promise((resolve) => {
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
  });
}

function closeEvent(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

async function ticketStatus(boardId: string, token?: string): Promise<number> {
  return (await api(suite.server, 'POST', `/api/boards/${boardId}/ticket`, undefined, token)).status;
}

async function workshopWithPeople() {
  const w = await createWorkshop(suite.server, 'praxisaustausch');
  const boards = await boardsOf(w.workshopId, w.facilitatorToken);
  const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada');
  return { w, boards, ada, boardId: boards['discussion']! };
}

describe('board tickets', () => {
  it('let an unmodified y-websocket provider open a workshop board with a ticket in `params`', async () => {
    const { w, ada, boardId } = await workshopWithPeople();
    // connectProvider passes `{ params: { ticket } }` to a stock WebsocketProvider.
    const writer = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    const reader = connectProvider(suite.server, boardId, new Y.Doc(), w.facilitatorToken);
    await Promise.all([synced(writer), synced(reader)]);
    expect(writer.url).toMatch(/\?ticket=[A-Za-z0-9_-]{22}$/);
    createNote(writer.doc, { x: 0, y: 0, text: 'mit Ticket' });
    await waitFor(
      () => readNotes(reader.doc).some((n) => n.text === 'mit Ticket'),
      'the note to reach the facilitator',
    );
    destroyAll(writer, reader);
  });

  it('refuse the bearer token in the URL that used to open the board', async () => {
    const { w, ada, boardId } = await workshopWithPeople();
    expect(await upgradeStatus(boardUrl(boardId, `?token=${ada.token}`))).toBe(401);
    expect(await upgradeStatus(boardUrl(boardId, `?token=${w.facilitatorToken}`))).toBe(401);
    expect(await upgradeStatus(boardUrl(boardId))).toBe(401);
  });

  it('open the board once: a used ticket is refused', async () => {
    const { ada, boardId } = await workshopWithPeople();
    const ticket = await boardTicket(suite.server, boardId, ada.token);
    expect(await upgradeStatus(boardUrl(boardId, `?ticket=${ticket}`))).toBe(101);
    expect(await upgradeStatus(boardUrl(boardId, `?ticket=${ticket}`))).toBe(401);
  });

  it('expire: a ticket presented after its lifetime is refused', async () => {
    const { ada, boardId } = await workshopWithPeople();
    const tickets = suite.server.app.boardTickets;
    const issuedAt = 1_000_000;
    const clock = vi.spyOn(tickets, 'now').mockReturnValue(issuedAt);
    const late = await boardTicket(suite.server, boardId, ada.token);
    const inTime = await boardTicket(suite.server, boardId, ada.token);
    clock.mockReturnValue(issuedAt + 30_000 - 1);
    expect(await upgradeStatus(boardUrl(boardId, `?ticket=${inTime}`))).toBe(101);
    clock.mockReturnValue(issuedAt + 30_000);
    expect(await upgradeStatus(boardUrl(boardId, `?ticket=${late}`))).toBe(401);
  });

  it('open only the board they were issued for', async () => {
    const { boards, ada, boardId } = await workshopWithPeople();
    const otherBoard = Object.values(boards).find((id) => id !== boardId)!;
    const ticket = await boardTicket(suite.server, boardId, ada.token);
    expect(await upgradeStatus(boardUrl(otherBoard, `?ticket=${ticket}`))).toBe(401);
  });

  it('are only issued to a token of the board’s workshop, and never for plain boards', async () => {
    const { ada, boardId } = await workshopWithPeople();
    const other = await createWorkshop(suite.server, 'praxisaustausch');
    expect(await ticketStatus(boardId)).toBe(401);
    expect(await ticketStatus(boardId, other.facilitatorToken)).toBe(401);
    expect(await ticketStatus('NoSuchBoard1', ada.token)).toBe(404);
    const plain = await createBoard(suite.server);
    expect(await ticketStatus(plain.id, ada.token)).toBe(400);
    // A plain board still opens without anything.
    expect(await upgradeStatus(boardUrl(plain.id))).toBe(101);
  });

  it('keep a projector read-only: what a viewer ticket writes is dropped', async () => {
    const { w, ada, boardId } = await workshopWithPeople();
    const viewerToken = (
      await api<{ token: string }>(
        suite.server,
        'POST',
        `/api/workshops/${w.workshopId}/viewer-token`,
        { projectorId: 'beamer-1' },
        w.facilitatorToken,
      )
    ).body.token;
    const projector = connectProvider(suite.server, boardId, new Y.Doc(), viewerToken);
    const writer = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    await Promise.all([synced(projector), synced(writer)]);
    createNote(projector.doc, { x: 0, y: 0, text: 'vom Beamer' });
    createNote(writer.doc, { x: 0, y: 0, text: 'von Ada' });
    await waitFor(() => readNotes(projector.doc).some((n) => n.text === 'von Ada'), 'Ada’s note on the projector');
    const check = connectProvider(suite.server, boardId, new Y.Doc(), w.facilitatorToken);
    await synced(check);
    expect(readNotes(check.doc).map((n) => n.text)).toEqual(['von Ada']);
    destroyAll(projector, writer, check);
  });
});

describe('replacing the facilitator link', () => {
  const rotate = (workshopId: string, token: string) =>
    api<{ facilitatorSecret: string }>(
      suite.server,
      'POST',
      `/api/workshops/${workshopId}/facilitator-secret`,
      undefined,
      token,
    );

  it('closes the old facilitator’s open board connections with 4401, and what it writes later goes nowhere', async () => {
    const { w, ada, boardId } = await workshopWithPeople();
    const facilitator = connectProvider(suite.server, boardId, new Y.Doc(), w.facilitatorToken);
    const participant = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    await Promise.all([synced(facilitator), synced(participant)]);
    const closes: Array<number | undefined> = [];
    facilitator.on('connection-close', (event) => closes.push(event?.code));
    const terminal = new Promise<{ code: number }>((resolve) => facilitator.on('closed', resolve));

    expect((await rotate(w.workshopId, w.facilitatorToken)).status).toBe(200);
    expect((await terminal).code).toBe(WS_CLOSE.revoked.code);
    expect(closes).toEqual([WS_CLOSE.revoked.code]);
    // The provider stops: 4401 is in the range y-websocket treats as final.
    expect(facilitator.shouldConnect).toBe(false);

    createNote(facilitator.doc, { x: 0, y: 0, text: 'nach dem Austausch' });
    createNote(participant.doc, { x: 0, y: 0, text: 'von Ada' });
    const check = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    await synced(check);
    await waitFor(() => readNotes(check.doc).some((n) => n.text === 'von Ada'), 'Ada’s note');
    expect(readNotes(check.doc).map((n) => n.text)).toEqual(['von Ada']);
    expect(readNotes(participant.doc).map((n) => n.text)).toEqual(['von Ada']);
    // Ada's connection was never touched.
    expect(participant.wsconnected).toBe(true);
    destroyAll(facilitator, participant, check);
  });

  it('drops a note the old facilitator sends before its socket has seen the close', async () => {
    const { w, ada, boardId } = await workshopWithPeople();
    const participant = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    const raw = new WebSocket(
      boardUrl(boardId, `?ticket=${await boardTicket(suite.server, boardId, w.facilitatorToken)}`),
    );
    await new Promise((resolve) => raw.once('open', resolve));
    await synced(participant);
    const closed = closeEvent(raw);
    // Stop reading, so this client cannot see the server's close frame before it sends.
    const tcp = (raw as unknown as { _socket: NetSocket })._socket;
    tcp.pause();
    expect((await rotate(w.workshopId, w.facilitatorToken)).status).toBe(200);

    const late = new Y.Doc();
    createNote(late, { x: 0, y: 0, text: 'zu spät' });
    raw.send(encodeUpdate(Y.encodeStateAsUpdate(late)));
    tcp.resume();
    expect(await closed).toEqual({ code: WS_CLOSE.revoked.code, reason: WS_CLOSE.revoked.reason });

    createNote(participant.doc, { x: 0, y: 0, text: 'von Ada' });
    const check = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    await synced(check);
    await waitFor(() => readNotes(check.doc).some((n) => n.text === 'von Ada'), 'Ada’s note');
    expect(readNotes(check.doc).map((n) => n.text)).toEqual(['von Ada']);
    expect(readNotes(participant.doc).map((n) => n.text)).toEqual(['von Ada']);
    destroyAll(participant, check);
  });

  it('voids tickets the old facilitator token bought but has not used yet', async () => {
    const { w, boardId } = await workshopWithPeople();
    const ticket = await boardTicket(suite.server, boardId, w.facilitatorToken);
    const { body } = await rotate(w.workshopId, w.facilitatorToken);
    expect(await upgradeStatus(boardUrl(boardId, `?ticket=${ticket}`))).toBe(401);
    expect(await ticketStatus(boardId, w.facilitatorToken)).toBe(401);
    // The new link's token gets tickets again.
    const login = await api<{ token: string }>(suite.server, 'POST', `/api/workshops/${w.workshopId}/login`, {
      secret: body.facilitatorSecret,
    });
    const fresh = await boardTicket(suite.server, boardId, login.body.token);
    expect(await upgradeStatus(boardUrl(boardId, `?ticket=${fresh}`))).toBe(101);
  });
});
