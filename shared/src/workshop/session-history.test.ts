import { describe, expect, it } from 'vitest';
import type { WorkshopDefinition } from './definition.js';
import { locate } from './location.js';
import type { FacilitatorCommand, ParticipantCommand } from './session-commands.js';
import {
  applyFacilitatorCommand,
  applyParticipantCommand,
  placeLateJoiner,
  type SessionParticipant,
} from './session-reducer.js';
import { initialSessionState, sessionStateSchema, type SessionState } from './session-state.js';
import { findTemplate } from './templates/index.js';

const conference = findTemplate('weiterbildungskonferenz')!.build({}, 'de');
const meeting = findTemplate('meetingpoint')!.build({}, 'de');

const MINUTE = 60_000;

/** 120 people in 30 teams of four. */
const teamPeople: SessionParticipant[] = Array.from({ length: 120 }, (_, i) => ({
  id: `p${i}`,
  teamId: `team-${(i % 30) + 1}`,
}));

/** A session driven by facilitator and participant commands on a clock the test moves. */
function session(definition: WorkshopDefinition, people: SessionParticipant[] = teamPeople) {
  let state = initialSessionState();
  let now = 1_000_000;
  const participants = [...people];
  const ctx = () => ({ definition, participants, now });
  const s = {
    get state() {
      return state;
    },
    tick(ms: number) {
      now += ms;
      return s;
    },
    get now() {
      return now;
    },
    do(command: FacilitatorCommand) {
      const result = applyFacilitatorCommand(state, command, ctx());
      if (!result.ok) throw new Error(`${command.type}: ${result.error}`);
      state = result.state;
      return s;
    },
    as(who: SessionParticipant, command: ParticipantCommand) {
      const result = applyParticipantCommand(state, command, ctx(), who);
      if (!result.ok) throw new Error(`${command.type} by ${who.id}: ${result.error}`);
      state = result.state;
      return s;
    },
    join(who: SessionParticipant) {
      participants.push(who);
      state = placeLateJoiner(state, ctx(), who);
      return s;
    },
    goto(id: string) {
      return s.do({ type: 'phase.goto', phaseIndex: definition.phases.findIndex((p) => p.id === id) });
    },
    /** Where everybody is: what a participant's screen would show. */
    where(who = participants) {
      return Object.fromEntries(who.map((p) => [p.id, locate(definition, state, p)]));
    },
  };
  return s;
}

/** The parts of the state people notice: where they are, what they signalled, the countdown. */
function assignment(state: SessionState) {
  const { phaseIndex, round, split, choices, visited, done, timer } = state;
  return { phaseIndex, round, split, choices, visited, done, timer };
}

const forward = { type: 'phase.next' } as const;
const back = { type: 'phase.previous' } as const;

