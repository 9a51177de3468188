import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
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
  workshopArchiveSchema,
  workshopResultsSchema,
  workshopViewSchema,
  type Ack,
  type CreatedWorkshop,
  type Publication,
  type TokenResponse,
  type VoteAck,
  type WorkshopArchive,
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

async function view(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

async function download(path: string, token?: string): Promise<Response> {
  return fetch(`${suite.server.httpUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

/**
 * A workshop with something in every section: two teams' questions (one
 * promoted), a persona typed through a y-websocket provider, insights in a
 * solution room, a ship with first steps in the harbour, a group and notes, and
 * a revealed vote over two notes.
 */
async function workshopWithContent() {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', {
    title: 'Konferenz „Fachkraft“ in Köln',
    teamCount: 3,
  });
  const v = await view(w.workshopId, w.facilitatorToken);
  const { app } = suite.server;
  const anna = await joinWorkshop(suite.server, w.joinCode, 'Anna', 'team-1');
  const ben = await joinWorkshop(suite.server, w.joinCode, 'Ben', 'team-2');
  const facilitator = await socketFor(w.facilitatorToken);
  const annaSocket = await socketFor(anna.token);
  const benSocket = await socketFor(ben.token);

  const room = v.definition.stations.find((s) => s.kind === 'solutionRoom')!.id;
  expect(
    await send(annaSocket, 'question:submit', { text: 'Wie können wir Anerkennung beschleunigen?', themeId: room }),
  ).toEqual({ ok: true });
  expect(
    await send(benSocket, 'question:submit', { text: 'Wie erreichen wir Ältere; auch digital?', themeId: null }),
  ).toEqual({ ok: true });
  const questions = app.questions.store.list(w.workshopId);
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
  app.boardHost.edit(v.boards[room]!, (doc) => {
    addInsight(doc, 'Wartezeiten sind das größte Problem');
    addInsight(doc, 'Netzwerke „vor Ort“ helfen');
    createGroup(doc, { title: 'Ideen', x: 0, y: 0 });
    noteIds = [
      createNote(doc, { x: 10, y: 10, text: 'Lotsendienst', color: 'yellow' }),
      createNote(doc, { x: 300, y: 10, text: 'Sprachcafé', color: 'blue' }),
    ];
  });
  app.boardHost.edit(v.boards['harbour']!, (doc) => {
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
    () => app.boardHost.read(v.boards['space-team-1']!, (doc) => readPersona(doc).painPoints.length) === 2,
    'the persona to reach the server',
  );
  destroyAll(provider);
  for (const s of [facilitator, annaSocket, benSocket]) s.disconnect();
  return { ...w, view: v, anna, room, perspective, tier, mutopia, questionId: annas.id };
}

/** A board's content as the app reads it: what must survive an export and import. */
function boardContent(base64: string) {
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

describe('results and exports', () => {
  it('shows questions, ships, insights, votes and personas on the results page and in Markdown', async () => {
    const w = await workshopWithContent();
    const res = await api<unknown>(
      suite.server,
      'GET',
      `/api/workshops/${w.workshopId}/results`,
      undefined,
      w.facilitatorToken,
    );
    expect(res.status).toBe(200);
    const results = workshopResultsSchema.parse(res.body);

    expect(results.workshop.title).toBe('Konferenz „Fachkraft“ in Köln');
    expect(results.promotedQuestions.map((q) => [q.promotedRank, q.text, q.teamName])).toEqual([
      [1, 'Wie können wir Anerkennung beschleunigen?', 'Team 1'],
    ]);
    expect(results.questions).toHaveLength(2);
    const [ship] = results.ships;
    expect(ship).toMatchObject({
      title: 'Lotsendienst für Anerkennung',
      perspective: w.perspective.name,
      budget: w.tier.label,
      originStation: w.mutopia.name,
      open: true,
    });
    expect(ship!.steps.map((s) => [s.text, s.owner, s.done])).toEqual([
      ['Träger anschreiben', 'Jörg Müller', true],
      ['Kosten "grob" schätzen', 'Ayşe', false],
    ]);
    expect(results.insights).toEqual([
      expect.objectContaining({
        stationId: w.room,
        insights: [
          expect.objectContaining({ text: 'Wartezeiten sind das größte Problem' }),
          expect.objectContaining({ text: 'Netzwerke „vor Ort“ helfen' }),
        ],
      }),
    ]);
    expect(results.votes).toHaveLength(1);
    expect(results.votes[0]!.items.map((i) => [i.label, i.count])).toEqual([
      ['Lotsendienst', 3],
      ['Sprachcafé', 1],
    ]);
    expect(results.personas.map((p) => [p.teamName, p.persona.name, p.persona.painPoints.length])).toEqual([
      ['Team 1', 'Amira Öztürk', 1],
    ]);

    const md = await download(`/api/workshops/${w.workshopId}/results.md`, w.facilitatorToken);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Konferenz-Fachkraft-in-Köln.md')}; filename="Konferenz-Fachkraft-in-Koln.md"`,
    );
    const text = await md.text();
    expect(text).toContain('### Lotsendienst für Anerkennung');
    expect(text).toContain('- [x] Träger anschreiben (Verantwortlich: Jörg Müller, Bis: 2025-04-01)');
    expect(text).toContain('- [ ] Kosten "grob" schätzen (Verantwortlich: Ayşe)');
    expect(text).toContain('| Lotsendienst | 3 |');
  });

  it('exports CSV that a CSV parser reads with umlauts, quotes and separators intact', async () => {
    const w = await workshopWithContent();
    const res = await download(`/api/workshops/${w.workshopId}/results.csv?table=ships`, w.facilitatorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(Buffer.from(bytes), { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows[0]).toEqual([
      'Schiff',
      'Ansatz',
      'Frage',
      'Perspektive',
      'Ressourcen',
      'Entstanden in',
      'Crew',
      'Erster Schritt',
      'Verantwortlich',
      'Bis',
      'Erledigt',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      [
        'Lotsendienst für Anerkennung',
        'Ein Ansprechpartner; von Anfang an',
        'Ayşe Öztürk (IHK)',
        'Träger anschreiben',
        'Jörg Müller',
        '2025-04-01',
        'ja',
      ],
      [
        'Lotsendienst für Anerkennung',
        'Ein Ansprechpartner; von Anfang an',
        'Ayşe Öztürk (IHK)',
        'Kosten "grob" schätzen',
        'Ayşe',
        '',
        'nein',
      ],
    ]);

    const questions = parseCsv(
      Buffer.from(
        await (
          await download(`/api/workshops/${w.workshopId}/results.csv?table=questions`, w.facilitatorToken)
        ).arrayBuffer(),
      ),
      { delimiter: ';', bom: true },
    ) as string[][];
    expect(questions).toEqual([
      ['Rang', 'Team', 'Thema', 'Frage'],
      ['1', 'Team 1', expect.any(String), 'Wie können wir Anerkennung beschleunigen?'],
      ['', 'Team 2', '', 'Wie erreichen wir Ältere; auch digital?'],
    ]);
    const votes = parseCsv(
      await (await download(`/api/workshops/${w.workshopId}/results.csv?table=votes`, w.facilitatorToken)).text(),
      { delimiter: ';', bom: true },
    ) as string[][];
    expect(votes.slice(1).map((r) => [r[2], r[3]])).toEqual([
      ['Lotsendienst', '3'],
      ['Sprachcafé', '1'],
    ]);
    expect((await download(`/api/workshops/${w.workshopId}/results.csv?table=nope`, w.facilitatorToken)).status).toBe(
      400,
    );
  });

  it('re-imports the archive into a new workshop whose archive equals the original', async () => {
    const w = await workshopWithContent();
    const res = await download(`/api/workshops/${w.workshopId}/archive`, w.facilitatorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename\*=UTF-8''.+\.json; filename=".+\.json"$/,
    );
    const archive = workshopArchiveSchema.parse(await res.json());
    // Never who voted: only tallies per item.
    expect(JSON.stringify(archive)).not.toContain(w.anna.participantId);

    const created = await api<CreatedWorkshop>(suite.server, 'POST', '/api/workshops', { archive });
    expect(created.status).toBe(201);
    const copyId = created.body.workshopId;
    expect(copyId).not.toBe(w.workshopId);
    const login = await api<TokenResponse>(suite.server, 'POST', `/api/workshops/${copyId}/login`, {
      secret: created.body.facilitatorSecret,
    });
    const again = workshopArchiveSchema.parse(
      await (await download(`/api/workshops/${copyId}/archive`, login.body.token)).json(),
    );

    // Question and vote ids are unique on a server, so the copy has new ones; its ship follows its question.
    const newQuestionId = again.questions.items.find((q) => q.teamId === 'team-1')!.id;
    expect(newQuestionId).not.toBe(w.questionId);
    const normalise = (a: WorkshopArchive, questionId: string) => ({
      definition: a.definition,
      questions: {
        open: a.questions.open,
        items: a.questions.items.map(({ id: _id, ...q }) => q),
      },
      votes: a.votes.map(({ id: _id, ...v }) => v),
      boards: Object.fromEntries(
        Object.entries(a.boards).map(([station, state]) => {
          const content = boardContent(state);
          content.ships = content.ships.map((s) => ({
            ...s,
            questionId: s.questionId === questionId ? 'Q' : s.questionId,
          }));
          return [station, content];
        }),
      ),
    });
    expect(normalise(again, newQuestionId)).toEqual(normalise(archive, w.questionId));
    expect(Object.keys(again.boards).sort()).toEqual(w.view.definition.stations.map((s) => s.id).sort());

    // The copy's results read the same as the original's.
    const results = async (id: string, token: string) =>
      workshopResultsSchema.parse(
        (await api(suite.server, 'GET', `/api/workshops/${id}/results`, undefined, token)).body,
      );
    const strip = (r: Awaited<ReturnType<typeof results>>) => ({
      ...r,
      promotedQuestions: r.promotedQuestions.map(({ id: _id, ...q }) => q),
      questions: r.questions.map(({ id: _id, ...q }) => q),
      ships: r.ships.map(({ questionId: _q, ...s }) => s),
      votes: r.votes.map(({ id: _id, ...v }) => v),
    });
    expect(strip(await results(copyId, login.body.token))).toEqual(
      strip(await results(w.workshopId, w.facilitatorToken)),
    );
  });

  it('refuses a damaged archive without creating anything', async () => {
    const w = await workshopWithContent();
    const archive = (await (
      await download(`/api/workshops/${w.workshopId}/archive`, w.facilitatorToken)
    ).json()) as WorkshopArchive;
    const before = suite.server.app.boards.count();
    const broken = {
      ...archive,
      boards: { ...archive.boards, harbour: Buffer.from([1, 2, 3, 250]).toString('base64') },
    };
    const res = await api<{ error: { code: string } }>(suite.server, 'POST', '/api/workshops', { archive: broken });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(suite.server.app.boards.count()).toBe(before);
  });

  it('publishes under an unguessable link, withdraws it, and publishes again under a new one', async () => {
    const w = await workshopWithContent();
    const path = `/api/workshops/${w.workshopId}/publication`;
    expect((await api<Publication>(suite.server, 'GET', path, undefined, w.facilitatorToken)).body).toEqual({
      published: false,
      path: null,
    });
    const first = (await api<Publication>(suite.server, 'PUT', path, undefined, w.facilitatorToken)).body;
    expect(first.published).toBe(true);
    expect(first.path).toMatch(new RegExp(`^/r/${w.workshopId}/[A-Za-z0-9_-]{22}$`));
    // Publishing twice keeps the link.
    expect((await api<Publication>(suite.server, 'PUT', path, undefined, w.facilitatorToken)).body).toEqual(first);
    expect(suite.server.app.results.publicPath(w.workshopId)).toBe(first.path);

    const publicApi = (p: string) => `/api/public/results/${p.slice(3)}`;
    const open = await download(publicApi(first.path!));
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('no-store');
    const published = workshopResultsSchema.parse(await open.json());
    expect(published.ships[0]!.title).toBe('Lotsendienst für Anerkennung');
    expect(await (await download(`${publicApi(first.path!)}.md`)).text()).toContain('# Konferenz „Fachkraft“ in Köln');
    const csv = await download(`${publicApi(first.path!)}.csv?table=questions`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Wie erreichen wir Ältere; auch digital?');

    // A key that is one character off finds nothing.
    const key = first.path!.split('/').at(-1)!;
    const wrong = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect((await download(`/api/public/results/${w.workshopId}/${wrong}`)).status).toBe(404);

    const withdrawn = (await api<Publication>(suite.server, 'DELETE', path, undefined, w.facilitatorToken)).body;
    expect(withdrawn).toEqual({ published: false, path: null });
    expect((await download(publicApi(first.path!))).status).toBe(404);
    expect((await download(`${publicApi(first.path!)}.md`)).status).toBe(404);
    expect(suite.server.app.results.publicPath(w.workshopId)).toBeNull();

    const second = (await api<Publication>(suite.server, 'PUT', path, undefined, w.facilitatorToken)).body;
    expect(second.path).not.toBe(first.path);
    expect((await download(publicApi(second.path!))).status).toBe(200);
    expect((await download(publicApi(first.path!))).status).toBe(404);
  });

  it('keeps results, exports and publishing to facilitators', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const participant = await joinWorkshop(suite.server, w.joinCode, 'Mallory');
    const viewer = await api<TokenResponse>(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/viewer-token`,
      { projectorId: 'beamer-1' },
      w.facilitatorToken,
    );
    const base = `/api/workshops/${w.workshopId}`;
    const routes: Array<[string, string]> = [
      ['GET', `${base}/results`],
      ['GET', `${base}/results.md`],
      ['GET', `${base}/results.csv`],
      ['GET', `${base}/archive`],
      ['GET', `${base}/publication`],
      ['PUT', `${base}/publication`],
      ['DELETE', `${base}/publication`],
    ];
    for (const token of [participant.token, viewer.body.token]) {
      for (const [method, route] of routes) {
        const res = await fetch(`${suite.server.httpUrl}${route}`, {
          method,
          headers: { authorization: `Bearer ${token}` },
        });
        expect([method, route, res.status]).toEqual([method, route, 403]);
      }
    }
    expect((await fetch(`${suite.server.httpUrl}${base}/results`)).status).toBe(401);
    // Nothing was published by the refused attempts.
    expect(suite.server.app.results.publicPath(w.workshopId)).toBeNull();
  });
});
