import { describe, expect, it } from 'vitest';
import { workshopDefinitionSchema, type WorkshopDefinition } from './definition.js';
import { addPhase, addStation, movePhase, removePhase, removeTeam } from './edit-definition.js';
import { applyDefinitionEdit } from './edit-session.js';
import { locate } from './location.js';
import { applyFacilitatorCommand } from './session-reducer.js';
import { initialSessionState, type SessionState } from './session-state.js';
import { findTemplate } from './templates/index.js';

describe('adding a station during the event', () => {
  const conference = findTemplate('weiterbildungskonferenz')!.build({}, 'de');

  it('puts a sixth solution room into the rotation and adds the round it needs', () => {
    const next = addStation(conference, {
      id: 'solution-room-extra',
      kind: 'solutionRoom',
      name: 'Lösungsraum 6',
      prompt: '',
    });
    const rotation = next.phases.find((p) => p.id === 'solution-rooms')!;
    expect(rotation.stationIds).toHaveLength(6);
    expect(rotation.stationIds.at(-1)).toBe('solution-room-extra');
    expect(rotation.rounds).toBe(6);
    expect(workshopDefinitionSchema.safeParse(next).success).toBe(true);
  });

  it('adds an expert table to the member split and leaves other phases alone', () => {
    const next = addStation(conference, { id: 'expert-table-5', kind: 'expertTable', name: 'Tisch 5', prompt: '' });
    expect(next.phases.find((p) => p.id === 'expert-tables')!.stationIds).toHaveLength(5);
    expect(next.phases.find((p) => p.id === 'solution-rooms')).toEqual(
      conference.phases.find((p) => p.id === 'solution-rooms'),
    );
    expect(next.phases.find((p) => p.id === 'welcome')).toEqual(conference.phases.find((p) => p.id === 'welcome'));
  });

  it('adds a station of a kind no phase uses to the board list only', () => {
    const next = addStation(conference, { id: 'parking', kind: 'stand', name: 'Parkplatz', prompt: '' });
    expect(next.stations.at(-1)!.id).toBe('parking');
    expect(next.phases).toEqual(conference.phases);
  });
});

