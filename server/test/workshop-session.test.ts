import { describe, expect, it } from 'vitest';
import {
  createNote,
  locate,
  readNotes,
  rotationRound,
  workshopViewSchema,
  type Joined,
  type SessionSnapshot,
  type WorkshopView,
} from '@mutopia/shared';
import { WebSocket } from 'ws';
import {
  api,
  connectProvider,
  connectSession,
  connectSocket,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
  type SessionClient,
} from './harness.js';

const suite = serverPerTest();

async function workshopView(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

function phaseIndex(view: WorkshopView, id: string): number {
  return view.definition.phases.findIndex((p) => p.id === id);
}

describe('running a workshop over socket.io', () => {
  it('sends each of 60 participants its room when the facilitator advances a rotation round', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 12 });
    const view = await workshopView(w.workshopId, w.facilitatorToken);
    const facilitator = await connectSession(suite.server, w.facilitatorToken);
    const joined: Joined[] = [];
    for (let i = 0; i < 60; i++) joined.push(await joinWorkshop(suite.server, w.joinCode, `Person ${i + 1}`));
    const participants = await Promise.all(joined.map((j) => connectSession(suite.server, j.token)));

    const rotation = phaseIndex(view, 'solution-rooms');
    expect(await facilitator.command({ type: 'phase.goto', phaseIndex: rotation })).toEqual({ ok: true });
    expect(await facilitator.command({ type: 'round.next' })).toEqual({ ok: true });

    const expectedRooms = rotationRound(
      view.definition.teams.map((t) => t.id),
      view.definition.phases[rotation]!.stationIds,
      1,
    );
    await waitFor(
      () => participants.every((p) => p.last()?.state.round === 1 && p.last()?.state.phaseIndex === rotation),
      'every participant to get round 2',
    );
    participants.forEach((client, i) => {
      const me = joined[i]!;
      const where = locate(view.definition, client.last()!.state, { id: me.participantId, teamId: me.teamId });
      expect(where).toEqual({ kind: 'station', stationId: expectedRooms.get(me.teamId!), reason: 'rotation' });
    });
    // Five rooms, twelve teams: rooms hold two or three teams.
    const teamsPerRoom = new Map<string, number>();
    for (const room of expectedRooms.values()) teamsPerRoom.set(room, (teamsPerRoom.get(room) ?? 0) + 1);
    expect([...teamsPerRoom.values()].sort()).toEqual([2, 2, 2, 3, 3]);
    expect(participants[0]!.last()!.state.timer?.running).toBe(true);

    for (const c of [facilitator, ...participants]) c.close();
  });

  it('refuses facilitator commands from a participant and changes nothing', async () => {
    const w = await createWorkshop(suite.server);
    const facilitator = await connectSession(suite.server, w.facilitatorToken);
    const me = await joinWorkshop(suite.server, w.joinCode, 'Mallory');
    const participant = await connectSession(suite.server, me.token);
    const before = participant.last()!.state.revision;

    for (const command of [
      { type: 'phase.next' },
      { type: 'timer.start', minutes: 5 },
      { type: 'broadcast', message: 'hi' },
    ]) {
      expect(await participant.command(command)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await participant.command({ type: 'phase.goto', phaseIndex: -1 })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    // The facilitator's next change arrives with the very next revision: nothing happened in between.
    expect(await facilitator.command({ type: 'phase.next' })).toEqual({ ok: true });
    await waitFor(() => participant.last()!.state.revision > before, 'the facilitator change');
    expect(participant.last()!.state.revision).toBe(before + 1);
    const row = suite.server.app.database.sqlite!.prepare('SELECT state FROM workshops').get() as { state: string };
    expect(JSON.parse(row.state).revision).toBe(before + 1);
    facilitator.close();
    participant.close();
  });

  it('answers a command the database failed to save with internal, changes nothing, and takes the next one', async () => {
    const w = await createWorkshop(suite.server);
    const facilitator = await connectSession(suite.server, w.facilitatorToken);
    const observer = await connectSession(suite.server, w.facilitatorToken);
    const before = facilitator.last()!.state.revision;
    const { store } = suite.server.app.workshops;
    const save = store.saveState.bind(store);
    store.saveState = async () => {
      store.saveState = save;
      throw new Error('database unavailable');
    };
    const [failed, next] = await Promise.all([
      facilitator.command({ type: 'phase.next' }),
      facilitator.command({ type: 'phase.next' }),
    ]);
    expect(failed).toEqual({ ok: false, error: 'internal' });
    expect(next).toEqual({ ok: true });
    await waitFor(() => observer.last()!.state.revision === before + 1, 'the second command');
    expect(observer.states.map((s) => s.state.revision)).toEqual([before, before + 1]);
    facilitator.close();
    observer.close();
  });

  it('gives a reconnecting participant the current phase, timer and room', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 5 });
    const view = await workshopView(w.workshopId, w.facilitatorToken);
    const facilitator = await connectSession(suite.server, w.facilitatorToken);
    const me = await joinWorkshop(suite.server, w.joinCode, 'Ada', 'team-4');
    let participant: SessionClient = await connectSession(suite.server, me.token);
    participant.close();

    // While the participant is away, the session moves on.
    await facilitator.command({ type: 'phase.goto', phaseIndex: phaseIndex(view, 'solution-rooms') });
    await facilitator.command({ type: 'round.next' });
    await facilitator.command({ type: 'round.next' });
    await facilitator.command({ type: 'timer.pause' });

    participant = await connectSession(suite.server, me.token);
    const snapshot: SessionSnapshot = participant.last()!;
    expect(snapshot.state).toMatchObject({ phaseIndex: phaseIndex(view, 'solution-rooms'), round: 2 });
    expect(snapshot.state.timer).toMatchObject({ running: false });
    expect(snapshot.state.timer!.remainingMs).toBeGreaterThan(11 * 60_000);
    const stations = view.definition.phases[phaseIndex(view, 'solution-rooms')]!.stationIds;
    expect(locate(view.definition, snapshot.state, { id: me.participantId, teamId: 'team-4' })).toEqual({
      kind: 'station',
      stationId: stations[(3 + 2) % 5],
      reason: 'rotation',
    });
    facilitator.close();
    participant.close();
  });

  it('checks tokens again on reconnect: a replaced facilitator link cannot reconnect', async () => {
    const w = await createWorkshop(suite.server);
    const old = await connectSession(suite.server, w.facilitatorToken);
    const disconnected = new Promise((resolve) => old.socket.once('disconnect', resolve));
    await api(suite.server, 'POST', `/api/workshops/${w.workshopId}/facilitator-secret`, undefined, w.facilitatorToken);
    await disconnected;
    const again = connectSocket(suite.server, { protocol: 1, token: w.facilitatorToken });
    const error = await new Promise<string>((resolve) => again.once('connect_error', (e) => resolve(e.message)));
    expect(error).toBe('invalid_token');
    again.disconnect();
    old.close();
  });

  it('shows the roster and "we are done" signals to facilitators', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const facilitator = await connectSession(suite.server, w.facilitatorToken);
    const rosters: Array<{ participants: Array<{ displayName: string; online: boolean }> }> = [];
    facilitator.socket.on('session:roster', (r) => rosters.push(r));
    const me = await joinWorkshop(suite.server, w.joinCode, 'Ada', 'team-2');
    const participant = await connectSession(suite.server, me.token);
    await waitFor(() => rosters.at(-1)?.participants[0]?.online === true, 'Ada online in the roster');
    await facilitator.command({ type: 'phase.next' });
    expect(await participant.command({ type: 'done.set', done: true })).toEqual({ ok: true });
    await waitFor(() => facilitator.last()!.state.done['team-2'] === true, 'team 2 done');
    participant.close();
    await waitFor(() => rosters.at(-1)?.participants[0]?.online === false, 'Ada offline in the roster');
    facilitator.close();
  });
});

