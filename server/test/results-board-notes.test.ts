import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  PROTOCOL_VERSION,
  createGroup,
  createNote,
  readNotes,
  setNoteText,
  setNotesGroup,
  workshopResultsSchema,
  workshopViewSchema,
  type Ack,
  type CreatedWorkshop,
  type Publication,
  type TokenResponse,
  type VoteAck,
  type WorkshopView,
} from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import {
  api,
  connectProvider,
  connectSocket,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
} from './harness.js';

const suite = serverPerTest();

async function socketFor(token: string): Promise<Socket> {
  const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token });
  await new Promise<void>((resolve, reject) => {
    socket.once('session:welcome', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

function send<T = Ack>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return new Promise<T>((resolve) => socket.emit(event, payload, resolve));
}

async function download(path: string, token?: string): Promise<Response> {
  return fetch(`${suite.server.httpUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

async function create(locale: 'de' | 'en', title: string) {
  const created = await api<CreatedWorkshop>(suite.server, 'POST', '/api/workshops', {
    templateId: 'weiterbildungskonferenz',
    locale,
    params: { title, teamCount: 3, date: '2026-12-10' },
  });
  expect(created.status).toBe(201);
  const login = await api<TokenResponse>(suite.server, 'POST', `/api/workshops/${created.body.workshopId}/login`, {
    secret: created.body.facilitatorSecret,
  });
  const token = login.body.token;
  const view = workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${created.body.workshopId}`, undefined, token)).body,
  ) as WorkshopView;
  return { ...created.body, token, view };
}

