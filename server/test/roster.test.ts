import { describe, expect, it } from 'vitest';
import {
  createNote,
  PROTOCOL_VERSION,
  readNotes,
  WS_CLOSE,
  workshopViewSchema,
  type Ack,
  type RosterEdit,
  type RosterEntry,
  type SessionWelcome,
} from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import {
  api,
  boardTicket,
  connectProvider,
  connectSocket,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
} from './harness.js';

const suite = serverPerTest();

interface Screen {
  socket: Socket;
  roster: () => RosterEntry[];
  person: (id: string) => RosterEntry | undefined;
  welcome: () => SessionWelcome | undefined;
  edit: (edit: RosterEdit) => Promise<Ack>;
  close: () => void;
}

/** A console or a phone, listening from the first event on: the last roster and welcome it was sent. */
async function screenOf(token: string): Promise<Screen> {
  const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token });
  let roster: RosterEntry[] = [];
  let welcome: SessionWelcome | undefined;
  socket.on('session:roster', (payload: { participants: RosterEntry[] }) => (roster = payload.participants));
  socket.on('session:welcome', (payload: SessionWelcome) => (welcome = payload));
  await new Promise<void>((resolve, reject) => {
    socket.once('session:state', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    roster: () => roster,
    person: (id) => roster.find((p) => p.id === id),
    welcome: () => welcome,
    edit: (edit) => editRoster(socket, edit),
    close: () => socket.disconnect(),
  };
}

const consoleOf = screenOf;
const phoneOf = screenOf;

function editRoster(socket: Socket, edit: RosterEdit): Promise<Ack> {
  return new Promise((resolve) => socket.emit('roster:edit', edit, resolve));
}

async function workshopWithTwo() {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
  const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada', 'team-1');
  const bob = await joinWorkshop(suite.server, w.joinCode, 'Bob', 'team-2');
  return { w, ada, bob };
}

describe('the facilitator fixes people', () => {
  it('moves a participant to another team: the console lists it and the phone is told at once', async () => {
    const { w, ada } = await workshopWithTwo();
    const desk = await consoleOf(w.facilitatorToken);
    const phone = await phoneOf(ada.token);
    await waitFor(() => desk.person(ada.participantId)?.online === true, 'Ada online');

    expect(await desk.edit({ type: 'move', participantId: ada.participantId, teamId: 'team-3' })).toEqual({ ok: true });
    await waitFor(() => desk.person(ada.participantId)?.teamId === 'team-3', 'roster shows team 3');
    await waitFor(() => phone.welcome()?.teamId === 'team-3', 'phone learns team 3');

    // Kept: a new connection (a reload) is welcomed into the new team.
    const again = await new Promise<SessionWelcome>((resolve) => {
      const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token: ada.token });
      socket.once('session:welcome', (welcome: SessionWelcome) => {
        resolve(welcome);
        socket.disconnect();
      });
    });
    expect(again.teamId).toBe('team-3');

    // Without a team, and to a team the programme does not have.
    expect(await desk.edit({ type: 'move', participantId: ada.participantId, teamId: null })).toEqual({ ok: true });
    await waitFor(() => desk.person(ada.participantId)?.teamId === null, 'without a team');
    expect(await desk.edit({ type: 'move', participantId: ada.participantId, teamId: 'team-9' })).toEqual({
      ok: false,
      error: 'unknown_team',
    });
    expect(await desk.edit({ type: 'move', participantId: 'nobody', teamId: 'team-1' })).toEqual({
      ok: false,
      error: 'not_found',
    });
    for (const c of [desk, phone]) c.close();
  });

  it('renames a participant: the console and their own phone show the new name', async () => {
    const { w, ada } = await workshopWithTwo();
    const desk = await consoleOf(w.facilitatorToken);
    const phone = await phoneOf(ada.token);
    expect(await desk.edit({ type: 'rename', participantId: ada.participantId, displayName: ' Ada L. ' })).toEqual({
      ok: true,
    });
    await waitFor(() => desk.person(ada.participantId)?.displayName === 'Ada L.', 'roster shows the new name');
    await waitFor(() => phone.welcome()?.displayName === 'Ada L.', 'phone shows the new name');
    expect(await desk.edit({ type: 'rename', participantId: ada.participantId, displayName: '   ' })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    desk.close();
    phone.close();
  });

  it('removes a participant: their name is gone, their token stops working everywhere, their notes stay', async () => {
    const { w, ada, bob } = await workshopWithTwo();
    const boards = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    ).boards;
    const boardId = boards['space-team-1']!;
    const adaBoard = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    await synced(adaBoard);
    createNote(adaBoard.doc, { x: 0, y: 0, text: 'Idee von Ada' });
    const check = connectProvider(suite.server, boardId, new Y.Doc(), w.facilitatorToken);
    await synced(check);
    await waitFor(() => readNotes(check.doc).some((n) => n.text === 'Idee von Ada'), 'note on the server');
    const closed = new Promise<{ code: number }>((resolve) => adaBoard.on('closed', resolve));

    const desk = await consoleOf(w.facilitatorToken);
    const phone = await phoneOf(ada.token);
    const phoneGone = new Promise<string>((resolve) => phone.socket.once('disconnect', resolve));
    expect(await desk.edit({ type: 'remove', participantId: ada.participantId })).toEqual({ ok: true });

    await waitFor(() => desk.roster().length === 1, 'roster without Ada');
    expect(desk.roster().map((p) => p.displayName)).toEqual(['Bob']);
    expect(JSON.stringify(desk.roster())).not.toContain('Ada');
    // socket.io: the open socket is closed, a new one is refused.
    expect(await phoneGone).toBe('io server disconnect');
    const refused = await new Promise<string>((resolve) => {
      const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token: ada.token });
      socket.once('connect_error', (error) => {
        resolve(error.message);
        socket.disconnect();
      });
    });
    expect(refused).toBe('invalid_token');
    // HTTP and the ticket for a board.
    expect((await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, ada.token)).status).toBe(401);
    await expect(boardTicket(suite.server, boardId, ada.token)).rejects.toThrow(/401/);
    // Yjs: the open board connection is closed for good.
    expect((await closed).code).toBe(WS_CLOSE.revoked.code);
    // The note stays, and Bob is untouched.
    const later = connectProvider(suite.server, boardId, new Y.Doc(), bob.token);
    await synced(later);
    expect(readNotes(later.doc).map((n) => n.text)).toEqual(['Idee von Ada']);
    expect((await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, bob.token)).status).toBe(200);

    // Kept after a restart: the name is not in the database any more.
    desk.close();
    await suite.restart();
    const desk2 = await consoleOf(w.facilitatorToken);
    await waitFor(() => desk2.roster().length === 1, 'roster after restart');
    expect(desk2.roster().map((p) => p.displayName)).toEqual(['Bob']);
    desk2.close();
    destroyAll(adaBoard, check, later);
  });
});

