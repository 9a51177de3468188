import { describe, expect, it } from 'vitest';
import { createGroup, createNote, readShips, setNotesGroup } from '@mutopia/shared';
import * as Y from 'yjs';
import {
  connectProvider,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
} from './harness.js';
import * as votes from './vote-clients.js';

const suite = serverPerTest();

const connectVoter = (token: string) => votes.connectVoter(suite.server, token);
const workshopView = (workshopId: string, token: string) => votes.workshopView(suite.server, workshopId, token);
const addNotes = (boardId: string, texts: string[]) => votes.addNotes(suite.server, boardId, texts);

async function mutopiaWorkshop(teamCount = 6) {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount });
  const view = await workshopView(w.workshopId, w.facilitatorToken);
  const station = view.definition.stations.find((s) => s.kind === 'mutopia')!;
  return { ...w, view, station, boardId: view.boards[station.id]! };
}

describe('promoting what a vote chose', () => {
  it('promotes the top 2 notes of a [M]Utopie station into ships in the harbour, once', async () => {
    const w = await mutopiaWorkshop(2);
    const ids = await addNotes(w.boardId, ['Lernlabor\nEin Raum zum Ausprobieren', 'Mentoring', 'Podcast', 'Tandems']);
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
    const groupId = await suite.server.app.boardHost.edit(view.boards[station.id]!, (doc) => {
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
    const ships = (await suite.server.app.boardHost.read(after.boards[harbour.id]!, readShips))!;
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
    const questions = [];
    for (const [i, team] of view.definition.teams.entries())
      questions.push(
        await suite.server.app.questions.store.submit(w.workshopId, team.id, `Wie können wir ${i + 1} …?`, null),
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
    expect(await suite.server.app.questions.store.promoted(w.workshopId)).toEqual([]);
    expect(
      await facilitator.emit('vote:promote', { sessionId, count: 2, resolution: { pick: [questions[1]!.id] } }),
    ).toMatchObject({ promotion: { promoted: [questions[2]!.id, questions[1]!.id] } });
    const promoted = await suite.server.app.questions.store.promoted(w.workshopId);
    expect(promoted.map((q) => q.id)).toEqual([questions[2]!.id, questions[1]!.id]);
    for (const c of [facilitator, ...voters]) c.close();
  });

  it('exports sessions without voters and imports them so that a re-export is equal', async () => {
    const w = await mutopiaWorkshop(2);
    const [a, b] = await addNotes(w.boardId, ['A', 'B']);
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
    const exported = await store.exportSessions(w.workshopId);
    expect(exported.map((s) => [s.title, s.status, s.tallies])).toEqual([
      ['Eins', 'revealed', { [a!]: 0, [b!]: 1 }],
      // Still secret: the archive does not leak an unrevealed vote.
      ['Zwei', 'open', null],
    ]);
    expect(JSON.stringify(exported)).not.toContain(me.participantId);

    const other = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const ids = await store.importSessions(other.workshopId, JSON.parse(JSON.stringify(exported)));
    const reexported = await store.exportSessions(other.workshopId);
    expect(reexported).toEqual(exported.map((s) => ({ ...s, id: ids.get(s.id) })));
    expect((await store.revealed(other.workshopId))[0]!.items.map((i) => i.count)).toEqual([0, 1]);
    for (const c of [facilitator, voter]) c.close();
  });
});

describe('a vote at every station of a phase', () => {
  it('opens one per station over its groups and loose notes, skips empty boards and running votes, for facilitators only', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = await workshopView(w.workshopId, w.facilitatorToken);
    const [first, second, third, empty] = view.definition.stations.filter((s) => s.kind === 'mutopia');
    await addNotes(view.boards[first!.id]!, ['Lotsen', 'Tandems']);
    const clustered = (await suite.server.app.boardHost.edit(view.boards[second!.id]!, (doc) => {
      const notes = ['Sprachcafé', 'App'].map((text) => createNote(doc, { x: 0, y: 0, text }));
      const group = createGroup(doc, { title: 'Sprache im Betrieb', x: 0, y: 0 })!;
      setNotesGroup(doc, notes, group);
      return group;
    }))!;
    await addNotes(view.boards[third!.id]!, ['Schon abgestimmt']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const participant = await connectVoter((await joinWorkshop(suite.server, w.joinCode, 'Ada')).token);
    const running = await facilitator.emit('vote:open', {
      stationId: third!.id,
      title: 'Vorher',
      items: [{ kind: 'note', id: (await addNotes(view.boards[third!.id]!, ['Noch eine']))[0]! }],
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