describe('session history: ▶ ◀ ▶ keeps what people did', () => {
  it('rotation: back to the same round with its done signals, and the countdown paused where it was', () => {
    const s = session(conference).goto('solution-rooms');
    s.do({ type: 'round.next' }).do({ type: 'round.next' });
    s.as(teamPeople[0]!, { type: 'done.set', done: true }).as(teamPeople[5]!, { type: 'done.set', done: true });
    s.tick(4 * MINUTE);
    const before = assignment(s.state);
    const rooms = s.where();

    s.do(forward)
      .tick(10 * MINUTE)
      .do(back);

    expect(s.state.round).toBe(2);
    expect(s.where()).toEqual(rooms);
    expect(s.state.done).toEqual({ 'team-1': true, 'team-6': true });
    // 12 minutes per round, 4 gone: 8 left, paused, whatever happened meanwhile.
    expect(s.state.timer).toEqual({ durationMs: 12 * MINUTE, remainingMs: 8 * MINUTE, endsAt: null, running: false });
    expect(assignment(s.state)).toEqual({ ...before, timer: s.state.timer });
  });

  it('rotation rounds: ◀ and ▶ bring back each round’s done signals and countdown', () => {
    const s = session(conference).goto('solution-rooms');
    s.as(teamPeople[0]!, { type: 'done.set', done: true }).tick(3 * MINUTE);
    s.do({ type: 'round.next' });
    s.as(teamPeople[1]!, { type: 'done.set', done: true }).tick(5 * MINUTE);

    s.do({ type: 'round.previous' });
    expect(s.state.done).toEqual({ 'team-1': true });
    expect(s.state.timer).toMatchObject({ remainingMs: 9 * MINUTE, running: false });

    s.do({ type: 'timer.resume' }).tick(MINUTE).do({ type: 'round.next' });
    expect(s.state.round).toBe(1);
    expect(s.state.done).toEqual({ 'team-2': true });
    expect(s.state.timer).toMatchObject({ remainingMs: 7 * MINUTE, running: false });
  });

  it('member split: the same tables again, and someone who joined meanwhile gets one without moving anybody', () => {
    const s = session(conference).goto('expert-tables');
    s.as(teamPeople[0]!, { type: 'done.set', done: true });
    const split = { ...s.state.split };
    expect(Object.keys(split)).toHaveLength(120);

    s.do(forward);
    expect(s.state.split).toEqual({});
    const late = { id: 'late', teamId: 'team-1' };
    s.join(late);
    s.do(back);

    const lateTable = s.state.split['late'];
    expect(lateTable).toMatch(/^expert-table-/);
    expect(s.state.split).toEqual({ ...split, late: lateTable });
    expect(s.state.done).toEqual({ [split['p0']!]: true });

    s.do(forward).do(back);
    expect(s.state.split).toEqual({ ...split, late: lateTable });
  });

  it('self-selection over two rounds: choices and visited rooms survive ▶◀, round ◀ and round ▶', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, teamId: null }));
    const rooms = ['themed-room-1', 'themed-room-2', 'themed-room-3', 'themed-room-4'];
    const s = session(meeting, crowd).goto('themed-rooms');
    crowd.forEach((p, i) => s.as(p, { type: 'station.choose', stationId: rooms[i % 4]! }));
    const round1 = { ...s.state.choices };
    s.do({ type: 'round.next' });
    crowd.forEach((p, i) => s.as(p, { type: 'station.choose', stationId: rooms[(i + 1) % 4]! }));
    const round2 = assignment(s.state);
    expect(round2.visited['m0']).toEqual(['themed-room-1']);

    s.do(forward).do(back);
    expect(assignment(s.state)).toEqual({ ...round2, timer: s.state.timer });
    expect(s.where()['m0']).toEqual({ kind: 'station', stationId: 'themed-room-2', reason: 'choice' });

    s.do({ type: 'round.previous' });
    expect(s.state.choices).toEqual(round1);
    expect(s.state.visited).toEqual({});

    s.do({ type: 'round.next' });
    expect(s.state.choices).toEqual(round2.choices);
    expect(s.state.visited).toEqual(round2.visited);

    // Still one room per person per round: m0 was in room 1 before.
    expect(
      applyParticipantCommand(
        s.state,
        { type: 'station.choose', stationId: 'themed-room-1' },
        { definition: meeting, participants: crowd, now: s.now },
        crowd[0]!,
      ),
    ).toEqual({ ok: false, error: 'already_visited' });
  });

  it('self-selection: a later round’s choice that repeats a room chosen meanwhile is dropped, the others stay', () => {
    const crowd = [
      { id: 'a', teamId: null },
      { id: 'b', teamId: null },
    ];
    const s = session(meeting, crowd).goto('themed-rooms');
    s.as(crowd[0]!, { type: 'station.choose', stationId: 'themed-room-1' });
    s.as(crowd[1]!, { type: 'station.choose', stationId: 'themed-room-1' });
    s.do({ type: 'round.next' });
    s.as(crowd[0]!, { type: 'station.choose', stationId: 'themed-room-2' });
    s.as(crowd[1]!, { type: 'station.choose', stationId: 'themed-room-3' });
    s.do({ type: 'round.previous' });
    s.as(crowd[0]!, { type: 'station.choose', stationId: 'themed-room-2' });
    s.do({ type: 'round.next' });
    expect(s.state.choices).toEqual({ b: 'themed-room-3' });
    expect(s.where()['a']).toEqual({ kind: 'choose', stationIds: meeting.phases[3]!.stationIds });
  });

  it('continue: back into "Lösungsschiffe bauen" keeps every [M]Utopie room, and so does going on to the harbour again', () => {
    const s = session(conference).goto('mutopia');
    const stations = conference.phases.find((p) => p.id === 'mutopia')!.stationIds;
    teamPeople.forEach((p, i) => s.as(p, { type: 'station.choose', stationId: stations[i % stations.length]! }));
    s.do(forward);
    expect(conference.phases[s.state.phaseIndex!]!.id).toBe('solution-ships');
    s.as(teamPeople[0]!, { type: 'done.set', done: true });
    s.tick(7 * MINUTE);
    const ships = assignment(s.state);
    const rooms = s.where();
    expect(Object.keys(ships.choices)).toHaveLength(120);

    s.do(forward).do(back);
    expect(s.where()).toEqual(rooms);
    expect(assignment(s.state)).toEqual({ ...ships, timer: s.state.timer });
    expect(s.state.timer).toMatchObject({ remainingMs: 23 * MINUTE, running: false });

    // Back into the self-selection itself: same rooms, and people may still change theirs.
    s.do(back);
    expect(conference.phases[s.state.phaseIndex!]!.id).toBe('mutopia');
    expect(s.where()).toEqual(rooms);
    s.as(teamPeople[1]!, { type: 'station.choose', stationId: stations[0]! });

    s.do(forward);
    expect(s.state.choices).toEqual({ ...ships.choices, p1: stations[0] });
    expect(s.state.done).toEqual(ships.done);
    s.do(forward).do(back);
    expect(s.state.choices).toEqual({ ...ships.choices, p1: stations[0] });
  });

  it('team spaces and plenaries: done signals and the countdown come back', () => {
    const s = session(conference).goto('persona');
    s.as(teamPeople[2]!, { type: 'done.set', done: true });
    s.tick(2 * MINUTE)
      .do({ type: 'timer.pause' })
      .tick(MINUTE);
    s.do(forward).do(back);
    expect(s.state.done).toEqual({ 'team-3': true });
    expect(s.state.timer).toEqual({ durationMs: 20 * MINUTE, remainingMs: 18 * MINUTE, endsAt: null, running: false });
    expect(s.where()['p2']).toEqual({ kind: 'station', stationId: 'space-team-3', reason: 'teamSpace' });
  });

  it('a phase entered for the first time starts as before: fresh places, no done signals, the countdown running', () => {
    const s = session(conference).goto('persona');
    s.as(teamPeople[0]!, { type: 'done.set', done: true });
    s.do(forward);
    expect(s.state).toMatchObject({ round: 0, choices: {}, visited: {}, done: {} });
    expect(s.state.timer).toEqual({
      durationMs: 12 * MINUTE,
      remainingMs: 12 * MINUTE,
      endsAt: s.now + 12 * MINUTE,
      running: true,
    });
  });

  it('a summon ends when the phase changes, and is not brought back', () => {
    const s = session(conference).goto('persona');
    s.do({ type: 'summon', target: { kind: 'all' }, toStationId: 'plenary' });
    s.do(forward).do(back);
    expect(s.state.summon).toBeNull();
  });

  it('parses a state stored before the history existed, and goes back from it as before', () => {
    const { history: _, ...old } = session(meeting).goto('themed-rooms').state;
    const parsed = sessionStateSchema.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed.history).toEqual({ places: {}, marks: {} });

    const legacy = { ...parsed, round: 1, choices: {}, visited: { x: ['themed-room-4'] } };
    const r = applyFacilitatorCommand(
      legacy,
      { type: 'round.previous' },
      { definition: meeting, participants: [], now: 0 },
    );
    expect(r.ok && r.state.choices).toEqual({ x: 'themed-room-4' });
  });
});

describe('session: setting the countdown directly', () => {
  it('sets what is left to N minutes, running or paused as it was', () => {
    const s = session(conference).goto('welcome').tick(MINUTE);
    s.do({ type: 'timer.set', minutes: 1 });
    expect(s.state.timer).toEqual({ durationMs: MINUTE, remainingMs: MINUTE, endsAt: s.now + MINUTE, running: true });

    s.do({ type: 'timer.pause' }).do({ type: 'timer.set', minutes: 29 });
    expect(s.state.timer).toEqual({ durationMs: 29 * MINUTE, remainingMs: 29 * MINUTE, endsAt: null, running: false });
  });

  it('is refused before the workshop starts', () => {
    expect(
      applyFacilitatorCommand(
        initialSessionState(),
        { type: 'timer.set', minutes: 5 },
        { definition: conference, participants: [], now: 0 },
      ),
    ).toEqual({ ok: false, error: 'not_started' });
  });
});
