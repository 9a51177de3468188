import { findTemplate, initialSessionState } from '@mutopia/shared';
import { expect, it } from 'vitest';
import type { StoreDb } from '../../src/db/store-db.js';
import { BoardStore } from '../../src/persistence/board-store.js';
import { QuestionStore } from '../../src/questions/question-store.js';
import { PublicationStore } from '../../src/results/publication-store.js';
import { KeptResultsStore } from '../../src/retention/kept-results.js';
import { SeriesStore } from '../../src/series/series-store.js';
import { VoteStore } from '../../src/votes/vote-store.js';
import { WorkshopStore } from '../../src/workshops/workshop-store.js';
import { describeStores } from './engines.js';

function definition() {
  return findTemplate('weiterbildungskonferenz')!.build({}, 'de');
}

function workshopStore(store: StoreDb): WorkshopStore {
  return new WorkshopStore(store, new BoardStore(store));
}

describeStores('workshops, votes and questions', (store, location) => {
  it('creates a workshop with one board per station, finds it by id and join code, and keeps its state', async () => {
    const workshops = workshopStore(store());
    const def = definition();
    const { workshop, facilitatorSecret } = await workshops.create(def);
    expect(facilitatorSecret).not.toBe('');
    expect(workshop.definition).toEqual(def);
    expect(await workshops.byJoinCode(workshop.joinCode)).toEqual(workshop);
    const stationBoards = await new BoardStore(store()).stationBoards(workshop.id);
    expect(Object.keys(stationBoards).sort()).toEqual(def.stations.map((s) => s.id).sort());

    const state = { ...initialSessionState(), phaseIndex: 1 };
    await workshops.saveState(workshop.id, state);
    // What another node reads from the same store.
    const elsewhere = workshopStore(await location().open());
    expect((await elsewhere.get(workshop.id))?.state).toEqual(state);
    expect(await elsewhere.get('nope')).toBeUndefined();
  });

  it('keeps participants in join order, also when many join at once (on PostgreSQL: in commit order)', async () => {
    const workshops = workshopStore(store());
    const { workshop } = await workshops.create(definition());
    const team = definition().teams[0]?.id ?? null;
    const first = await workshops.addParticipant(workshop.id, 'Erste', team);
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => workshops.addParticipant(workshop.id, `Person ${i}`, team)),
    );
    const last = await workshops.addParticipant(workshop.id, 'Letzte', null);
    const listed = (await workshops.participants(workshop.id)).map((p) => p.id);
    expect(listed[0]).toBe(first.id);
    expect(listed.at(-1)).toBe(last.id);
    expect(listed.slice(1, -1).sort()).toEqual(burst.map((p) => p.id).sort());
    // Ties are broken in the store, so every node and every restart lists the same order.
    const elsewhere = workshopStore(await location().open());
    expect((await elsewhere.participants(workshop.id)).map((p) => p.id)).toEqual(listed);

    await workshops.updateParticipant(first.id, { displayName: 'Ana' });
    expect((await workshops.participant(first.id))?.displayName).toBe('Ana');
    await workshops.removeParticipant(burst[0]!.id);
    expect(await workshops.participant(burst[0]!.id)).toBeUndefined();
    expect(await workshops.participants(workshop.id)).toHaveLength(21);
  });

  it('counts token versions up per holder, and a new facilitator secret bumps the facilitator’s', async () => {
    const workshops = workshopStore(store());
    const { workshop } = await workshops.create(definition());
    expect(await workshops.tokenVersions(workshop.id)).toEqual(new Map());
    expect(await workshops.bumpTokenVersion(workshop.id, 'participant:p1')).toBe(1);
    expect(await workshops.bumpTokenVersion(workshop.id, 'participant:p1')).toBe(2);
    expect(await workshops.bumpTokenVersion(workshop.id, 'projector:x')).toBe(1);
    expect(await workshops.tokenVersions(workshop.id)).toEqual(
      new Map([
        ['participant:p1', 2],
        ['projector:x', 1],
      ]),
    );
    const rotated = await workshops.rotateFacilitatorSecret(workshop.id);
    expect(rotated.version).toBe(workshop.facilitatorTokenVersion + 1);
    expect((await workshops.get(workshop.id))?.facilitatorTokenVersion).toBe(rotated.version);
  });

  it('lets 20 concurrent casts of one participant spend exactly the budget, and none after the reveal', async () => {
    const workshops = workshopStore(store());
    const { workshop } = await workshops.create(definition());
    const votes = new VoteStore(store());
    const session = await votes.create(workshop.id, {
      stationId: null,
      title: 'Punkte',
      items: [
        { kind: 'note', id: 'a', label: 'A' },
        { kind: 'note', id: 'b', label: 'B' },
      ],
      budget: 5,
      capPerItem: 3,
      phaseIndex: null,
    });
    if (typeof session === 'string') throw new Error(session);
    // One node here (two SQLite connections in one process would wait on each other); the
    // multi-node tests cast on two nodes sharing PostgreSQL.
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => votes.cast(workshop.id, session.id, 'p1', i % 2 ? 'a' : 'b')),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    const mine = await votes.mine(session.id, 'p1');
    expect(mine.a! + mine.b!).toBe(5);
    expect(Math.max(mine.a!, mine.b!)).toBe(3);
    expect(await votes.tallies(session.id)).toEqual(mine);

    const revealed = await votes.reveal(workshop.id, session.id, 2);
    expect(typeof revealed !== 'string' && revealed.status).toBe('revealed');
    expect(await votes.cast(workshop.id, session.id, 'p2', 'a')).toEqual({ ok: false, error: 'vote_closed' });
    expect(await votes.list(workshop.id)).toHaveLength(1);
  });

  it('keeps one question per team, ranks promoted ones 1…n and closes ranks when one is removed', async () => {
    const workshops = workshopStore(store());
    const { workshop } = await workshops.create(definition());
    const teams = ['t1', 't2', 't3'];
    const questions = new QuestionStore(store(), async () => teams);
    const q = [];
    for (const team of teams) q.push(await questions.submit(workshop.id, team, `Wie könnten wir ${team}?`, null));
    const again = await questions.submit(workshop.id, 't1', 'Wie könnten wir besser?', null);
    expect(again.id).toBe(q[0]!.id);
    expect((await questions.list(workshop.id)).map((x) => x.text)).toEqual([
      'Wie könnten wir besser?',
      'Wie könnten wir t2?',
      'Wie könnten wir t3?',
    ]);
    expect(await questions.promote(workshop.id, [q[2]!.id, q[0]!.id, q[1]!.id])).toBe('ok');
    expect(await questions.promote(workshop.id, ['foreign'])).toBe('not_found');
    expect(await questions.remove(workshop.id, q[0]!.id)).toBe(true);
    expect((await questions.promoted(workshop.id)).map((x) => [x.id, x.promotedRank])).toEqual([
      [q[2]!.id, 1],
      [q[1]!.id, 2],
    ]);
    expect(await questions.edit(workshop.id, 'nope', 'x', null)).toBe(false);
    await questions.setOpen(workshop.id, false);
    expect(await questions.isOpen(workshop.id)).toBe(false);
  });

  it('publishes once per link version, also when two publish at once, and withdraws', async () => {
    const { workshop } = await workshopStore(store()).create(definition());
    const publication = new PublicationStore(store());
    expect(await publication.get(workshop.id)).toEqual({ published: false, version: 0 });
    const both = await Promise.all([publication.publish(workshop.id), publication.publish(workshop.id)]);
    expect(both).toEqual([
      { published: true, version: 1 },
      { published: true, version: 1 },
    ]);
    expect(await publication.withdraw(workshop.id)).toEqual({ published: false, version: 1 });
    expect(await publication.publish(workshop.id)).toEqual({ published: true, version: 2 });
    expect(await publication.get('nope')).toBeUndefined();
  });

  it('keeps a series, its sessions in creation order and its archive version', async () => {
    const workshops = workshopStore(store());
    const seriesStore = new SeriesStore(store());
    const { series } = await seriesStore.create({
      title: 'Zukunftsdialog 2027',
      locale: 'de',
      templateId: 'weiterbildungskonferenz',
      topicPlan: [],
    });
    expect(await seriesStore.get(series.id)).toEqual(series);
    const a = (await workshops.create(definition())).workshop;
    const b = (await workshops.create(definition())).workshop;
    await seriesStore.attachSession(series.id, b.id, []);
    await seriesStore.attachSession(series.id, a.id, []);
    expect((await seriesStore.sessions(series.id)).map((x) => x.workshopId)).toEqual([a.id, b.id]);
    expect(await seriesStore.seriesOf(a.id)).toBe(series.id);
    expect(await seriesStore.bumpArchiveVersion(series.id)).toBe(series.archiveVersion + 1);
  });

  it('remembers whether a workshop’s anonymous results are to be kept after its deletion', async () => {
    const { workshop } = await workshopStore(store()).create(definition());
    const kept = new KeptResultsStore(store());
    expect(await kept.keepResults(workshop.id)).toBe(false);
    await kept.setKeepResults(workshop.id, true);
    expect(await kept.keepResults(workshop.id)).toBe(true);
    expect(await kept.get('gone')).toBeUndefined();
  });
});