describe('workshop boards over the y-websocket protocol', () => {
  it('needs a token of the workshop, and drops whatever a viewer (projector) writes', async () => {
    const w = await createWorkshop(suite.server, 'praxisaustausch');
    const view = await workshopView(w.workshopId, w.facilitatorToken);
    const boardId = view.boards['discussion']!;

    const anonymous = new WebSocket(`${suite.server.wsUrl}/yjs/${boardId}`);
    const status = await new Promise<number>((resolve) =>
      anonymous.once('unexpected-response', (_q, r) => resolve(r.statusCode ?? 0)),
    );
    expect(status).toBe(401);
    const other = await createWorkshop(suite.server, 'praxisaustausch');
    const foreign = new WebSocket(`${suite.server.wsUrl}/yjs/${boardId}?token=${other.facilitatorToken}`);
    expect(
      await new Promise<number>((resolve) =>
        foreign.once('unexpected-response', (_q, r) => resolve(r.statusCode ?? 0)),
      ),
    ).toBe(401);

    const me = await joinWorkshop(suite.server, w.joinCode, 'Ada');
    const viewerToken = (
      await api<{ token: string }>(
        suite.server,
        'POST',
        `/api/workshops/${w.workshopId}/viewer-token`,
        { projectorId: 'beamer-1' },
        w.facilitatorToken,
      )
    ).body.token;
    const writer = connectProvider(suite.server, boardId, undefined, me.token);
    const projector = connectProvider(suite.server, boardId, undefined, viewerToken);
    await Promise.all([synced(writer), synced(projector)]);

    createNote(projector.doc, { x: 0, y: 0, text: 'vom Beamer' });
    createNote(writer.doc, { x: 0, y: 0, text: 'von Ada' });
    await waitFor(() => readNotes(projector.doc).some((n) => n.text === 'von Ada'), 'the projector to see Ada’s note');
    const check = connectProvider(suite.server, boardId, undefined, w.facilitatorToken);
    await synced(check);
    expect(readNotes(check.doc).map((n) => n.text)).toEqual(['von Ada']);
    expect(readNotes(writer.doc).map((n) => n.text)).toEqual(['von Ada']);
    destroyAll(writer, projector, check);
  });
});