describe('participants edit themselves', () => {
  it('change their own name and team', async () => {
    const { w, ada } = await workshopWithTwo();
    const desk = await consoleOf(w.facilitatorToken);
    const phone = await phoneOf(ada.token);
    expect(await phone.edit({ type: 'rename', participantId: ada.participantId, displayName: 'Adaline' })).toEqual({
      ok: true,
    });
    expect(await phone.edit({ type: 'move', participantId: ada.participantId, teamId: 'team-2' })).toEqual({
      ok: true,
    });
    await waitFor(
      () =>
        desk.person(ada.participantId)?.displayName === 'Adaline' &&
        desk.person(ada.participantId)?.teamId === 'team-2',
      'console sees the change',
    );
    await waitFor(() => phone.welcome()?.teamId === 'team-2' && phone.welcome()?.displayName === 'Adaline', 'phone');
    desk.close();
    phone.close();
  });

  it('cannot edit anyone else, nor remove themselves; projectors edit nobody', async () => {
    const { w, ada, bob } = await workshopWithTwo();
    const desk = await consoleOf(w.facilitatorToken);
    const phone = await phoneOf(ada.token);
    const forbidden = { ok: false, error: 'forbidden' };
    expect(await phone.edit({ type: 'rename', participantId: bob.participantId, displayName: 'Mallory' })).toEqual(
      forbidden,
    );
    expect(await phone.edit({ type: 'move', participantId: bob.participantId, teamId: 'team-1' })).toEqual(forbidden);
    expect(await phone.edit({ type: 'remove', participantId: bob.participantId })).toEqual(forbidden);
    expect(await phone.edit({ type: 'remove', participantId: ada.participantId })).toEqual(forbidden);
    const viewer = await api<{ token: string }>(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/viewer-token`,
      { projectorId: 'beamer' },
      w.facilitatorToken,
    );
    const projector = await screenOf(viewer.body.token);
    expect(await projector.edit({ type: 'remove', participantId: bob.participantId })).toEqual(forbidden);

    await waitFor(() => desk.roster().length === 2, 'roster');
    expect(desk.person(bob.participantId)).toMatchObject({ displayName: 'Bob', teamId: 'team-2' });
    expect(desk.person(ada.participantId)).toMatchObject({ displayName: 'Ada', teamId: 'team-1' });
    for (const c of [desk, phone, projector]) c.close();
  });
});

describe('who is online', () => {
  it('reports each person online while one of their sockets is open, offline once all are closed', async () => {
    const { w, ada, bob } = await workshopWithTwo();
    const desk = await consoleOf(w.facilitatorToken);
    await waitFor(() => desk.roster().length === 2, 'roster');
    expect(desk.roster().map((p) => p.online)).toEqual([false, false]);

    const phone = await phoneOf(ada.token);
    const laptop = await phoneOf(ada.token);
    await waitFor(() => desk.person(ada.participantId)?.online === true, 'Ada online');
    expect(desk.person(bob.participantId)?.online).toBe(false);

    phone.close();
    // Her laptop is still connected.
    const bobPhone = await phoneOf(bob.token);
    await waitFor(() => desk.person(bob.participantId)?.online === true, 'Bob online');
    expect(desk.person(ada.participantId)?.online).toBe(true);

    laptop.close();
    await waitFor(() => desk.person(ada.participantId)?.online === false, 'Ada offline');
    bobPhone.close();
    await waitFor(() => desk.person(bob.participantId)?.online === false, 'Bob offline');
    desk.close();
  });
});

describe('"Teilt mich einem Team zu"', () => {
  it('fills 30 teams evenly with 120 arrivals, and the second arrival joins the first', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 30 });
    const teams: Array<string | null> = [];
    for (let i = 0; i < 120; i++) teams.push((await joinWorkshop(suite.server, w.joinCode, `P${i}`)).teamId);
    expect(teams[1]).toBe(teams[0]);
    const sizes = new Map<string, number>();
    for (const team of teams) sizes.set(team!, (sizes.get(team!) ?? 0) + 1);
    expect(sizes.size).toBe(30);
    expect([...sizes.values()].every((size) => size === 4)).toBe(true);
  });
});
