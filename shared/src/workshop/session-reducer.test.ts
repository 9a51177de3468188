import { describe, expect, it } from 'vitest';
import type { WorkshopDefinition } from './definition.js';
import { locate } from './location.js';
import type { FacilitatorCommand } from './session-commands.js';
import {
  applyFacilitatorCommand,
  applyParticipantCommand,
  placeLateJoiner,
  timerRemainingMs,
  type SessionContext,
  type SessionParticipant,
} from './session-reducer.js';
import { initialSessionState, type SessionState } from './session-state.js';
import { findTemplate } from './templates/index.js';

const conference = findTemplate('weiterbildungskonferenz')!.build({}, 'de');
const meeting = findTemplate('meetingpoint')!.build({}, 'de');

/** 120 people in 30 teams of four, joined team by team. */
const people: SessionParticipant[] = Array.from({ length: 120 }, (_, i) => ({
  id: `p${i}`,
  teamId: `team-${(i % 30) + 1}`,
}));

function ctx(definition: WorkshopDefinition, now = 1_000_000, participants = people): SessionContext {
  return { definition, participants, now };
}

function run(definition: WorkshopDefinition, commands: FacilitatorCommand[], now = 1_000_000): SessionState {
  let state = initialSessionState();
  for (const command of commands) {
    const result = applyFacilitatorCommand(state, command, ctx(definition, now));
    if (!result.ok) throw new Error(`${command.type}: ${result.error}`);
    state = result.state;
  }
  return state;
}

const phaseIndex = (definition: WorkshopDefinition, id: string) => definition.phases.findIndex((p) => p.id === id);

describe('session: phases and timer', () => {
  it('waits before the first phase, then starts it with its countdown running', () => {
    expect(locate(conference, initialSessionState(), people[0]!)).toEqual({ kind: 'waiting' });
    const state = run(conference, [{ type: 'phase.next' }]);
    expect(state.phaseIndex).toBe(0);
    expect(state.timer).toEqual({
      durationMs: 20 * 60_000,
      endsAt: 1_000_000 + 20 * 60_000,
      remainingMs: 20 * 60_000,
      running: true,
    });
    expect(locate(conference, state, people[0]!)).toEqual({ kind: 'station', stationId: 'plenary', reason: 'plenary' });
  });

  it('pauses, resumes and extends the timer without losing time', () => {
    let state = run(conference, [{ type: 'phase.next' }]);
    const at = (now: number, command: FacilitatorCommand) => {
      const r = applyFacilitatorCommand(state, command, ctx(conference, now));
      if (!r.ok) throw new Error(r.error);
      state = r.state;
    };
    at(1_000_000 + 5 * 60_000, { type: 'timer.pause' });
    expect(state.timer).toMatchObject({ running: false, remainingMs: 15 * 60_000 });
    at(2_000_000, { type: 'timer.add', minutes: 2 });
    expect(timerRemainingMs(state.timer!, 9_999_999)).toBe(17 * 60_000);
    at(3_000_000, { type: 'timer.resume' });
    expect(state.timer).toMatchObject({ running: true, endsAt: 3_000_000 + 17 * 60_000 });
    expect(applyFacilitatorCommand(state, { type: 'timer.resume' }, ctx(conference)).ok).toBe(false);
  });

  it('refuses to go before the first or past the last phase', () => {
    const first = run(conference, [{ type: 'phase.next' }]);
    expect(applyFacilitatorCommand(first, { type: 'phase.previous' }, ctx(conference))).toEqual({
      ok: false,
      error: 'no_such_phase',
    });
    const last = run(conference, [{ type: 'phase.goto', phaseIndex: conference.phases.length - 1 }]);
    expect(applyFacilitatorCommand(last, { type: 'phase.next' }, ctx(conference))).toEqual({
      ok: false,
      error: 'no_such_phase',
    });
  });

  it('bumps the revision on every change', () => {
    const state = run(conference, [
      { type: 'phase.next' },
      { type: 'timer.pause' },
      { type: 'broadcast', message: 'Pause!' },
    ]);
    expect(state.revision).toBe(3);
    expect(state.broadcast?.message).toBe('Pause!');
  });
});

