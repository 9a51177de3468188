import { describe, expect, it } from 'vitest';
import {
  createGroup,
  createNote,
  PROTOCOL_VERSION,
  readShips,
  setNotesGroup,
  workshopViewSchema,
  type TokenResponse,
  type VoteAck,
  type VoteMinePayload,
  type VoteProgressPayload,
  type VoteSessionsPayload,
  type VoteSessionView,
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

interface Recorded {
  event: string;
  payload: unknown;
}

/** A workshop socket that records every event it receives. */
interface VoteClient {
  socket: Socket;
  events: Recorded[];
  sessions: () => VoteSessionView[];
  emit: (event: string, payload: unknown) => Promise<VoteAck>;
  close: () => void;
}

async function connectVoter(token: string): Promise<VoteClient> {
  const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token });
  const events: Recorded[] = [];
  socket.onAny((event: string, payload: unknown) => events.push({ event, payload }));
  // The votes feature sends its state once it is attached; only then are its events handled.
  await new Promise<void>((resolve, reject) => {
    socket.once('vote:sessions', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    events,
    sessions: () => (events.filter((e) => e.event === 'vote:sessions').at(-1)?.payload as VoteSessionsPayload).sessions,
    emit: (event, payload) => new Promise<VoteAck>((resolve) => socket.emit(event, payload, resolve)),
    close: () => socket.disconnect(),
  };
}

async function workshopView(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

/** Puts notes on a station's board the way the server itself edits boards. */
function addNotes(boardId: string, texts: string[]): string[] {
  return suite.server.app.boardHost.edit(boardId, (doc) =>
    texts.map((text, i) => createNote(doc, { x: i * 200, y: 0, text })),
  )!;
}

async function viewerToken(workshopId: string, facilitatorToken: string): Promise<string> {
  const res = await api<TokenResponse>(
    suite.server,
    'POST',
    `/api/workshops/${workshopId}/viewer-token`,
    { projectorId: 'beamer-1' },
    facilitatorToken,
  );
  return res.body.token;
}

async function mutopiaWorkshop(teamCount = 6) {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount });
  const view = await workshopView(w.workshopId, w.facilitatorToken);
  const station = view.definition.stations.find((s) => s.kind === 'mutopia')!;
  return { ...w, view, station, boardId: view.boards[station.id]! };
}

