import { describe, expect, it } from 'vitest';
import { locate, workshopViewSchema, type Joined, type Location } from '@mutopia/shared';
import { api, connectSession, createWorkshop, joinWorkshop, serverPerTest, waitFor } from './harness.js';

const suite = serverPerTest();

describe('a facilitator steps back', () => {
  it('▶ then ◀ in "Lösungsschiffe bauen" leaves the rooms 60 people chose, also across a restart', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 15 });
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const phases = view.definition.phases;
    const mutopia = phases.findIndex((p) => p.id === 'mutopia');
    const ships = phases.findIndex((p) => p.id === 'solution-ships');
    expect(phases[ships]!.mode).toBe('continue');
    const rooms = phases[mutopia]!.stationIds;

    let facilitator = await connectSession(suite.server, w.facilitatorToken);
    const joined: Joined[] = [];
    for (let i = 0; i < 60; i++) joined.push(await joinWorkshop(suite.server, w.joinCode, `Person ${i + 1}`));
    let participants = await Promise.all(joined.map((j) => connectSession(suite.server, j.token)));

    expect(await facilitator.command({ type: 'phase.goto', phaseIndex: mutopia })).toEqual({ ok: true });
    const acks = await Promise.all(
      participants.map((p, i) => p.command({ type: 'station.choose', stationId: rooms[i % rooms.length] })),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    expect(await facilitator.command({ type: 'phase.next' })).toEqual({ ok: true });
    expect(await participants[0]!.command({ type: 'done.set', done: true })).toEqual({ ok: true });

    const whereEveryoneIs = (): Location[] =>
      participants.map((client, i) =>
        locate(view.definition, client.last()!.state, { id: joined[i]!.participantId, teamId: joined[i]!.teamId }),
      );
    await waitFor(
      () => participants.every((p) => p.last()?.state.phaseIndex === ships && p.last()!.state.done[rooms[0]!]),
      'everybody in the solution ships',
    );
    const before = whereEveryoneIs();
    expect(before.map((where) => (where.kind === 'station' ? where.stationId : where.kind))).toEqual(
      joined.map((_, i) => rooms[i % rooms.length]),
    );

    // ▶ to the harbour: a plenary, nobody has a room of their own there.
    expect(await facilitator.command({ type: 'phase.next' })).toEqual({ ok: true });
    await waitFor(() => participants.every((p) => p.last()?.state.phaseIndex === ships + 1), 'the harbour');
    expect(participants.every((p) => Object.keys(p.last()!.state.choices).length === 0)).toBe(true);

    // The memory of the phases left behind survives a restart (it lives in SQLite).
    for (const c of [facilitator, ...participants]) c.close();
    await suite.restart();
    facilitator = await connectSession(suite.server, w.facilitatorToken);
    participants = await Promise.all(joined.map((j) => connectSession(suite.server, j.token)));

    // ◀: everybody is back in the room they chose, the done signal still there, the countdown paused.
    expect(await facilitator.command({ type: 'phase.previous' })).toEqual({ ok: true });
    await waitFor(() => participants.every((p) => p.last()?.state.phaseIndex === ships), 'everybody back');
    expect(whereEveryoneIs()).toEqual(before);
    const state = participants[59]!.last()!.state;
    expect(state.done).toEqual({ [rooms[0]!]: true });
    expect(state.timer).toMatchObject({ running: false, endsAt: null });
    expect(state.timer!.remainingMs).toBeGreaterThan(29 * 60_000);
    // What the server remembers stays on the server: every screen gets the same small state as before.
    expect(state.history).toEqual({ places: {}, marks: {} });

    // ▶ and ◀ once more change nothing either.
    expect(await facilitator.command({ type: 'phase.next' })).toEqual({ ok: true });
    expect(await facilitator.command({ type: 'phase.previous' })).toEqual({ ok: true });
    const revision = facilitator.last()!.state.revision;
    await waitFor(() => participants.every((p) => p.last()!.state.revision === revision), 'the last change');
    expect(whereEveryoneIs()).toEqual(before);

    for (const c of [facilitator, ...participants]) c.close();
  });

  it('sets the countdown to N minutes for everybody, and refuses it from a participant', async () => {
    const w = await createWorkshop(suite.server);
    const facilitator = await connectSession(suite.server, w.facilitatorToken);
    const me = await joinWorkshop(suite.server, w.joinCode, 'Ada');
    const participant = await connectSession(suite.server, me.token);
    await facilitator.command({ type: 'phase.next' });
    await facilitator.command({ type: 'timer.pause' });

    expect(await participant.command({ type: 'timer.set', minutes: 1 })).toEqual({ ok: false, error: 'forbidden' });
    expect(await facilitator.command({ type: 'timer.set', minutes: 601 })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(await facilitator.command({ type: 'timer.set', minutes: 1 })).toEqual({ ok: true });
    await waitFor(() => participant.last()!.state.timer?.remainingMs === 60_000, 'one minute left');
    expect(participant.last()!.state.timer).toMatchObject({ durationMs: 60_000, running: false });
    facilitator.close();
    participant.close();
  });
});
