import { describe, expect, it } from 'vitest';
import {
  createGroup,
  createNote,
  readGroups,
  readNotes,
  readShips,
  setNotesGroup,
  wholeBoardBallot,
  type VoteAck,
} from '@mutopia/shared';
import * as Y from 'yjs';
import { connectProvider, createWorkshop, destroyAll, joinWorkshop, serverPerTest, synced } from './harness.js';
import { addNotes, connectVoter, workshopView, type VoteClient } from './vote-clients.js';

const suite = serverPerTest();

async function conference(teamCount = 3) {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount });
  const view = await workshopView(suite.server, w.workshopId, w.facilitatorToken);
  const mutopia = view.definition.stations.filter((s) => s.kind === 'mutopia');
  const facilitator = await connectVoter(suite.server, w.facilitatorToken);
  return { ...w, view, mutopia, facilitator };
}

/** Four notes, two of them in the group "Lernorte" (top row), two loose below them. */
async function halfGrouped(boardId: string): Promise<{ group: string; loose: string[] }> {
  return (await suite.server.app.boardHost.edit(boardId, (doc) => {
    const grouped = ['Lernlabor', 'Bibliothek'].map((text, i) => createNote(doc, { x: i * 200, y: 0, text }));
    const group = createGroup(doc, { title: 'Lernorte', x: 0, y: 0 })!;
    setNotesGroup(doc, grouped, group);
    const loose = ['Podcast', 'Tandems'].map((text, i) => createNote(doc, { x: i * 200, y: 600, text }));
    return { group, loose };
  }))!;
}

async function participants(joinCode: string, n: number): Promise<VoteClient[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, i) =>
      connectVoter(suite.server, (await joinWorkshop(suite.server, joinCode, `P${i + 1}`)).token),
    ),
  );
}

/** Opens, fills and reveals a vote; `dots` lists each voter's dots by item index. */
async function revealedVote(
  facilitator: VoteClient,
  voters: VoteClient[],
  stationId: string,
  itemIds: string[],
  dots: number[][],
): Promise<string> {
  const opened = await facilitator.emit('vote:open', {
    stationId,
    title: 'Ansätze',
    items: itemIds.map((id) => ({ kind: 'note', id })),
    budget: 5,
  });
  const sessionId = (opened as { sessionId: string }).sessionId;
  for (const [v, list] of dots.entries()) {
    for (const index of list) {
      expect(await voters[v]!.emit('vote:cast', { sessionId, itemId: itemIds[index] })).toMatchObject({ ok: true });
    }
  }
  expect(await facilitator.emit('vote:reveal', { sessionId })).toMatchObject({ ok: true });
  return sessionId;
}

const shipTitles = async (harbourBoard: string) =>
  (await suite.server.app.boardHost.read(harbourBoard, readShips))!.map((s) => s.title);

describe('ungrouped notes on the ballot', () => {
  it('vote:openStations puts every group and every note outside a group on the ballot, and says so beforehand', async () => {
    const { facilitator, joinCode, view, mutopia } = await conference();
    const [mixed, empty] = mutopia;
    const { group, loose } = await halfGrouped(view.boards[mixed!.id]!);
    const participant = (await participants(joinCode, 1))[0]!;
    const stationIds = [mixed!.id, empty!.id];

    expect(await participant.emit('vote:previewStations', { stationIds })).toEqual({ ok: false, error: 'forbidden' });
    expect(await facilitator.emit('vote:previewStations', { stationIds })).toEqual({
      ok: true,
      preview: [
        { stationId: mixed!.id, groups: 1, looseNotes: 2, items: 3 },
        { stationId: empty!.id, groups: 0, looseNotes: 0, items: 0, error: 'no_items' },
      ],
    });
    // Asking opened nothing.
    expect(await suite.server.app.votes.store.list(view.id)).toHaveLength(0);

    const ack = await facilitator.emit('vote:openStations', { stationIds, title: 'Ansätze' });
    expect(ack.ok && ack.batch).toMatchObject({ opened: [{ stationId: mixed!.id }], skipped: [{ error: 'no_items' }] });
    const session = facilitator.sessions().find((s) => s.stationId === mixed!.id)!;
    expect(session.items).toEqual([
      { kind: 'group', id: group, label: 'Lernorte' },
      { kind: 'note', id: loose[0], label: 'Podcast' },
      { kind: 'note', id: loose[1], label: 'Tandems' },
    ]);
    // A strong loose approach can be voted for.
    expect(await participant.emit('vote:cast', { sessionId: session.id, itemId: loose[1] })).toMatchObject({
      ok: true,
    });
    expect(await facilitator.emit('vote:previewStations', { stationIds: [mixed!.id] })).toMatchObject({
      preview: [{ stationId: mixed!.id, items: 3, error: 'vote_in_progress' }],
    });
    for (const c of [facilitator, participant]) c.close();
  });

  it('the single-station start sends what the dialog shows: the group and the loose notes, all accepted', async () => {
    const { facilitator, facilitatorToken, view, mutopia } = await conference(2);
    const station = mutopia[0]!;
    const { group, loose } = await halfGrouped(view.boards[station.id]!);
    // The facilitator's browser reads the board it has open, as StartVoteDialog does.
    const provider = connectProvider(suite.server, view.boards[station.id]!, new Y.Doc(), facilitatorToken);
    await synced(provider);
    const ballot = wholeBoardBallot(readNotes(provider.doc), readGroups(provider.doc));
    expect(ballot.groups).toEqual([{ id: group, notes: 2 }]);
    expect(ballot.looseNotes).toEqual(loose);

    const opened = await facilitator.emit('vote:open', {
      stationId: station.id,
      title: 'Ansätze',
      items: ballot.items,
    });
    expect(opened).toMatchObject({ ok: true });
    expect(facilitator.sessions()[0]!.items.map((i) => [i.kind, i.label])).toEqual([
      ['group', 'Lernorte'],
      ['note', 'Podcast'],
      ['note', 'Tandems'],
    ]);
    destroyAll(provider);
    facilitator.close();
  });
});

