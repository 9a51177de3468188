import { describe, expect, it } from 'vitest';
import {
  workshopViewSchema,
  type TokenResponse,
  type VoteMinePayload,
  type VoteProgressPayload,
  type VoteSessionsPayload,
} from '@mutopia/shared';
import { api, createWorkshop, joinWorkshop, serverPerTest, waitFor } from './harness.js';
import * as votes from './vote-clients.js';

const suite = serverPerTest();

const connectVoter = (token: string) => votes.connectVoter(suite.server, token);

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

const addNotes = (boardId: string, texts: string[]) => votes.addNotes(suite.server, boardId, texts);

async function mutopiaWorkshop(teamCount = 6) {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount });
  const view = workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
  );
  const station = view.definition.stations.find((s) => s.kind === 'mutopia')!;
  return { ...w, view, station, boardId: view.boards[station.id]! };
}

describe('dot voting', () => {
  it('30 participants voting at once: nobody exceeds the budget, totals match the accepted dots, no tally before the reveal', async () => {
    const w = await mutopiaWorkshop();
    const noteIds = await addNotes(w.boardId, ['A', 'B', 'C', 'D', 'E', 'F']);
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
    const perVoter = suite.server.app.database
      .sqlite!.prepare('SELECT participant_id, count(*) AS n FROM votes WHERE session_id = ? GROUP BY participant_id')
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
    const revealed = await suite.server.app.votes.store.revealed(w.workshopId);
    expect(revealed).toHaveLength(1);
    expect(revealed[0]!.items.map((i) => [i.id, i.count])).toEqual(noteIds.map((id) => [id, expected[id] ?? 0]));
    expect(JSON.stringify(revealed)).not.toMatch(new RegExp(joined.map((j) => j.participantId).join('|')));

    for (const c of [facilitator, viewer, ...voters]) c.close();
  });

  it('one person on four devices firing 20 dots at once gets exactly the budget stored, and none after the reveal', async () => {
    const w = await mutopiaWorkshop(2);
    const [a, b] = await addNotes(w.boardId, ['A', 'B']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const { sessionId } = (await facilitator.emit('vote:open', {
      stationId: w.station.id,
      title: 'Abstimmung',
      items: [
        { kind: 'note', id: a },
        { kind: 'note', id: b },
      ],
      budget: 7,
    })) as { sessionId: string };
    const me = await joinWorkshop(suite.server, w.joinCode, 'Ada');
    const devices = await Promise.all([0, 1, 2, 3].map(() => connectVoter(me.token)));

    const acks = await Promise.all(
      devices.flatMap((device, d) =>
        [0, 1, 2, 3, 4].map((i) => device.emit('vote:cast', { sessionId, itemId: (d + i) % 2 ? a : b })),
      ),
    );
    expect(acks.filter((ack) => ack.ok)).toHaveLength(7);
    expect(acks.filter((ack) => !ack.ok)).toEqual(Array(13).fill({ ok: false, error: 'budget_exhausted' }));
    const stored = await suite.server.app.votes.store.mine(sessionId, me.participantId);
    expect(stored[a!]! + stored[b!]!).toBe(7);

    // A second person's dots racing the reveal: each one is either refused or counted in the revealed tallies.
    const bob = await connectVoter((await joinWorkshop(suite.server, w.joinCode, 'Bob')).token);
    const [revealed, ...late] = await Promise.all([
      facilitator.emit('vote:reveal', { sessionId }),
      ...[a, b, a].map((itemId) => bob.emit('vote:cast', { sessionId, itemId })),
    ]);
    expect(revealed).toMatchObject({ ok: true });
    const accepted = late.filter((ack) => ack.ok).length;
    const tallies = (await suite.server.app.votes.store.revealed(w.workshopId))[0]!.items;
    expect(tallies.reduce((sum, item) => sum + item.count, 0)).toBe(7 + accepted);
    expect(await bob.emit('vote:cast', { sessionId, itemId: a })).toEqual({ ok: false, error: 'vote_closed' });
    for (const c of [facilitator, bob, ...devices]) c.close();
  });

  it('lets a participant take dots back until the close, on all of their devices', async () => {
    const w = await mutopiaWorkshop(2);
    const [a, b] = await addNotes(w.boardId, ['A', 'B']);
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
    const [a] = await addNotes(w.boardId, ['A']);
    const facilitator = await connectVoter(w.facilitatorToken);
    const participant = await connectVoter((await joinWorkshop(suite.server, w.joinCode, 'Mallory')).token);
    const viewer = await connectVoter(await viewerToken(w.workshopId, w.facilitatorToken));
    const open = { stationId: w.station.id, title: 'x', items: [{ kind: 'note', id: a }] };

    expect(await participant.emit('vote:open', open)).toEqual({ ok: false, error: 'forbidden' });
    expect(await viewer.emit('vote:open', open)).toEqual({ ok: false, error: 'forbidden' });
    expect(await suite.server.app.votes.store.list(w.workshopId)).toHaveLength(0);

    const { sessionId } = (await facilitator.emit('vote:open', open)) as { sessionId: string };
    for (const [event, payload] of [
      ['vote:close', { sessionId }],
      ['vote:reveal', { sessionId }],
      ['vote:promote', { sessionId, count: 2 }],
      ['vote:delete', { sessionId }],
    ] as const) {
      expect(await participant.emit(event, payload)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect((await suite.server.app.votes.store.get(w.workshopId, sessionId))!.status).toBe('open');

    expect(await viewer.emit('vote:cast', { sessionId, itemId: a })).toEqual({ ok: false, error: 'forbidden' });
    expect(await facilitator.emit('vote:cast', { sessionId, itemId: a })).toEqual({ ok: false, error: 'forbidden' });
    expect(await suite.server.app.votes.store.progress(sessionId)).toEqual({ dotsCast: 0, voters: 0 });

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
});