const csvRows = async (res: Response) =>
  parseCsv(Buffer.from(await res.arrayBuffer()), { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];

/**
 * Participants write notes on a solution room and an expert table from their
 * browsers (each note carries its team), group some, and a revealed vote gives
 * them dots; two questions are ranked in the opposite order of the teams.
 */
async function morningOnTheBoards() {
  const w = await create('de', 'Konferenz – Köln!');
  const stations = w.view.definition.stations;
  const room = stations.find((s) => s.kind === 'solutionRoom')!;
  const table = stations.find((s) => s.kind === 'expertTable')!;
  const anna = await joinWorkshop(suite.server, w.joinCode, 'Anna', 'team-1');
  const ben = await joinWorkshop(suite.server, w.joinCode, 'Ben', 'team-2');
  const facilitator = await socketFor(w.token);
  const annaSocket = await socketFor(anna.token);
  const benSocket = await socketFor(ben.token);

  const roomDoc = new Y.Doc();
  const roomProvider = connectProvider(suite.server, w.view.boards[room.id]!, roomDoc, anna.token);
  const tableDoc = new Y.Doc();
  const tableProvider = connectProvider(suite.server, w.view.boards[table.id]!, tableDoc, ben.token);
  await Promise.all([synced(roomProvider), synced(tableProvider)]);

  const group = createGroup(roomDoc, { title: 'Lotsen', x: 0, y: 0 })!;
  const guide = createNote(roomDoc, { x: 10, y: 60, text: 'Lotsendienst', teamId: 'team-1' });
  const cafe = createNote(roomDoc, { x: 220, y: 60, text: 'Sprachcafé', teamId: 'team-1' });
  setNotesGroup(roomDoc, [guide, cafe], group);
  // The approach that lost the vote, outside any group.
  const lost = createNote(roomDoc, { x: 900, y: 900, text: 'Abendkurse; online', teamId: 'team-1' });
  createNote(roomDoc, { x: 900, y: 1200, text: '   ', teamId: 'team-1' });
  createNote(tableDoc, { x: 0, y: 0, text: 'Kammern früh einbinden', teamId: 'team-2' });
  await waitFor(
    async () =>
      (await suite.server.app.boardHost.read(w.view.boards[room.id]!, (doc) => readNotes(doc).length)) === 4 &&
      (await suite.server.app.boardHost.read(w.view.boards[table.id]!, (doc) => readNotes(doc).length)) === 1,
    'the notes to reach the server',
  );

  const opened = await send<VoteAck>(facilitator, 'vote:open', {
    stationId: room.id,
    title: 'Welche Ansätze weiter?',
    items: [
      { kind: 'note', id: guide },
      { kind: 'note', id: lost },
    ],
    budget: 3,
  });
  expect(opened.ok).toBe(true);
  const sessionId = (opened as { sessionId: string }).sessionId;
  for (const [socket, itemId] of [
    [annaSocket, guide],
    [annaSocket, guide],
    [benSocket, guide],
    [benSocket, lost],
  ] as const) {
    expect((await send<VoteAck>(socket, 'vote:cast', { sessionId, itemId })).ok).toBe(true);
  }
  expect((await send<VoteAck>(facilitator, 'vote:close', { sessionId })).ok).toBe(true);
  expect((await send<VoteAck>(facilitator, 'vote:reveal', { sessionId })).ok).toBe(true);

  expect(
    await send(annaSocket, 'question:submit', { text: 'Wie beschleunigen wir Anerkennung?', themeId: null }),
  ).toEqual({ ok: true });
  expect(await send(benSocket, 'question:submit', { text: 'Wie erreichen wir Ältere?', themeId: null })).toEqual({
    ok: true,
  });
  const questions = await suite.server.app.questions.store.list(w.workshopId);
  const byTeam = (team: string) => questions.find((q) => q.teamId === team)!.id;
  expect(await send(facilitator, 'question:promote', { ids: [byTeam('team-2'), byTeam('team-1')] })).toEqual({
    ok: true,
  });

  destroyAll(roomProvider, tableProvider);
  for (const s of [facilitator, annaSocket, benSocket]) s.disconnect();
  return { ...w, room, table };
}

describe('results keep every station’s notes', () => {
  it('lists notes by station and group with team and dots in the results, the Markdown and the CSV', async () => {
    const w = await morningOnTheBoards();
    const res = await api<unknown>(suite.server, 'GET', `/api/workshops/${w.workshopId}/results`, undefined, w.token);
    expect(res.status).toBe(200);
    const results = workshopResultsSchema.parse(res.body);
    const roomBoard = results.boards.find((b) => b.stationId === w.room.id)!;
    expect(roomBoard.stationName).toBe(w.room.name);
    expect(roomBoard.groups.map((g) => [g.title, g.notes.map((n) => [n.text, n.teamName, n.votes])])).toEqual([
      [
        'Lotsen',
        [
          ['Lotsendienst', 'Team 1', 3],
          ['Sprachcafé', 'Team 1', 0],
        ],
      ],
    ]);
    // The blank note is no result; the approach that lost the vote is.
    expect(roomBoard.loose.map((n) => [n.text, n.teamName, n.votes])).toEqual([['Abendkurse; online', 'Team 1', 1]]);
    const tableBoard = results.boards.find((b) => b.stationId === w.table.id)!;
    expect(tableBoard.loose.map((n) => [n.text, n.teamName])).toEqual([['Kammern früh einbinden', 'Team 2']]);

    const md = await (await download(`/api/workshops/${w.workshopId}/results.md`, w.token)).text();
    expect(md).toContain('**Datum:** 10. Dezember 2026');
    expect(md).toContain(
      `## Notizen der Stationen\n\n### ${w.room.name}\n\n#### Gruppe: Lotsen\n\n- Lotsendienst (Team 1, 3 Punkte)\n- Sprachcafé (Team 1)\n\n#### Ohne Gruppe\n\n- Abendkurse; online (Team 1, 1 Punkt)`,
    );
    expect(md).toContain(`### ${w.table.name}\n\n- Kammern früh einbinden (Team 2)`);

    const notes = await download(`/api/workshops/${w.workshopId}/results.csv?table=notes`, w.token);
    expect(notes.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Konferenz-Köln-notes.csv')}`,
    );
    const rows = await csvRows(notes);
    expect(rows[0]).toEqual(['Station', 'Gruppe', 'Punkte der Gruppe', 'Notiz', 'Team', 'Punkte']);
    expect(rows.filter((r) => r[0] === w.room.name || r[0] === w.table.name).slice(0, 4)).toEqual([
      [w.room.name, 'Lotsen', '0', 'Lotsendienst', 'Team 1', '3'],
      [w.room.name, 'Lotsen', '0', 'Sprachcafé', 'Team 1', '0'],
      [w.room.name, '', '', 'Abendkurse; online', 'Team 1', '1'],
      [w.table.name, '', '', 'Kammern früh einbinden', 'Team 2', '0'],
    ]);

    // Ranked questions come first, by rank, whatever the team order.
    const questions = await csvRows(
      await download(`/api/workshops/${w.workshopId}/results.csv?table=questions`, w.token),
    );
    expect(questions.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['1', 'Team 2'],
      ['2', 'Team 1'],
    ]);
  });

  it('follows edits made after the results were first built (the cache goes by board revision)', async () => {
    const w = await create('de', 'Cache');
    const room = w.view.definition.stations.find((s) => s.kind === 'solutionRoom')!;
    const boardId = w.view.boards[room.id]!;
    const anna = await joinWorkshop(suite.server, w.joinCode, 'Anna', 'team-1');
    const texts = async () => {
      const res = await api<unknown>(suite.server, 'GET', `/api/workshops/${w.workshopId}/results`, undefined, w.token);
      const board = workshopResultsSchema.parse(res.body).boards.find((b) => b.stationId === room.id);
      return board?.loose.map((n) => n.text) ?? [];
    };
    expect(await texts()).toEqual([]);

    const doc = new Y.Doc();
    const provider = connectProvider(suite.server, boardId, doc, anna.token);
    await synced(provider);
    const first = createNote(doc, { x: 0, y: 0, text: 'Erste', teamId: 'team-1' });
    await expect.poll(texts).toEqual(['Erste']);
    // Typing into a note that is already there changes the board, not the number of notes.
    setNoteText(doc, first, 'Erste, ergänzt');
    await expect.poll(texts).toEqual(['Erste, ergänzt']);

    // Compaction folds the log into the snapshot; the results still see what comes after it.
    await suite.server.app.boardHost.compact(boardId);
    expect(await texts()).toEqual(['Erste, ergänzt']);
    createNote(doc, { x: 0, y: 300, text: 'Nach dem Verdichten', teamId: 'team-1' });
    await expect.poll(texts).toEqual(['Erste, ergänzt', 'Nach dem Verdichten']);
    destroyAll(provider);
  });

  it('writes the date in the workshop’s language', async () => {
    const w = await create('en', 'Skills conference');
    const md = await (await download(`/api/workshops/${w.workshopId}/results.md`, w.token)).text();
    expect(md).toContain('**Date:** 10 December 2026');
    expect(md).not.toContain('2026-12-10');
  });

  it('offers the Markdown and the notes CSV on the public link, and nothing once withdrawn', async () => {
    const w = await morningOnTheBoards();
    const path = `/api/workshops/${w.workshopId}/publication`;
    const published = (await api<Publication>(suite.server, 'PUT', path, undefined, w.token)).body;
    const publicApi = `/api/public/results/${published.path!.slice(3)}`;

    const md = await download(`${publicApi}.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Konferenz-Köln.md')}`,
    );
    expect(await md.text()).toContain('- Lotsendienst (Team 1, 3 Punkte)');
    const csv = await download(`${publicApi}.csv?table=notes`);
    expect(csv.status).toBe(200);
    expect((await csvRows(csv)).map((r) => r[3])).toContain('Kammern früh einbinden');

    // A key one character off opens nothing.
    const key = publicApi.split('/').at(-1)!;
    const wrong = publicApi.slice(0, -key.length) + key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect((await download(`${wrong}.md`)).status).toBe(404);
    expect((await download(`${wrong}.csv?table=notes`)).status).toBe(404);

    await api(suite.server, 'DELETE', path, undefined, w.token);
    expect((await download(`${publicApi}.md`)).status).toBe(404);
    expect((await download(`${publicApi}.csv?table=notes`)).status).toBe(404);
    expect((await download(publicApi)).status).toBe(404);
  });
});
