import { expect } from 'vitest';
import {
  PROTOCOL_VERSION,
  addInsight,
  addPainPoint,
  createGroup,
  createNote,
  createShip,
  readBoardTitle,
  readGroups,
  readInsights,
  readNotes,
  readPersona,
  readShips,
  setPersonaText,
  workshopViewSchema,
  type Ack,
  type VoteAck,
  type WorkshopView,
} from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import {
  api,
  connectProvider,
  connectSocket,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  synced,
  waitFor,
  type ServerSuite,
} from './harness.js';

/** Helpers shared by the results tests; each takes the suite of the file that uses it. */
export async function socketFor(suite: ServerSuite, token: string): Promise<Socket> {
  const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token });
  await new Promise<void>((resolve, reject) => {
    socket.once('session:welcome', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

export function send<T = Ack>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return new Promise<T>((resolve) => socket.emit(event, payload, resolve));
}

export async function view(suite: ServerSuite, workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

export async function download(suite: ServerSuite, path: string, token?: string): Promise<Response> {
  return fetch(`${suite.server.httpUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

/**
 * A workshop with something in every section: two teams' questions (one
 * promoted), a persona typed through a y-websocket provider, insights in a
 * solution room, a ship with first steps in the harbour, a group and notes, and
 * a revealed vote over two notes.
 */
export async function workshopWithContent(suite: ServerSuite) {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', {
    title: 'Konferenz „Fachkraft“ in Köln',
    teamCount: 3,
  });
  const v = await view(suite, w.workshopId, w.facilitatorToken);
  const { app } = suite.server;
  const anna = await joinWorkshop(suite.server, w.joinCode, 'Anna', 'team-1');
  const ben = await joinWorkshop(suite.server, w.joinCode, 'Ben', 'team-2');
  const facilitator = await socketFor(suite, w.facilitatorToken);
  const annaSocket = await socketFor(suite, anna.token);
  const benSocket = await socketFor(suite, ben.token);

  const room = v.definition.stations.find((s) => s.kind === 'solutionRoom')!.id;
  expect(
    await send(annaSocket, 'question:submit', { text: 'Wie können wir Anerkennung beschleunigen?', themeId: room }),
  ).toEqual({ ok: true });
  expect(
    await send(benSocket, 'question:submit', { text: 'Wie erreichen wir Ältere; auch digital?', themeId: null }),
  ).toEqual({ ok: true });
  const questions = await app.questions.store.list(w.workshopId);
  const annas = questions.find((q) => q.teamId === 'team-1')!;
  expect(await send(facilitator, 'question:promote', { ids: [annas.id] })).toEqual({ ok: true });

  // The persona comes from a participant's browser, as it would at the event.
  const personaDoc = new Y.Doc();
  const provider = connectProvider(suite.server, v.boards['space-team-1']!, personaDoc, anna.token);
  await synced(provider);
  setPersonaText(personaDoc, 'name', 'Amira Öztürk');
  setPersonaText(personaDoc, 'story', 'Kam 2019 nach Köln.\nArbeitet als Aushilfe.');
  addPainPoint(personaDoc, 'Anerkennung dauert über ein Jahr', [room]);
  // Added and never written into: no pain point in the results.
  addPainPoint(personaDoc, '  ', []);

  const perspective = v.definition.perspectives[0]!;
  const tier = v.definition.budgetTiers[0]!;
  const mutopia = v.definition.stations.find((s) => s.kind === 'mutopia')!;
  let noteIds: string[] = [];
  await app.boardHost.edit(v.boards[room]!, (doc) => {
    addInsight(doc, 'Wartezeiten sind das größte Problem');
    addInsight(doc, 'Netzwerke „vor Ort“ helfen');
    createGroup(doc, { title: 'Ideen', x: 0, y: 0 });
    noteIds = [
      createNote(doc, { x: 10, y: 10, text: 'Lotsendienst', color: 'yellow' }),
      createNote(doc, { x: 300, y: 10, text: 'Sprachcafé', color: 'blue' }),
    ];
  });
  await app.boardHost.edit(v.boards['harbour']!, (doc) => {
    createShip(doc, {
      title: 'Lotsendienst für Anerkennung',
      approach: 'Ein Ansprechpartner; von Anfang an',
      questionId: annas.id,
      questionText: annas.text,
      perspectiveId: perspective.id,
      budgetTierId: tier.id,
      originStationId: mutopia.id,
      steps: [
        { text: 'Träger anschreiben', owner: 'Jörg Müller', due: '2025-04-01', done: true },
        { text: 'Kosten "grob" schätzen', owner: 'Ayşe', due: '', done: false },
      ],
      crew: [{ name: 'Ayşe Öztürk', organisation: 'IHK' }],
    });
  });

  const opened = await send<VoteAck>(facilitator, 'vote:open', {
    stationId: room,
    title: 'Welche Ansätze weiter?',
    items: noteIds.map((id) => ({ kind: 'note', id })),
    budget: 3,
  });
  expect(opened.ok).toBe(true);
  const sessionId = (opened as { sessionId: string }).sessionId;
  for (const [socket, itemId] of [
    [annaSocket, noteIds[0]],
    [annaSocket, noteIds[0]],
    [benSocket, noteIds[0]],
    [benSocket, noteIds[1]],
  ] as const) {
    expect((await send<VoteAck>(socket, 'vote:cast', { sessionId, itemId })).ok).toBe(true);
  }
  expect((await send<VoteAck>(facilitator, 'vote:close', { sessionId })).ok).toBe(true);
  expect((await send<VoteAck>(facilitator, 'vote:reveal', { sessionId })).ok).toBe(true);

  await waitFor(
    async () =>
      (await app.boardHost.read(v.boards['space-team-1']!, (doc) => readPersona(doc).painPoints.length)) === 2,
    'the persona to reach the server',
  );
  destroyAll(provider);
  for (const s of [facilitator, annaSocket, benSocket]) s.disconnect();
  return { ...w, view: v, anna, room, perspective, tier, mutopia, questionId: annas.id };
}

/** A board's content as the app reads it: what must survive an export and import. */
export function boardContent(base64: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(Buffer.from(base64, 'base64')));
  const content = {
    title: readBoardTitle(doc),
    notes: readNotes(doc).sort((a, b) => (a.id < b.id ? -1 : 1)),
    groups: readGroups(doc),
    persona: readPersona(doc),
    insights: readInsights(doc),
    ships: readShips(doc),
  };
  doc.destroy();
  return content;
}