describe('changing the programme while the session runs', () => {
  const conference = findTemplate('weiterbildungskonferenz')!.build({}, 'de');
  /** 120 people in 30 teams of four. */
  const people = Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, teamId: `team-${(i % 30) + 1}` }));
  const ctx = { definition: conference, participants: people, now: 1_000_000 };
  const at = (phaseId: string): SessionState => {
    const result = applyFacilitatorCommand(
      initialSessionState(),
      { type: 'phase.goto', phaseIndex: conference.phases.findIndex((p) => p.id === phaseId) },
      ctx,
    );
    if (!result.ok) throw new Error(result.error);
    return result.state;
  };
  const pause = {
    id: 'kaffeepause',
    title: 'Kaffeepause',
    instruction: '',
    durationMinutes: 15,
    mode: 'plenary' as const,
    stationIds: [],
    rounds: 1,
  };
  const edited = (state: SessionState, after: WorkshopDefinition, moves = {}) => {
    const outcome = applyDefinitionEdit(conference, after, state, people, moves);
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome;
  };
  const phaseIdOf = (definition: WorkshopDefinition, state: SessionState) => definition.phases[state.phaseIndex!]!.id;

  it('stays in the same phase when a phase is added before it, and people stay where they are', () => {
    const state = at('persona');
    const after = addPhase(conference, pause, 0);
    const { state: next } = edited(state, after);
    expect(next.phaseIndex).toBe(state.phaseIndex! + 1);
    expect(phaseIdOf(after, next)).toBe('persona');
    expect(locate(after, next, people[5]!)).toEqual(locate(conference, state, people[5]!));
    expect(workshopDefinitionSchema.safeParse(after).success).toBe(true);
  });

  it('follows the current phase when it or a phase around it moves up or down', () => {
    const state = at('expert-tables');
    const up = movePhase(conference, 'expert-tables', -1);
    expect(phaseIdOf(up, edited(state, up).state)).toBe('expert-tables');
    expect(edited(state, up).state.phaseIndex).toBe(state.phaseIndex! - 1);
    // The phase after it moves in front of it: the session is now one further down the list.
    const later = movePhase(conference, 'how-might-we', -1);
    expect(edited(state, later).state.phaseIndex).toBe(state.phaseIndex! + 1);
    expect(phaseIdOf(later, edited(state, later).state)).toBe('expert-tables');
    // At either end nothing moves.
    expect(movePhase(conference, 'welcome', -1)).toBe(conference);
    expect(movePhase(conference, 'harbour', 1)).toBe(conference);
  });

  it('moves back by one when a phase before the current one is removed, and keeps split and timer', () => {
    const state = at('expert-tables');
    const after = removePhase(conference, 'welcome');
    const { state: next } = edited(state, after);
    expect(phaseIdOf(after, next)).toBe('expert-tables');
    expect(next.split).toEqual(state.split);
    expect(next.timer).toEqual(state.timer);
    expect(locate(after, next, people[7]!)).toEqual(locate(conference, state, people[7]!));
  });

  it('refuses to remove the phase the session is in', () => {
    const state = at('lunch');
    expect(applyDefinitionEdit(conference, removePhase(conference, 'lunch'), state, people)).toEqual({
      ok: false,
      error: 'current_phase_removed',
    });
  });

  it('forgets what a removed phase remembered, so a phase added later with its id starts fresh', () => {
    const state: SessionState = {
      ...at('lunch'),
      history: {
        places: { 'expert-tables': { round: 0, split: { p1: 'expert-table-1' }, rounds: {} } },
        marks: { 'expert-tables': { '0': { done: { 'team-1': true }, timer: null } }, persona: {} },
      },
    };
    const { state: next } = edited(state, removePhase(conference, 'expert-tables'));
    expect(next.history.places).toEqual({});
    expect(Object.keys(next.history.marks)).toEqual(['persona']);
  });

  it('leaves the state untouched (no new revision) when an edit changes nothing it points at', () => {
    const state = at('persona');
    const renamed = { ...conference, title: 'Neuer Titel' };
    expect(edited(state, renamed).state).toBe(state);
  });

  it('removes a team with its space; its members join the team the facilitator picked and find its space', () => {
    const state: SessionState = {
      ...at('persona'),
      done: { 'team-30': true, 'team-1': true },
      summon: { target: { kind: 'team', teamId: 'team-30' }, toStationId: 'plenary', at: 1 },
      projectors: { beamer: { kind: 'station', stationId: 'space-team-30' }, saal: { kind: 'phase' } },
    };
    const after = removeTeam(conference, 'team-30');
    expect(after.teams.map((t) => t.id)).not.toContain('team-30');
    expect(after.stations.map((s) => s.id)).not.toContain('space-team-30');
    expect(workshopDefinitionSchema.safeParse(after).success).toBe(true);

    const outcome = edited(state, after, { 'team-30': 'team-2' });
    const members = people.filter((p) => p.teamId === 'team-30').map((p) => p.id);
    expect(outcome.members).toEqual(members.map((participantId) => ({ participantId, teamId: 'team-2' })));
    expect(locate(after, outcome.state, { id: members[0]!, teamId: 'team-2' })).toEqual({
      kind: 'station',
      stationId: 'space-team-2',
      reason: 'teamSpace',
    });
    expect(outcome.state.done).toEqual({ 'team-1': true });
    expect(outcome.state.summon).toBeNull();
    expect(outcome.state.projectors).toEqual({ beamer: { kind: 'phase' }, saal: { kind: 'phase' } });
    expect(outcome.state.revision).toBe(state.revision + 1);
  });

  it('leaves members of a removed team without a team when nobody is picked', () => {
    const outcome = edited(at('welcome'), removeTeam(conference, 'team-4'));
    expect(outcome.members).toHaveLength(4);
    expect(outcome.members.every((m) => m.teamId === null)).toBe(true);
  });

  it('refuses to move members into a team that is not in the programme', () => {
    const after = removeTeam(removeTeam(conference, 'team-4'), 'team-5');
    expect(applyDefinitionEdit(conference, after, at('welcome'), people, { 'team-4': 'team-5' })).toEqual({
      ok: false,
      error: 'unknown_team',
    });
  });

  it('refuses to remove a team during a rotation, which would move every team after it to another room', () => {
    expect(applyDefinitionEdit(conference, removeTeam(conference, 'team-3'), at('solution-rooms'), people)).toEqual({
      ok: false,
      error: 'team_removed_in_rotation',
    });
  });
});