describe('session: where people go', () => {
  it('sends each team to its own space in the persona phase', () => {
    const state = run(conference, [{ type: 'phase.goto', phaseIndex: phaseIndex(conference, 'persona') }]);
    expect(locate(conference, state, { id: 'x', teamId: 'team-7' })).toEqual({
      kind: 'station',
      stationId: 'space-team-7',
      reason: 'teamSpace',
    });
  });

  it('rotates 30 teams through the 5 solution rooms, 6 teams per room, a new room each round', () => {
    let state = run(conference, [{ type: 'phase.goto', phaseIndex: phaseIndex(conference, 'solution-rooms') }]);
    const seen = new Map<string, Set<string>>();
    for (let round = 0; round < 5; round++) {
      const perRoom = new Map<string, number>();
      for (const team of conference.teams) {
        const where = locate(conference, state, { id: 'x', teamId: team.id });
        expect(where.kind).toBe('station');
        const stationId = (where as { stationId: string }).stationId;
        perRoom.set(stationId, (perRoom.get(stationId) ?? 0) + 1);
        seen.set(team.id, (seen.get(team.id) ?? new Set()).add(stationId));
      }
      expect([...perRoom.values()]).toEqual([6, 6, 6, 6, 6]);
      const next = applyFacilitatorCommand(state, { type: 'round.next' }, ctx(conference));
      if (round < 4) state = (next as { state: SessionState }).state;
      else expect(next).toEqual({ ok: false, error: 'no_more_rounds' });
    }
    for (const rooms of seen.values()) expect(rooms.size).toBe(5);
  });

  it('splits each team over the four expert tables and places a late joiner without moving anyone', () => {
    const state = run(conference, [{ type: 'phase.goto', phaseIndex: phaseIndex(conference, 'expert-tables') }]);
    const team1 = people.filter((p) => p.teamId === 'team-1');
    const tables = team1.map((p) => (locate(conference, state, p) as { stationId: string }).stationId);
    expect(new Set(tables).size).toBe(4);
    const late = { id: 'late', teamId: 'team-1' };
    const after = placeLateJoiner(state, ctx(conference, 0, [...people, late]), late);
    expect(after.split['late']).toMatch(/^expert-table-/);
    for (const p of people) expect(after.split[p.id]).toBe(state.split[p.id]);
  });

  it('lets people choose a themed room up to its capacity, and not the same room in round two', () => {
    let state = run(meeting, [{ type: 'phase.goto', phaseIndex: phaseIndex(meeting, 'themed-rooms') }]);
    const crowd = Array.from({ length: 31 }, (_, i) => ({ id: `m${i}`, teamId: null }));
    expect(locate(meeting, state, crowd[0]!)).toEqual({
      kind: 'choose',
      stationIds: ['themed-room-1', 'themed-room-2', 'themed-room-3', 'themed-room-4'],
    });
    for (const person of crowd.slice(0, 30)) {
      const r = applyParticipantCommand(
        state,
        { type: 'station.choose', stationId: 'themed-room-1' },
        ctx(meeting, 0, crowd),
        person,
      );
      if (!r.ok) throw new Error(r.error);
      state = r.state;
    }
    expect(
      applyParticipantCommand(
        state,
        { type: 'station.choose', stationId: 'themed-room-1' },
        ctx(meeting, 0, crowd),
        crowd[30]!,
      ),
    ).toEqual({ ok: false, error: 'full' });
    expect(locate(meeting, state, crowd[0]!)).toEqual({
      kind: 'station',
      stationId: 'themed-room-1',
      reason: 'choice',
    });

    state = (applyFacilitatorCommand(state, { type: 'round.next' }, ctx(meeting)) as { state: SessionState }).state;
    expect(locate(meeting, state, crowd[0]!).kind).toBe('choose');
    expect(
      applyParticipantCommand(
        state,
        { type: 'station.choose', stationId: 'themed-room-1' },
        ctx(meeting, 0, crowd),
        crowd[0]!,
      ),
    ).toEqual({ ok: false, error: 'already_visited' });
    expect(
      applyParticipantCommand(
        state,
        { type: 'station.choose', stationId: 'themed-room-2' },
        ctx(meeting, 0, crowd),
        crowd[0]!,
      ).ok,
    ).toBe(true);
  });

  it('keeps people at their [M]Utopie station when the next phase continues there', () => {
    let state = run(conference, [{ type: 'phase.goto', phaseIndex: phaseIndex(conference, 'mutopia') }]);
    state = (
      applyParticipantCommand(
        state,
        { type: 'station.choose', stationId: 'mutopia-1-pippi' },
        ctx(conference),
        people[0]!,
      ) as { state: SessionState }
    ).state;
    state = (applyFacilitatorCommand(state, { type: 'phase.next' }, ctx(conference)) as { state: SessionState }).state;
    expect(conference.phases[state.phaseIndex!]!.id).toBe('solution-ships');
    expect(locate(conference, state, people[0]!)).toEqual({
      kind: 'station',
      stationId: 'mutopia-1-pippi',
      reason: 'choice',
    });
    expect(
      applyParticipantCommand(
        state,
        { type: 'station.choose', stationId: 'mutopia-2-pippi' },
        ctx(conference),
        people[0]!,
      ),
    ).toEqual({ ok: false, error: 'not_self_select' });
  });

  it('summons everyone, one team or one room, and a new phase ends the summon', () => {
    const base = run(conference, [{ type: 'phase.goto', phaseIndex: phaseIndex(conference, 'solution-rooms') }]);
    const team2 = { id: 'a', teamId: 'team-2' };
    const team3 = { id: 'b', teamId: 'team-3' };
    const toHarbour = run(conference, [
      { type: 'phase.goto', phaseIndex: phaseIndex(conference, 'solution-rooms') },
      { type: 'summon', target: { kind: 'team', teamId: 'team-2' }, toStationId: 'harbour' },
    ]);
    expect(locate(conference, toHarbour, team2)).toEqual({ kind: 'station', stationId: 'harbour', reason: 'summon' });
    expect(locate(conference, toHarbour, team3)).toEqual(locate(conference, base, team3));

    const room = (locate(conference, base, team3) as { stationId: string }).stationId;
    const roomToPlenary = (
      applyFacilitatorCommand(
        base,
        { type: 'summon', target: { kind: 'station', stationId: room }, toStationId: null },
        ctx(conference),
      ) as { state: SessionState }
    ).state;
    expect(locate(conference, roomToPlenary, team3)).toEqual({ kind: 'plenary' });
    expect(locate(conference, roomToPlenary, team2).kind).toBe('station');

    const all = (
      applyFacilitatorCommand(
        base,
        { type: 'summon', target: { kind: 'all' }, toStationId: 'plenary' },
        ctx(conference),
      ) as { state: SessionState }
    ).state;
    expect(locate(conference, all, team2)).toEqual({ kind: 'station', stationId: 'plenary', reason: 'summon' });
    const next = (applyFacilitatorCommand(all, { type: 'phase.next' }, ctx(conference)) as { state: SessionState })
      .state;
    expect(next.summon).toBeNull();

    expect(
      applyFacilitatorCommand(
        base,
        { type: 'summon', target: { kind: 'team', teamId: 'team-99' }, toStationId: null },
        ctx(conference),
      ),
    ).toEqual({ ok: false, error: 'unknown_team' });
  });

  it('records "we are done" per team, and per station for people without a team', () => {
    let state = run(meeting, [{ type: 'phase.goto', phaseIndex: phaseIndex(meeting, 'themed-rooms') }]);
    const solo = { id: 'solo', teamId: null };
    expect(applyParticipantCommand(state, { type: 'done.set', done: true }, ctx(meeting), solo)).toEqual({
      ok: false,
      error: 'nowhere_to_signal',
    });
    state = (
      applyParticipantCommand(state, { type: 'station.choose', stationId: 'themed-room-3' }, ctx(meeting), solo) as {
        state: SessionState;
      }
    ).state;
    state = (
      applyParticipantCommand(state, { type: 'done.set', done: true }, ctx(meeting), solo) as { state: SessionState }
    ).state;
    expect(state.done).toEqual({ 'themed-room-3': true });

    const conf = run(conference, [{ type: 'phase.next' }]);
    const r = applyParticipantCommand(conf, { type: 'done.set', done: true }, ctx(conference), people[0]!);
    expect(r.ok && r.state.done).toEqual({ 'team-1': true });

    // At the expert tables a team is spread out: "done" belongs to the table, not the team.
    const split = run(conference, [{ type: 'phase.goto', phaseIndex: phaseIndex(conference, 'expert-tables') }]);
    const atTable = applyParticipantCommand(split, { type: 'done.set', done: true }, ctx(conference), people[0]!);
    expect(atTable.ok && atTable.state.done).toEqual({ [split.split[people[0]!.id]!]: true });
  });

  it('shows what the facilitator picks on a projector, and refuses unknown stations', () => {
    const state = run(conference, [
      {
        type: 'projector.show',
        projectorId: 'beamer-1',
        view: { kind: 'gallery', stationIds: ['solution-room-sprache', 'harbour'], index: 1 },
      },
    ]);
    expect(state.projectors['beamer-1']).toMatchObject({ kind: 'gallery', index: 1 });
    expect(
      applyFacilitatorCommand(
        state,
        { type: 'projector.show', projectorId: 'b', view: { kind: 'station', stationId: 'nope' } },
        ctx(conference),
      ),
    ).toEqual({ ok: false, error: 'unknown_station' });
  });
});
