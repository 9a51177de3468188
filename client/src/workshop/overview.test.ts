import { describe, expect, it } from 'vitest';
import { initialSessionState, locate, TEMPLATES, type SessionState } from '@mutopia/shared';
import {
  choiceRefusal,
  occupancy,
  phaseStationIds,
  roundInfo,
  stationFacts,
  teamsByStation,
  whereEveryoneIs,
} from './overview';

const template = TEMPLATES.find((t) => t.id === 'weiterbildungskonferenz')!;
const definition = template.build({ teamCount: 6 }, 'de');
const phaseIndex = (id: string) => definition.phases.findIndex((p) => p.id === id);
const people = definition.teams.flatMap((team, i) => [
  { id: `p${i}a`, displayName: `A${i}`, teamId: team.id, online: true },
  { id: `p${i}b`, displayName: `B${i}`, teamId: team.id, online: i % 2 === 0 },
]);

function at(phase: string, patch: Partial<SessionState> = {}): SessionState {
  return { ...initialSessionState(), phaseIndex: phaseIndex(phase), ...patch };
}

describe('whereEveryoneIs', () => {
  it('agrees with locate() for every participant in a rotation round', () => {
    const state = at('solution-rooms', { round: 2 });
    const where = whereEveryoneIs(definition, state, people);
    for (const person of people) {
      const location = locate(definition, state, person);
      expect(location.kind).toBe('station');
      if (location.kind === 'station') expect(where.byStation.get(location.stationId)).toContainEqual(person);
    }
    expect(where.plenary).toEqual([]);
  });

  it('puts everybody in the plenary when all are summoned there', () => {
    const state = at('solution-rooms', { summon: { target: { kind: 'all' }, toStationId: null, at: 1 } });
    expect(whereEveryoneIs(definition, state, people).plenary).toHaveLength(people.length);
    expect(teamsByStation(definition, state, whereEveryoneIs(definition, state, people)).size).toBe(0);
  });

  it('lists people still choosing in a self-selection', () => {
    const state = at('mutopia', { choices: { p0a: 'mutopia-1-pippi' } });
    const where = whereEveryoneIs(definition, state, people);
    expect(where.byStation.get('mutopia-1-pippi')?.map((p) => p.id)).toEqual(['p0a']);
    expect(where.choosing).toHaveLength(people.length - 1);
  });
});

describe('teamsByStation', () => {
  it('shows the rotation’s teams even before anybody joined', () => {
    const state = at('solution-rooms', { round: 1 });
    const teams = teamsByStation(definition, state, whereEveryoneIs(definition, state, []));
    const total = [...teams.values()].reduce((n, list) => n + list.length, 0);
    expect(total).toBe(definition.teams.length);
    const team1 = locate(definition, state, { id: 'x', teamId: 'team-1' });
    expect(team1.kind === 'station' && teams.get(team1.stationId)).toContain('team-1');
  });

  it('gives each team space its team', () => {
    const state = at('persona');
    const teams = teamsByStation(definition, state, whereEveryoneIs(definition, state, []));
    expect(teams.get('space-team-3')).toEqual(['team-3']);
  });
});

describe('phaseStationIds', () => {
  it('lists the phase’s stations, team spaces for team-space phases, and nothing before the start', () => {
    expect(phaseStationIds(definition, initialSessionState())).toEqual([]);
    expect(phaseStationIds(definition, at('solution-rooms'))).toHaveLength(5);
    expect(phaseStationIds(definition, at('persona'))).toHaveLength(6);
    expect(phaseStationIds(definition, at('solution-ships'))).toEqual(phaseStationIds(definition, at('mutopia')));
  });

  it('adds a summon’s destination', () => {
    const state = at('persona', { summon: { target: { kind: 'all' }, toStationId: 'harbour', at: 1 } });
    expect(phaseStationIds(definition, state)).toContain('harbour');
  });
});

describe('self-selection', () => {
  it('counts occupancy and explains refusals', () => {
    const station = definition.stations.find((s) => s.id === 'mutopia-1-pippi')!;
    const full = Object.fromEntries(Array.from({ length: station.capacity! }, (_, i) => [`q${i}`, station.id]));
    const state = at('mutopia', { choices: full, visited: { p1a: ['mutopia-2-pippi'] } });
    const taken = occupancy(state);
    expect(taken.get(station.id)).toBe(station.capacity);
    expect(choiceRefusal(station, state, 'p0a', taken)).toBe('full');
    expect(choiceRefusal(station, state, 'q0', taken)).toBeNull();
    const visited = definition.stations.find((s) => s.id === 'mutopia-2-pippi')!;
    expect(choiceRefusal(visited, state, 'p1a', taken)).toBe('already_visited');
    expect(choiceRefusal(visited, state, 'p0a', taken)).toBeNull();
  });
});

describe('roundInfo', () => {
  it('applies to rotations and self-selections with more than one round', () => {
    expect(roundInfo(definition, at('solution-rooms', { round: 3 }))).toEqual({ round: 3, rounds: 5 });
    expect(roundInfo(definition, at('persona'))).toBeNull();
    expect(roundInfo(definition, at('mutopia'))).toBeNull();
    expect(roundInfo(definition, initialSessionState())).toBeNull();
  });
});

describe('stationFacts', () => {
  it('finds an [M]Utopie station’s perspective and budget, and nothing for other stations', () => {
    const station = definition.stations.find((s) => s.id === 'mutopia-1-pippi')!;
    const facts = stationFacts(definition, station);
    expect(facts.perspective?.name).toBe('Pippi Langstrumpf');
    expect(facts.budget?.label).toBeTruthy();
    expect(
      stationFacts(
        definition,
        definition.stations.find((s) => s.id === 'harbour')!,
      ),
    ).toEqual({
      perspective: undefined,
      budget: undefined,
    });
  });
});