describe('a tie at the cut', () => {
  it('3/3/3 with top 2: the ack reports the tie and nothing is promoted until the facilitator picks', async () => {
    const { facilitator, joinCode, view, mutopia } = await conference();
    const harbour = view.boards['harbour']!;
    const ids = await addNotes(suite.server, view.boards[mutopia[0]!.id]!, ['Lotsen', 'Tandems', 'Sprach-App']);
    const voters = await participants(joinCode, 3);
    const sessionId = await revealedVote(facilitator, voters, mutopia[0]!.id, ids, [
      [0, 1, 2],
      [0, 1, 2],
      [0, 1, 2],
    ]);

    const tie: VoteAck = await facilitator.emit('vote:promote', { sessionId, count: 2 });
    expect(tie).toEqual({
      ok: false,
      error: 'tie_at_cut',
      tie: { dots: 3, seats: 2, clear: [], tied: ids },
    });
    expect((await suite.server.app.votes.store.get(view.id, sessionId))!.promoted).toEqual([]);
    expect(await shipTitles(harbour)).toEqual([]);

    // A pick outside the tie is refused, and still nothing sails.
    expect(
      await facilitator.emit('vote:promote', { sessionId, count: 2, resolution: { pick: [ids[0], 'other'] } }),
    ).toEqual({ ok: false, error: 'not_in_tie' });
    expect(await shipTitles(harbour)).toEqual([]);

    // The facilitator picks the last one (the list order would have dropped it) and the first.
    expect(
      await facilitator.emit('vote:promote', { sessionId, count: 2, resolution: { pick: [ids[2], ids[0]] } }),
    ).toEqual({ ok: true, sessionId, promotion: { promoted: [ids[0], ids[2]] } });
    expect(await shipTitles(harbour)).toEqual(['Lotsen', 'Sprach-App']);
    // Both seats are taken: asking again decides nothing and adds nothing.
    expect(await facilitator.emit('vote:promote', { sessionId, count: 2 })).toEqual({
      ok: true,
      sessionId,
      promotion: { promoted: [] },
    });
    expect(await shipTitles(harbour)).toHaveLength(2);
    for (const c of [facilitator, ...voters]) c.close();
  });

  it('"all tied" promotes the clear winner and every tied item, going past N', async () => {
    const { facilitator, joinCode, view, mutopia } = await conference();
    const harbour = view.boards['harbour']!;
    const ids = await addNotes(suite.server, view.boards[mutopia[1]!.id]!, [
      'Mentoring',
      'Podcast',
      'Lernlabor',
      'Café',
    ]);
    const voters = await participants(joinCode, 2);
    // Mentoring 4, Podcast 2, Lernlabor 2, Café 2.
    const sessionId = await revealedVote(facilitator, voters, mutopia[1]!.id, ids, [
      [0, 0, 1, 2, 3],
      [0, 0, 1, 2, 3],
    ]);
    expect(await facilitator.emit('vote:promote', { sessionId, count: 2 })).toMatchObject({
      error: 'tie_at_cut',
      tie: { dots: 2, seats: 1, clear: [ids[0]], tied: [ids[1], ids[2], ids[3]] },
    });
    expect(await shipTitles(harbour)).toEqual([]);
    expect(await facilitator.emit('vote:promote', { sessionId, count: 2, resolution: 'all_tied' })).toEqual({
      ok: true,
      sessionId,
      promotion: { promoted: ids },
    });
    expect(await shipTitles(harbour)).toEqual(['Mentoring', 'Podcast', 'Lernlabor', 'Café']);
    await expect.poll(() => facilitator.sessions().find((s) => s.id === sessionId)!.promoted).toEqual(ids);
    for (const c of [facilitator, ...voters]) c.close();
  });
});