describe('dot voting', () => {
  it('30 participants voting at once: nobody exceeds the budget, totals match the accepted dots, no tally before the reveal', async () => {
    const w = await mutopiaWorkshop();
    const noteIds = addNotes(w.boardId, ['A', 'B', 'C', 'D', 'E', 'F']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const opened = await facilitator.emit('vote:open', {
      stationId: w.station.id,
      title: 'Welche Ansätze?',
      items: noteIds.map((id) => ({ kind: 'note', id })),
      budget: 3,
      capPerItem: 2,
    });
    expect(opened).toMatchObject({ ok: true });
    const sessionId = (opened as { sessionId: string }).sessionId;

    const joined = [];
    for (let i = 0; i < 30; i++) joined.push(await joinWorkshop(suite.server, w.joinCode, `Person ${i + 1}`));
    const voters = await Promise.all(joined.map((j) => connectVoter(j.token)));
    expect(voters.every((v) => v.sessions().some((s) => s.id === sessionId && s.status === 'open'))).toBe(true);

    // Everybody tries five dots at once. Even people pile three on one item (the third hits the cap),
    // odd people spread them; either way the fifth is over the budget.
    const plans = voters.map((_, i) => {
      const [a, b, c] = [noteIds[i % 6]!, noteIds[(i + 1) % 6]!, noteIds[(i + 2) % 6]!];
      return i % 2 === 0 ? [a, a, a, b, c] : [a, b, c, a, b];
    });
    const acks = await Promise.all(
      voters.map((voter, i) => Promise.all(plans[i]!.map((itemId) => voter.emit('vote:cast', { sessionId, itemId })))),
    );

    const expected: Record<string, number> = {};
    acks.forEach((list, i) => {
      const accepted = list.filter((a) => a.ok);
      expect(accepted).toHaveLength(3);
      expect(list.filter((a) => !a.ok).map((a) => (a as { error: string }).error)).toEqual(
        i % 2 === 0 ? ['cap_reached', 'budget_exhausted'] : ['budget_exhausted', 'budget_exhausted'],
      );
      plans[i]!.forEach((itemId, k) => {
        if (list[k]!.ok) expected[itemId] = (expected[itemId] ?? 0) + 1;
      });
    });
    const perVoter = suite.server.app.database.sqlite
      .prepare('SELECT participant_id, count(*) AS n FROM votes WHERE session_id = ? GROUP BY participant_id')
      .all(sessionId) as Array<{ n: number }>;
    expect(perVoter).toHaveLength(30);
    expect(perVoter.every((row) => row.n === 3)).toBe(true);

    // The facilitator learns how many dots and people, not for what.
    await waitFor(
      () =>
        facilitator.events.some(
          (e) => e.event === 'vote:progress' && (e.payload as VoteProgressPayload).dotsCast === 90,
        ),
      'progress to reach 90 dots',
    );
    const lastProgress = facilitator.events.filter((e) => e.event === 'vote:progress').at(-1)!
      .payload as VoteProgressPayload;
    expect(lastProgress).toMatchObject({ sessionId, dotsCast: 90, voters: 30 });
    expect(facilitator.sessions().find((s) => s.id === sessionId)!.tallies).toBeNull();

    expect(await facilitator.emit('vote:close', { sessionId })).toMatchObject({ ok: true });
    expect(await voters[0]!.emit('vote:cast', { sessionId, itemId: noteIds[5] })).toEqual({
      ok: false,
      error: 'vote_closed',
    });

    // Nothing a participant's socket received before the reveal tells anyone's votes but their own.
    voters.forEach((voter, i) => {
      for (const { event, payload } of voter.events) {
        expect(event).not.toBe('vote:progress');
        if (event === 'vote:sessions') {
          for (const s of (payload as VoteSessionsPayload).sessions) expect(s.tallies).toBeNull();
        }
        if (event === 'vote:mine') {
          const dots = (payload as VoteMinePayload).dots;
          for (const [itemId, n] of Object.entries(dots)) {
            expect(plans[i]!.filter((id) => id === itemId).length).toBeGreaterThanOrEqual(n);
          }
        }
      }
      const mine = voter.events.filter((e) => e.event === 'vote:mine').at(-1)!.payload as VoteMinePayload;
      expect(Object.values(mine.dots).reduce((a, b) => a + b, 0)).toBe(3);
    });

    const viewer = await connectVoter(await viewerToken(w.workshopId, w.facilitatorToken));
    expect(viewer.sessions()[0]!.tallies).toBeNull();
    expect(await facilitator.emit('vote:reveal', { sessionId })).toMatchObject({ ok: true });
    await waitFor(
      () => [...voters, viewer].every((v) => v.sessions().find((s) => s.id === sessionId)?.status === 'revealed'),
      'everyone to get the reveal',
    );
    for (const client of [...voters, viewer, facilitator]) {
      expect(client.sessions().find((s) => s.id === sessionId)!.tallies).toEqual(expected);
    }
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBe(90);
    // The results contract: the same tallies, every item listed, no voter ids.
    const revealed = suite.server.app.votes.store.revealed(w.workshopId);
    expect(revealed).toHaveLength(1);
    expect(revealed[0]!.items.map((i) => [i.id, i.count])).toEqual(noteIds.map((id) => [id, expected[id] ?? 0]));
    expect(JSON.stringify(revealed)).not.toMatch(new RegExp(joined.map((j) => j.participantId).join('|')));

    for (const c of [facilitator, viewer, ...voters]) c.close();
  });

  it('lets a participant take dots back until the close, on all of their devices', async () => {
    const w = await mutopiaWorkshop(2);
    const [a, b] = addNotes(w.boardId, ['A', 'B']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const { sessionId } = (await facilitator.emit('vote:open', {
      stationId: w.station.id,
      title: 'Abstimmung',
      items: [
        { kind: 'note', id: a },
        { kind: 'note', id: b },
      ],
    })) as { sessionId: string };
    const me = await joinWorkshop(suite.server, w.joinCode, 'Ada');
    const phone = await connectVoter(me.token);
    const laptop = await connectVoter(me.token);
    const other = await connectVoter((await joinWorkshop(suite.server, w.joinCode, 'Bob')).token);

    for (const itemId of [a, a, b])
      expect(await phone.emit('vote:cast', { sessionId, itemId })).toMatchObject({ ok: true });
    expect(await phone.emit('vote:cast', { sessionId, itemId: b })).toEqual({ ok: false, error: 'budget_exhausted' });
    expect(await phone.emit('vote:retract', { sessionId, itemId: a })).toMatchObject({
      ok: true,
      dots: { [a!]: 1, [b!]: 1 },
    });
    expect(await phone.emit('vote:cast', { sessionId, itemId: b })).toMatchObject({
      ok: true,
      dots: { [a!]: 1, [b!]: 2 },
    });
    const laptopDots = () =>
      (laptop.events.filter((e) => e.event === 'vote:mine').at(-1)?.payload as VoteMinePayload | undefined)?.dots;
    await waitFor(() => laptopDots()?.[a!] === 1 && laptopDots()?.[b!] === 2, 'the laptop to show the same dots');
    expect(
      other.events
        .filter((e) => e.event === 'vote:mine')
        .every((e) => Object.keys((e.payload as VoteMinePayload).dots).length === 0),
    ).toBe(true);

    expect(await phone.emit('vote:retract', { sessionId, itemId: 'nope' })).toEqual({
      ok: false,
      error: 'unknown_item',
    });
    expect(await other.emit('vote:retract', { sessionId, itemId: a })).toEqual({
      ok: false,
      error: 'nothing_to_retract',
    });
    expect(await facilitator.emit('vote:close', { sessionId })).toMatchObject({ ok: true });
    expect(await phone.emit('vote:retract', { sessionId, itemId: a })).toEqual({ ok: false, error: 'vote_closed' });

    // A reconnecting device gets its dots back.
    const again = await connectVoter(me.token);
    const mine = again.events.find((e) => e.event === 'vote:mine')!.payload as VoteMinePayload;
    expect(mine).toMatchObject({ sessionId, dots: { [a!]: 1, [b!]: 2 } });
    for (const c of [facilitator, phone, laptop, other, again]) c.close();
  });

  it('refuses facilitator commands from participants and dots from viewers and facilitators', async () => {
    const w = await mutopiaWorkshop(2);
    const [a] = addNotes(w.boardId, ['A']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const participant = await connectVoter((await joinWorkshop(suite.server, w.joinCode, 'Mallory')).token);
    const viewer = await connectVoter(await viewerToken(w.workshopId, w.facilitatorToken));
    const open = { stationId: w.station.id, title: 'x', items: [{ kind: 'note', id: a }] };

    expect(await participant.emit('vote:open', open)).toEqual({ ok: false, error: 'forbidden' });
    expect(await viewer.emit('vote:open', open)).toEqual({ ok: false, error: 'forbidden' });
    expect(suite.server.app.votes.store.list(w.workshopId)).toHaveLength(0);

    const { sessionId } = (await facilitator.emit('vote:open', open)) as { sessionId: string };
    for (const [event, payload] of [
      ['vote:close', { sessionId }],
      ['vote:reveal', { sessionId }],
      ['vote:promote', { sessionId, count: 2 }],
      ['vote:delete', { sessionId }],
    ] as const) {
      expect(await participant.emit(event, payload)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(suite.server.app.votes.store.get(w.workshopId, sessionId)!.status).toBe('open');

    expect(await viewer.emit('vote:cast', { sessionId, itemId: a })).toEqual({ ok: false, error: 'forbidden' });
    expect(await facilitator.emit('vote:cast', { sessionId, itemId: a })).toEqual({ ok: false, error: 'forbidden' });
    expect(suite.server.app.votes.store.progress(sessionId)).toEqual({ dotsCast: 0, voters: 0 });

    // Bad input is refused before any handler; items must exist on the station's board.
    expect(await facilitator.emit('vote:open', { ...open, budget: 50 })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(
      await facilitator.emit('vote:open', { ...open, stationId: 'harbour', items: [{ kind: 'note', id: 'zz' }] }),
    ).toEqual({
      ok: false,
      error: 'unknown_item',
    });
    expect(await facilitator.emit('vote:open', open)).toEqual({ ok: false, error: 'vote_in_progress' });
    expect(await participant.emit('vote:cast', { sessionId: 'AAAAAAAAAAAAAAAA', itemId: a })).toEqual({
      ok: false,
      error: 'unknown_session',
    });
    for (const c of [facilitator, participant, viewer]) c.close();
  });

  it('promotes the top 2 notes of a [M]Utopie station into ships in the harbour, once', async () => {
    const w = await mutopiaWorkshop(2);
    const ids = addNotes(w.boardId, ['Lernlabor\nEin Raum zum Ausprobieren', 'Mentoring', 'Podcast', 'Tandems']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const { sessionId } = (await facilitator.emit('vote:open', {
      stationId: w.station.id,
      title: 'Zwei Ansätze',
      items: ids.map((id) => ({ kind: 'note', id })),
      budget: 3,
    })) as { sessionId: string };
    const voters = await Promise.all(
      ['A', 'B'].map(async (name) => connectVoter((await joinWorkshop(suite.server, w.joinCode, name)).token)),
    );
    // Tandems 3, Lernlabor 2, Mentoring 1, Podcast 0.
    for (const itemId of [ids[3], ids[3], ids[0]]) await voters[0]!.emit('vote:cast', { sessionId, itemId });
    for (const itemId of [ids[3], ids[0], ids[1]]) await voters[1]!.emit('vote:cast', { sessionId, itemId });

    expect(await facilitator.emit('vote:promote', { sessionId, count: 2 })).toEqual({
      ok: false,
      error: 'not_revealed',
    });
    // Reveal straight from open closes the vote too.
    expect(await facilitator.emit('vote:reveal', { sessionId })).toMatchObject({ ok: true });
    expect(await voters[0]!.emit('vote:cast', { sessionId, itemId: ids[2] })).toEqual({
      ok: false,
      error: 'vote_closed',
    });
    expect(await facilitator.emit('vote:promote', { sessionId, count: 2 })).toEqual({
      ok: true,
      sessionId,
      promotion: { promoted: [ids[3], ids[0]] },
    });

    const harbourBoard = w.view.boards['harbour']!;
    const provider = connectProvider(suite.server, harbourBoard, new Y.Doc(), w.facilitatorToken);
    await synced(provider);
    const ships = readShips(provider.doc);
    expect(ships.map((s) => s.title)).toEqual(['Tandems', 'Lernlabor']);
    expect(ships[1]).toMatchObject({
      // The first line names the ship; the approach holds the rest, not the title again.
      approach: 'Ein Raum zum Ausprobieren',
      originStationId: w.station.id,
      perspectiveId: w.station.perspectiveId,
      budgetTierId: w.station.budgetTierId,
      questionText: w.station.prompt,
    });

    expect(await facilitator.emit('vote:promote', { sessionId, count: 2 })).toEqual({
      ok: true,
      sessionId,
      promotion: { promoted: [] },
    });
    expect(await facilitator.emit('vote:promote', { sessionId, count: 3 })).toMatchObject({
      promotion: { promoted: [ids[1]] },
    });
    await waitFor(() => readShips(provider.doc).length === 3, 'the third ship');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readShips(provider.doc)).toHaveLength(3);
    expect(facilitator.sessions()[0]!.promoted).toEqual([ids[3], ids[0], ids[1]]);
    destroyAll(provider);
    for (const c of [facilitator, ...voters]) c.close();
  });

  it('adds a harbour to a workshop without one when a group vote is promoted', async () => {
    const w = await createWorkshop(suite.server, 'praxisaustausch');
    const view = await workshopView(w.workshopId, w.facilitatorToken);
    expect(view.definition.stations.some((s) => s.kind === 'harbour')).toBe(false);
    const station = view.definition.stations[0]!;
    const groupId = suite.server.app.boardHost.edit(view.boards[station.id]!, (doc) => {
      const notes = ['Weniger Formulare', 'Mehr Zeit'].map((text) => createNote(doc, { x: 0, y: 0, text }));
      const group = createGroup(doc, { title: 'Entlastung', x: 0, y: 0 })!;
      setNotesGroup(doc, notes, group);
      return group;
    })!;
    const facilitator = await connectVoter(w.facilitatorToken);
    const voter = await connectVoter((await joinWorkshop(suite.server, w.joinCode, 'Ada')).token);
    const { sessionId } = (await facilitator.emit('vote:open', {
      stationId: station.id,
      title: 'Cluster',
      items: [{ kind: 'group', id: groupId }],
    })) as { sessionId: string };
    expect(facilitator.sessions()[0]!.items).toEqual([{ kind: 'group', id: groupId, label: 'Entlastung' }]);
    await voter.emit('vote:cast', { sessionId, itemId: groupId });
    await facilitator.emit('vote:reveal', { sessionId });
    expect(await facilitator.emit('vote:promote', { sessionId, count: 2 })).toMatchObject({
      promotion: { promoted: [groupId] },
    });

    await waitFor(() => facilitator.events.some((e) => e.event === 'session:definition'), 'the definition change');
    const after = await workshopView(w.workshopId, w.facilitatorToken);
    const harbour = after.definition.stations.find((s) => s.kind === 'harbour')!;
    expect(harbour).toMatchObject({ id: 'harbour', name: 'Hafen' });
    const ships = suite.server.app.boardHost.read(after.boards[harbour.id]!, readShips)!;
    expect(ships).toHaveLength(1);
    expect(ships[0]).toMatchObject({ title: 'Entlastung', originStationId: station.id });
    expect(ships[0]!.approach.split('\n')).toEqual([
      expect.stringMatching(/Formulare|Zeit/),
      expect.stringMatching(/Formulare|Zeit/),
    ]);
    for (const c of [facilitator, voter]) c.close();
  });

  it('runs a workshop-wide vote over the questions and promotes the winners on the question wall', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = await workshopView(w.workshopId, w.facilitatorToken);
    const questions = view.definition.teams.map((team, i) =>
      suite.server.app.questions.store.submit(w.workshopId, team.id, `Wie können wir ${i + 1} …?`, null),
    );
    const facilitator = await connectVoter(w.facilitatorToken);
    const voters = await Promise.all(
      [0, 1].map(async (i) => connectVoter((await joinWorkshop(suite.server, w.joinCode, `P${i}`)).token)),
    );
    const { sessionId } = (await facilitator.emit('vote:open', {
      stationId: null,
      title: 'Fragen',
      items: questions.map((q) => ({ kind: 'question', id: q.id })),
    })) as { sessionId: string };
    await waitFor(() => voters.every((v) => v.sessions().length === 1), 'the vote to reach everyone');
    expect(voters[0]!.sessions()[0]!.items.map((i) => i.label)).toEqual(questions.map((q) => q.text));
    // Question 3 gets two dots, 1 and 2 one each: the cut at 2 falls inside a tie, which the facilitator settles.
    await voters[0]!.emit('vote:cast', { sessionId, itemId: questions[2]!.id });
    await voters[1]!.emit('vote:cast', { sessionId, itemId: questions[2]!.id });
    await voters[1]!.emit('vote:cast', { sessionId, itemId: questions[1]!.id });
    await voters[0]!.emit('vote:cast', { sessionId, itemId: questions[0]!.id });
    await facilitator.emit('vote:close', { sessionId });
    await facilitator.emit('vote:reveal', { sessionId });
    expect(await facilitator.emit('vote:promote', { sessionId, count: 2 })).toEqual({
      ok: false,
      error: 'tie_at_cut',
      tie: { dots: 1, seats: 1, clear: [questions[2]!.id], tied: [questions[0]!.id, questions[1]!.id] },
    });
    expect(suite.server.app.questions.store.promoted(w.workshopId)).toEqual([]);
    expect(
      await facilitator.emit('vote:promote', { sessionId, count: 2, resolution: { pick: [questions[1]!.id] } }),
    ).toMatchObject({ promotion: { promoted: [questions[2]!.id, questions[1]!.id] } });
    const promoted = suite.server.app.questions.store.promoted(w.workshopId);
    expect(promoted.map((q) => q.id)).toEqual([questions[2]!.id, questions[1]!.id]);
    for (const c of [facilitator, ...voters]) c.close();
  });

  it('exports sessions without voters and imports them so that a re-export is equal', async () => {
    const w = await mutopiaWorkshop(2);
    const [a, b] = addNotes(w.boardId, ['A', 'B']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const me = await joinWorkshop(suite.server, w.joinCode, 'Ada');
    const voter = await connectVoter(me.token);
    const items = [
      { kind: 'note', id: a },
      { kind: 'note', id: b },
    ];
    const first = (await facilitator.emit('vote:open', { stationId: w.station.id, title: 'Eins', items })) as {
      sessionId: string;
    };
    await voter.emit('vote:cast', { sessionId: first.sessionId, itemId: b });
    await facilitator.emit('vote:reveal', { sessionId: first.sessionId });
    const second = (await facilitator.emit('vote:open', { stationId: w.station.id, title: 'Zwei', items })) as {
      sessionId: string;
    };
    await voter.emit('vote:cast', { sessionId: second.sessionId, itemId: a });

    const store = suite.server.app.votes.store;
    const exported = store.exportSessions(w.workshopId);
    expect(exported.map((s) => [s.title, s.status, s.tallies])).toEqual([
      ['Eins', 'revealed', { [a!]: 0, [b!]: 1 }],
      // Still secret: the archive does not leak an unrevealed vote.
      ['Zwei', 'open', null],
    ]);
    expect(JSON.stringify(exported)).not.toContain(me.participantId);

    const other = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const ids = store.importSessions(other.workshopId, JSON.parse(JSON.stringify(exported)));
    const reexported = store.exportSessions(other.workshopId);
    expect(reexported).toEqual(exported.map((s) => ({ ...s, id: ids.get(s.id) })));
    expect(store.revealed(other.workshopId)[0]!.items.map((i) => i.count)).toEqual([0, 1]);
    for (const c of [facilitator, voter]) c.close();
  });
});

describe('a vote at every station of a phase', () => {
  it('opens one per station over its groups and loose notes, skips empty boards and running votes, for facilitators only', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = await workshopView(w.workshopId, w.facilitatorToken);
    const [first, second, third, empty] = view.definition.stations.filter((s) => s.kind === 'mutopia');
    addNotes(view.boards[first!.id]!, ['Lotsen', 'Tandems']);
    const clustered = suite.server.app.boardHost.edit(view.boards[second!.id]!, (doc) => {
      const notes = ['Sprachcafé', 'App'].map((text) => createNote(doc, { x: 0, y: 0, text }));
      const group = createGroup(doc, { title: 'Sprache im Betrieb', x: 0, y: 0 })!;
      setNotesGroup(doc, notes, group);
      return group;
    })!;
    addNotes(view.boards[third!.id]!, ['Schon abgestimmt']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const participant = await connectVoter((await joinWorkshop(suite.server, w.joinCode, 'Ada')).token);
    const running = await facilitator.emit('vote:open', {
      stationId: third!.id,
      title: 'Vorher',
      items: [{ kind: 'note', id: addNotes(view.boards[third!.id]!, ['Noch eine'])[0]! }],
    });
    expect(running.ok).toBe(true);

    const stationIds = [first!.id, second!.id, third!.id, empty!.id];
    const payload = { stationIds, title: 'Ansätze', budget: 2 };
    expect(await participant.emit('vote:openStations', payload)).toEqual({ ok: false, error: 'forbidden' });
    const ack = await facilitator.emit('vote:openStations', payload);
    expect(ack.ok && ack.batch).toMatchObject({
      opened: [{ stationId: first!.id }, { stationId: second!.id }],
      skipped: [
        { stationId: third!.id, error: 'vote_in_progress' },
        { stationId: empty!.id, error: 'no_items' },
      ],
    });

    await waitFor(() => participant.sessions().length === 3, 'the two new votes');
    const byStation = new Map(participant.sessions().map((s) => [s.stationId, s]));
    expect(byStation.get(first!.id)).toMatchObject({ title: 'Ansätze', budget: 2, status: 'open', tallies: null });
    expect(byStation.get(first!.id)!.items.map((i) => i.label)).toEqual(['Lotsen', 'Tandems']);
    expect(byStation.get(second!.id)!.items).toEqual([{ kind: 'group', id: clustered, label: 'Sprache im Betrieb' }]);
    for (const c of [facilitator, participant]) c.close();
  });
});
